/**
 * How text is compared in the one search: German and English folded alike, so what a
 * coordinator types finds what was written however it was spelt.
 *
 * - case: "JUGENDAMT" finds "Jugendamt";
 * - accents and umlauts: "Jugendamt Müller" is found by "muller" and by "mueller" (the
 *   German way of typing ü without the key): ä/ö/ü lose their dots, and ae/oe/ue become
 *   a/o/u, on both sides;
 * - ß and ss: "Straße" and "Strasse" are one word;
 * - other Latin letters: æ, œ, ø, ł, đ, þ.
 *
 * Folding ae/oe/ue everywhere (also in "Feuer" or "queue") costs a few extra matches between
 * words that differ only there; it is applied to the index and to what is typed alike, and a
 * prefix of a word folds to a prefix of the folded word, so typing stays consistent.
 */

const letters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };
const specialLetters = /[ßæœøłđþı]/g;
const combiningMarks = /\p{M}+/gu;
const typedUmlauts = /([aou])e/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range: such text needs no Unicode work
const asciiOnly = /^[\x00-\x7f]*$/;

/** `text` folded for comparison (lower case, no accents, umlauts and ß spelt out, then ae/oe/ue → a/o/u). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: decomposing it would change nothing and costs the most here.
  const plain = asciiOnly.test(lower)
    ? lower
    : lower
        .replace(specialLetters, (letter) => letters[letter] ?? letter)
        .normalize('NFD')
        .replace(combiningMarks, '');
  return plain.replace(typedUmlauts, '$1');
}

/** Anything that is not a letter or a digit separates words, hyphens too ("RT-2026-0042", "Jugend-Sozialarbeit"). */
const separators = /[^\p{L}\p{N}]+/u;
/** The same for folded ASCII text (lower case): splitting by Unicode classes was most of the index's build time. */
const asciiSeparators = /[^a-z0-9]+/;

/** The words of folded text. */
function words(folded: string): string[] {
  return folded.split(asciiOnly.test(folded) ? asciiSeparators : separators).filter(Boolean);
}

/**
 * The words of `text` for the index. A hyphenated word is its parts: "Jugend-Sozialarbeit" is
 * found by "sozialarbeit", and a case code by its number ("0042"); typed whole, its parts must
 * all match (see search-index.ts), which finds exactly that code.
 */
export function indexTerms(text: string): string[] {
  return words(fold(text));
}

/** The words of what was typed, folded like the index's. */
export function queryTerms(text: string): string[] {
  return words(fold(text));
}
