// DatasetIssue and DatasetError: the problems validateDataset reports, and how its message lists them.

/** One problem in a dataset: where (`contacts[3].participants[1]`, or '' for the whole input) and what is wrong. */
export interface DatasetIssue {
  readonly path: string;
  readonly message: string;
}

/** How many issues a DatasetError's message spells out; all of them are in `issues`. */
const issuesInMessage = 8;

function formatIssue(issue: DatasetIssue): string {
  return `${issue.path === '' ? '(dataset)' : issue.path}: ${issue.message}`;
}

/** Thrown by `validateDataset` with every problem found, not just the first. */
export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const shown = issues.slice(0, issuesInMessage).map((issue) => `  ${formatIssue(issue)}`);
    const more = issues.length - shown.length;
    const lines = [
      `Invalid dataset: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`,
      ...shown,
      ...(more > 0 ? [`  … and ${more} more (see the error's issues)`] : []),
    ];
    super(lines.join('\n'));
    this.name = 'DatasetError';
    this.issues = Object.freeze([...issues]);
  }
}
