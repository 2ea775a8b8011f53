import type { TimelineRecordDetails } from './view-options';

function line(doc: Document, className: string, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** "Maxim Litvinov (People's Commissar for Foreign Affairs)". */
export function participantText(participant: { name: string; office?: string }): string {
  return participant.office ? `${participant.name} (${participant.office})` : participant.name;
}

/**
 * The tooltip of a mark: the date as the sources state it, kind and place, who took part (with offices), the summary
 * (marked when the project wrote it), a quote from a source and the documents' citations. All text, no HTML.
 */
export function tooltipContent(doc: Document, details: TimelineRecordDetails): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'stc-timeline__tip';
  root.append(line(doc, 'stc-timeline__tip-date', details.date));
  root.append(line(doc, 'stc-timeline__tip-kind', details.place ? `${details.kind} · ${details.place}` : details.kind));
  if (details.direction) root.append(line(doc, 'stc-timeline__tip-people', details.direction));
  if (details.participants && details.participants.length > 0) {
    root.append(line(doc, 'stc-timeline__tip-people', details.participants.map(participantText).join('; ')));
  }
  if (details.summary) {
    const summary = line(doc, 'stc-timeline__tip-summary', details.summary.text);
    if (details.summary.editorial) {
      summary.classList.add('stc-editorial');
      const marker = doc.createElement('span');
      marker.className = 'stc-note';
      marker.textContent = ' (editorial summary)';
      summary.append(marker);
    }
    root.append(summary);
  }
  if (details.quote) {
    const quote = doc.createElement('blockquote');
    quote.className = 'stc-timeline__tip-quote';
    quote.textContent = `“${details.quote.text}”`;
    root.append(quote);
    if (details.quote.source) root.append(line(doc, 'stc-note', `— ${details.quote.source}`));
  }
  if (details.sources && details.sources.length > 0) {
    const sources = doc.createElement('ul');
    sources.className = 'stc-timeline__tip-sources stc-note';
    for (const source of details.sources) {
      const li = doc.createElement('li');
      li.textContent = source.url ? `${source.text}: ${source.url}` : source.text;
      sources.append(li);
    }
    root.append(sources);
  }
  return root;
}
