import { kindWords } from '../../shared/contact-details';
import type { NormalizedTimelineOptions } from '../options';
import { formatDateInput } from './format-date-input';
import type { TimelineRecordDetails } from './view-options';

/** Details any record has through the accessors: its date as given, its kind and its label. */
export function accessorDetails<T>(
  options: Pick<NormalizedTimelineOptions<T>, 'date' | 'kind' | 'label'>,
  language: string,
): (record: T) => TimelineRecordDetails {
  return (record) => {
    const label = options.label(record);
    return {
      date: formatDateInput(options.date(record), language),
      kind: kindWords(options.kind(record)),
      summary: label === '' ? undefined : { text: label, editorial: false },
    };
  };
}

/**
 * The spoken label of a mark: date as stated, kind, who, and the summary, in the order a reader scanning the chart
 * needs them ("15 April 1937, meeting, Maxim Litvinov and Apaydın: Conversation of …").
 */
export function markAriaLabel(details: TimelineRecordDetails): string {
  const parts = [details.date, details.kind];
  if (details.direction) parts.push(details.direction);
  else if (details.participants && details.participants.length > 0) parts.push(listNames(details.participants));
  const head = parts.join(', ');
  return details.summary ? `${head}: ${details.summary.text}` : head;
}

/** Names only: "A, B and C". */
function listNames(participants: readonly { name: string }[]): string {
  const names = participants.map((p) => p.name);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
