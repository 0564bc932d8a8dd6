// Other inflected forms of a German word, for the forms the Snowball stemmer does not bring together:
// plurals and genitives in -s (`Autos`, `Warschaus`), Latin and Greek plurals (`Zentrum`/`Zentren`,
// `Thema`/`Themen`, `Stadion`/`Stadien`), words the stemmer cuts differently by their ending
// (`System` → `syst`, `Systeme` → `system`), and adjectives of place names in -isch
// (`südkalifornisch`/`Südkalifornien`, `mongolisch`/`Mongolei`, `afrikanisch`/`Afrika`).

const VOWEL_S = /[aeiouyäöü]s$/;

/** Endings swapped between singular and plural: [singular, plural]. */
const SWAPS: [string, string][] = [
  ['um', 'en'], ['um', 'a'], ['a', 'en'], ['on', 'en'], ['us', 'en'], ['is', 'en'], ['ma', 'men'], ['ium', 'ien'],
];

/** Plural and case endings that may be added to or taken from a word. */
const ENDINGS = ['e', 'en', 'n', 'er', 'es', 's', 'ern'];

/**
 * Candidate forms of a normalised word (lowercase, `ß` as `ss`). They are guesses: a caller keeps only
 * those whose stem the index knows. Words shorter than four letters and numbers get none.
 */
export function inflectionVariants(word: string): string[] {
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return [];
  const out = new Set<string>();
  if (VOWEL_S.test(word)) out.add(word.slice(0, -1));
  for (const end of ENDINGS) {
    out.add(word + end);
    if (word.endsWith(end) && word.length - end.length >= 4) out.add(word.slice(0, -end.length));
  }
  for (const [singular, plural] of SWAPS) {
    if (word.endsWith(singular) && word.length - singular.length >= 3) out.add(word.slice(0, -singular.length) + plural);
    if (word.endsWith(plural) && word.length - plural.length >= 3) out.add(word.slice(0, -plural.length) + singular);
  }
  const adjective = /^(.{3,})isch(e|en|er|es|em)?$/.exec(word);
  if (adjective) {
    const base = adjective[1]!;
    out.add(`${base}ien`);
    out.add(`${base}ei`);
    if (base.endsWith('an')) out.add(base.slice(0, -1));
  }
  if (word.endsWith('ien')) out.add(`${word.slice(0, -3)}isch`);
  if (word.endsWith('ei')) out.add(`${word.slice(0, -2)}isch`);
  if (word.endsWith('a')) out.add(`${word}nisch`);
  out.delete(word);
  return [...out];
}
