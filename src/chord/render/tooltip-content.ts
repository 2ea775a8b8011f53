/**
 * The tooltip of a group or a ribbon: which group or pair, how many contacts, the first of them with their dates as
 * the sources state them and a short summary, and the documents they come from. All text, no HTML.
 */
import type { RecordDetails } from '../../shared/contact-details';
import type { ChordContact } from '../options';
import { countText, formatWeight } from './chart-text';

/** The most contacts a tooltip lists; the rest are counted. */
export const tooltipContactLimit = 8;
/** Summaries longer than this are cut at a word, so the tooltip stays a glance. */
const summaryLength = 90;

export interface TooltipSubject {
  /** "Turkey", "Turkey – USSR", "Within USSR". */
  title: string;
  contacts: readonly ChordContact[];
  /** The summed weight, shown when the chart is weighted. */
  value: number;
  weighted: boolean;
  directed: boolean;
  /** For the merged group: the names of the groups in it. */
  merged?: readonly string[];
}

function line(doc: Document, className: string, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** A summary cut after at most `summaryLength` characters, at a space, with an ellipsis. */
export function shortSummary(text: string): string {
  if (text.length <= summaryLength) return text;
  const cut = text.slice(0, summaryLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > summaryLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function tooltipContent(
  doc: Document,
  subject: TooltipSubject,
  details: (contact: ChordContact) => RecordDetails | null,
): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'stc-chord__tip';
  root.append(line(doc, 'stc-chord__tip-title', subject.title));
  const count = countText(subject.contacts.length, subject.directed);
  root.append(
    line(doc, 'stc-chord__tip-count', subject.weighted ? `${count} (weight ${formatWeight(subject.value)})` : count),
  );
  if (subject.merged && subject.merged.length > 0) {
    root.append(line(doc, 'stc-note', `Merged: ${subject.merged.join(', ')}`));
  }

  const shown = subject.contacts.slice(0, tooltipContactLimit);
  const sources = new Map<string, string | undefined>();
  if (shown.length > 0) {
    const list = doc.createElement('ul');
    list.className = 'stc-chord__tip-contacts';
    for (const contact of shown) {
      const item = doc.createElement('li');
      const found = details(contact);
      if (found) {
        const date = doc.createElement('span');
        date.className = 'stc-chord__tip-date';
        date.textContent = found.date;
        item.append(date, found.summary ? ` — ${shortSummary(found.summary.text)}` : ` — ${found.kind}`);
        for (const source of found.sources ?? []) if (!sources.has(source.text)) sources.set(source.text, source.url);
      } else {
        // A record without the fields of a contact: its id and kind are all there is to say.
        item.textContent = `${contact.id} (${contact.kind})`;
      }
      list.append(item);
    }
    root.append(list);
  }
  const more = subject.contacts.length - shown.length;
  if (more > 0) root.append(line(doc, 'stc-note', `and ${more} more`));

  if (sources.size > 0) {
    root.append(line(doc, 'stc-chord__tip-heading', sources.size === 1 ? 'Source' : 'Sources'));
    const list = doc.createElement('ul');
    list.className = 'stc-chord__tip-sources stc-note';
    for (const [text, url] of sources) {
      const item = doc.createElement('li');
      item.textContent = url ? `${text}: ${url}` : text;
      list.append(item);
    }
    root.append(list);
  }
  return root;
}
