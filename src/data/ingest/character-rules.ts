// Rules 2 and 3: typographic characters, fixed word by word so that the log shows each word changed.
import type { CorrectionLog } from './corrections';

interface CharacterRule {
  fix(word: string): string;
  reason(word: string, fixed: string): string;
}

export const PRIME_AS_APOSTROPHE: CharacterRule = {
  // U+02B9 after a letter can only be an apostrophe ("peopleʹs"); elsewhere it is left alone.
  fix: (word) => word.replace(/(\p{L})\u02b9/gu, '$1\u2019'),
  reason: () =>
    'Modifier letter prime (U+02B9) used as an apostrophe written as the apostrophe (’, U+2019) the pages otherwise print',
};

export const HYPHEN_U2010: CharacterRule = {
  fix: (word) => word.replace(/(\d)\u2010(?=\d)/g, '$1\u2013').replace(/(\p{L})\u2010(?=\p{L})/gu, '$1-'),
  reason: (word) => {
    const why: string[] = [];
    if (/\d\u2010\d/.test(word)) why.push('hyphen (U+2010) between numbers written as an en dash (–) for a range');
    if (/\p{L}\u2010\p{L}/u.test(word)) why.push('hyphen (U+2010) in a compound word written as an ASCII hyphen (-)');
    const text = why.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
};

export function applyCharacterRule(text: string, rule: CharacterRule, log: CorrectionLog): string {
  return text.replace(/\S+/g, (word) => {
    const fixed = rule.fix(word);
    if (fixed !== word) log.add(word, fixed, rule.reason(word, fixed));
    return fixed;
  });
}
