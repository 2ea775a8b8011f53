// The signature: a name of initials and surname, and the office line that may stand above it.

/** "M. Karsky", "V. Potemkin", "A.V. Terentyev", "G. A. Astakhov": one to three initials and a surname. */
export const SIGNATURE_NAME = /^(?:\p{L}\.\s?){1,3}\p{Lu}[\p{L}\u02b9\u2019'\u2010-]+$/u;

/** Words that name a diplomatic or state office; a signature's office line contains one. */
const OFFICE_WORD =
  /\b(?:plenipotentiary|representative|commissar|commissioner|ambassador|envoy|charg[eé]|attorney|consul|minister|secretary|chairman|deputy|counsell?or|attach[eé]|head|chief|director)\b/i;

/**
 * A short line naming an office, without final punctuation or figures, such as "Plenipotentiary of the USSR in
 * Turkey". The office word keeps a paragraph broken off before the signature from being taken for one.
 */
export function looksLikeOffice(text: string): boolean {
  return (
    text.length <= 100 &&
    text.split(' ').length <= 12 &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?…:;,]$/.test(text) &&
    !/\d/.test(text) &&
    OFFICE_WORD.test(text)
  );
}
