// Rule 4: paragraphs broken in mid-sentence, joined and logged with the printed line breaks.
import type { CorrectionLog } from './corrections';

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

const endsSentence = (text: string): boolean => /[.!?…:;][”"’»)\]]*$/.test(text);
const startsLowerCase = (text: string): boolean => /^\p{Ll}/u.test(text);
const CONTEXT_WORDS = 6;

export function joinBrokenParagraphs(page: string, paragraphs: Paragraph[], log: CorrectionLog): string[] {
  const joined: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined[joined.length - 1];
    if (previous && !endsSentence(previous.text) && startsLowerCase(paragraph.text)) {
      const before = previous.text.split(' ').slice(-CONTEXT_WORDS).join(' ');
      const after = paragraph.text.split(' ').slice(0, CONTEXT_WORDS).join(' ');
      // The original keeps the printed line breaks between the two parts.
      log.add(
        before + page.slice(previous.end, paragraph.start) + after,
        `${before} ${after}`,
        'Paragraph broken in mid-sentence: it ends without final punctuation and the next begins in lower case, ' +
          'so the two are joined with a space',
      );
      previous.text = `${previous.text} ${paragraph.text}`;
      previous.end = paragraph.end;
    } else {
      joined.push({ ...paragraph });
    }
  }
  return joined.map((p) => p.text);
}
