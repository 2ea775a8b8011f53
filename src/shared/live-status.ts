/**
 * A chart's live status line: a polite live region that screen readers hear and nobody sees. The line is an in-flow,
 * contained block (`.stc-status-line`) inside the visually hidden box, not that box itself: an announcement (one per
 * zoom or pan step) then lays out the line alone. A change inside the out-of-flow box laid out the whole page.
 */
export function createLiveStatus(
  doc: Document,
  className: string,
): { box: HTMLDivElement; line: HTMLParagraphElement } {
  const box = doc.createElement('div');
  box.className = 'stc-visually-hidden';
  const line = doc.createElement('p');
  line.className = `${className} stc-status-line`;
  line.setAttribute('aria-live', 'polite');
  box.append(line);
  return { box, line };
}
