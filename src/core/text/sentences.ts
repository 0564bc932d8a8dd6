// Splits German paragraphs into sentences, minding abbreviations, ordinal dates, numbers and datelines.

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

/** The index of the sentence an offset of the paragraph lies in (0 before the first). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let index = 0;
  for (let i = 0; i < sentences.length && sentences[i]!.start <= offset; i++) index = i;
  return index;
}

/** Abbreviations whose dot ends no sentence (compared without the dot, case-sensitive first letter kept). */
const ABBREVIATIONS = new Set([
  'ca', 'Ca', 'Mio', 'Mrd', 'Nr', 'Dr', 'Prof', 'St', 'bzw', 'Bzw', 'usw', 'etc', 'ggf', 'Ggf', 'inkl', 'Inkl',
  'evtl', 'vgl', 'Vgl', 'Abs', 'Str', 'Tel', 'Hr', 'Fr', 'Hrsg', 'sog', 'Sog', 'Jh', 'max', 'min', 'mind',
  'zzgl', 'Zzgl', 'rd', 'Rd', 'Mrz', 'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  'Tsd', 'Bd', 'Kap', 'Art', 'Ziff', 'lt', 'Lt', 'gem', 'v', 'Chr', 'Dipl', 'Ing', 'med', 'jur', 'phil', 'rer',
  'nat', 'Mag', 'Kfm', 'geb', 'gest', 'verh', 'bspw', 'Bspw', 'allg', 'zB', 'Co', 'e.V', 'eV',
]);

export const MONTHS = /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\b/;

/** Words that open a new sentence after a number and a dot (`… bis 2025. Die Stadt …`). */
export const SENTENCE_OPENERS = /^(Die|Der|Das|Den|Dem|Des|Ein|Eine|Es|Er|Sie|Wir|Ich|Ihr|Man|Damit|Dabei|Dafür|Dazu|Daher|Deshalb|Doch|Auch|Aber|So|Nun|Jetzt|Bisher|Bislang|Zudem|Außerdem|Insgesamt|Laut|Nach|Mit|Im|In|Am|An|Auf|Für|Bei|Seit|Bis|Von|Vor|Zum|Zur|Dies|Diese|Dieser|Dieses|Wie|Was|Wer|Wenn|Weil|Da|Als|Um|Künftig|Zunächst|Allerdings|Rund|Etwa|Mehr|Über|Unter|Knapp|Fast|Gut)\b/;

/**
 * Sentence boundaries are `.`, `!` or `?` (optionally followed by a closing quote) before white space and
 * an uppercase letter, digit or opening quote. No boundary after an abbreviation (`ca.`, `Mio.`, `z. B.`),
 * a single letter, an ordinal (`6. April`, `1. Juni 2018`, `2. Bürgermeister`), inside numbers (`1,6`, `11.500`)
 * or in a dateline (`Stuttgart.|`).
 */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /([.!?])([“"»‘']?)(\s+)(?=[\p{Lu}\d„"»‚(])/gu;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && !endsSentence(lastWord(paragraph, start, m.index), paragraph.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    push(out, paragraph, start, end);
    start = m.index + m[0].length;
  }
  push(out, paragraph, start, paragraph.length);
  return out;
}

function push(out: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) out.push({ text, start: start + lead });
}

/** The word that ends just before `end`, not reaching back before `start`. */
function lastWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function endsSentence(word: string, after: string): boolean {
  const bare = word.replace(/^[„"(»‚]+/, '');
  if (ABBREVIATIONS.has(bare)) return false;
  if (/^\p{L}$/u.test(bare)) return false; // z. B., u. a., d. h.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return false; // z.B., u.a.
  if (/^\d+$/.test(bare)) {
    if (MONTHS.test(after)) return false;
    return SENTENCE_OPENERS.test(after);
  }
  return true;
}
