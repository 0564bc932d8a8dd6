// Finds the municipalities named in German text, guarding against place names that are ordinary words or part of
// another name (a firm's, a person's, a legal citation's).
import type { Gazetteer, PlaceForm } from './gazetteer.js';
import { isLetterOrNumber as importedIsLetterOrNumber, isUpperCase as importedIsUpperCase } from '../text/char-class.js';
import { commonNoun } from '../meaning/common-noun.js';

// Module-local copies for the per-character scan (see text/char-class).
const isLetterOrNumber = importedIsLetterOrNumber;
const isUpperCase = importedIsUpperCase;

export interface PlaceHit {
  form: PlaceForm;
  index: number;
}

/** Words before a name that make it a place: `Stadt Halle`, `in Essen`, `Landkreis Hof`, `Bezirk Mödling`, `Kanton Zug` (whole words: not `ein Haus`). */
const PLACE_CONTEXT_BEFORE = /(?:^|[^\p{L}])(?:Stadt|Gemeinde|Marktgemeinde|Stadtgemeinde|Kreisstadt|Landkreis|Kreis|Bezirk|Kanton|Hansestadt|Landeshauptstadt|Universitätsstadt|Bürgermeisterin|Bürgermeister|Oberbürgermeisterin|Oberbürgermeister|Stadtpräsidentin|Stadtpräsident|Gemeindepräsidentin|Gemeindepräsident|[iI]n|[aA]us|[nN]ach|[bB]ei|[vV]on)\s+$/u;

/** Words before a name that say it is a municipality: `Gemeinde Haus`, `Markt Moos`. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Stadt|Gemeinde|Marktgemeinde|Stadtgemeinde|Markt|Ortsgemeinde|Ortsteil|Ort|Kreisstadt|Landkreis|Kreis|Bezirk|Kanton|Bürgermeisterin|Bürgermeister|Gemeindepräsidentin|Gemeindepräsident)\s+$/u;
/** A place this small whose name is also a noun is a place only where the text says it is a municipality. */
const NOUN_VILLAGE_MAX_POPULATION = 5000;

/** Below this population a plain name needs a place context: small places share names with people (`Anna Berg`). */
const FREE_NAME_MIN_POPULATION = 20000;

/**
 * An article or a preposition fused with one right before a word makes it a common noun: German town names
 * take none (`im Norden`, `den Osten`, `die Bergen`), while `in Norden`, `Stadt Bergen` stay places. Districts
 * do take one (`im Landkreis Osterholz`, `des Rhein-Pfalz-Kreises`).
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|im|am|vom|zum|beim|ins|gen)\s+$/iu;

/** Words before a name that make it a person: `Dr. Berg`, `Frau Essen`. */
const PERSON_BEFORE = /(?:Dr\.|Prof\.|Frau|Herr|Herrn)\s+$/;

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Every place named in the text, in order, each occurrence once (longest form wins). `lenient` accepts
 * names that are also ordinary words without a place context: for callers that confirm them otherwise.
 */
export function findPlaces(gazetteer: Gazetteer, text: string, lenient = false): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let skipTo = 0;
  eachCapitalisedWord(text, (start, end) => {
    if (start < skipTo || !gazetteer.mayStartForm(text, start, end)) return;
    const form = matchAt(gazetteer, text, start, text.slice(start, end), lenient);
    if (form) {
      hits.push({ form, index: start });
      skipTo = start + form.text.length;
    }
  });
  return hits;
}

/**
 * Calls `word(start, end)` for each word that starts with a capital and not inside another word, that is each
 * match of `(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*` (the test holds it to that), by character codes: every
 * paragraph of the corpus is searched for places when it is loaded.
 */
export function eachCapitalisedWord(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let afterWordChar = false;
  for (let i = 0; i < n;) {
    const c = text.codePointAt(i)!;
    if (!afterWordChar && isUpperCase(c)) {
      let j = i + (c > 0xffff ? 2 : 1);
      for (;;) {
        const d = j < n ? text.codePointAt(j)! : -1;
        if (d < 0 || !(d === HYPHEN || isLetterOrNumber(d))) break;
        j += d > 0xffff ? 2 : 1;
      }
      word(i, j);
      // What ends the match is neither a letter nor a digit, so the next position is not inside a word.
      i = j;
      afterWordChar = false;
      continue;
    }
    afterWordChar = isLetterOrNumber(c);
    i += c > 0xffff ? 2 : 1;
  }
}

const HYPHEN = 45;

function matchAt(gazetteer: Gazetteer, text: string, i: number, word: string, lenient: boolean): PlaceForm | null {
  for (const form of gazetteer.formsStartingWith(word)) {
    if (!text.startsWith(form.text, i)) continue;
    const after = text[i + form.text.length];
    if (after !== undefined && (LETTER.test(after) || after === '-')) continue;
    if (lenient ? form.kind !== 'adjective' || accept(form, text, i) : accept(form, text, i)) return form;
  }
  return null;
}

function accept(form: PlaceForm, text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 40), i);
  const after = text.slice(i + form.text.length, i + form.text.length + 3);
  if (form.kind === 'adjective') return /^ \p{Lu}/u.test(after);
  if (PERSON_BEFORE.test(before) || (!form.place.district && ARTICLE_BEFORE.test(before))) return false;
  if (partOfName(form, text, i, before)) return false;
  const header = /^\s*:/.test(after) && /(^|\n)\s*$/.test(before);
  const placeContext = PLACE_CONTEXT_BEFORE.test(before) || header;
  // A village named like a noun needs more than a preposition (`von Haus aus`, `in Wellen`): `Gemeinde Haus`.
  if (form.wordKind === 2 && form.place.population < NOUN_VILLAGE_MAX_POPULATION) return header || TITLE_BEFORE.test(before);
  if (form.wordKind === 2 || form.place.population < FREE_NAME_MIN_POPULATION) return placeContext;
  if (form.wordKind === 0) return true;
  // A verb or adjective is capitalised only at the start of a sentence; elsewhere the capital means the place.
  return placeContext || !/(^|[.!?:„"]\s*|\n\s*)$/.test(before);
}

/** A legal form after a name, maybe after a word or two: `Schönebeck GmbH`, `Lotte Verwaltungs GmbH & Co. KG`. */
const LEGAL_FORM = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:GmbH|gGmbH|mbH|AG|KG|KGaA|SE|OHG|eG|AöR|e\.\s?V\.|Co\.)(?![\p{L}])/u;
/** A citation of a decision collection: a name and a number with points or a comma (`Buchholz 402.7`, `Buchholz 310, 12`). */
const CITATION_NUMBER = /^\s+\d{1,4}(?:\.\d+)+(?![\d])|^\s+\d{1,4},\s*\d/;
/** The capitalised word right before a name, and whether a sentence starts with it. */
const WORD_BEFORE = /(?:^|([.!?:„"]\s*|\n\s*)|[^\p{L}])(\p{Lu}[\p{L}-]*)\s+$/u;
/** The capitalised word right after a name. */
const WORD_AFTER = /^\s+(\p{Lu}[\p{L}-]*)/u;
/** Places at most this large stand in the names of firms and people (`Nammo Schönebeck`); larger ones name themselves. */
const NAME_PART_MAX_POPULATION = 50000;

/**
 * Whether a place name is part of another name, found from the structure around it: a firm (`Schönebeck GmbH`;
 * `Nammo Schönebeck`: a name that is no noun of the language right before a smaller town), a person (`Lotte
 * Tobisch`: a small town's name right before a name), an attribute (`Apples Zulieferkette`), or a legal citation
 * (`Buchholz 402.7`).
 */
function partOfName(form: PlaceForm, text: string, i: number, before: string): boolean {
  if (form.place.district) return false;
  const end = i + form.text.length;
  const rest = text.slice(end, end + 40);
  if (LEGAL_FORM.test(rest) || CITATION_NUMBER.test(rest)) return true;
  if (form.place.population > NAME_PART_MAX_POPULATION) return false;
  const name = (w: string | undefined) => w !== undefined && !/^\p{Lu}{2,}$/u.test(w) && !commonNoun(w) && !isPlaceWord(w);
  const prior = WORD_BEFORE.exec(before);
  if (prior && prior[1] === undefined && name(prior[2]) && !PLACE_CONTEXT_BEFORE.test(`${prior[2]} `)) return true;
  if (form.place.population >= FREE_NAME_MIN_POPULATION) return false;
  const next = WORD_AFTER.exec(rest)?.[1];
  if (name(next)) return true;
  // A small place's name right before a noun is an attribute (`aus Apples Zulieferkette`), unless `in` places it
  // (`…, dass in Lotte Wohnungen fehlen`).
  return next !== undefined && !/^\p{Lu}{2,}/u.test(next) && !isPlaceWord(next) && !/(?:^|[^\p{L}])[iI]n\s+$/u.test(before);
}

/** Words that stand next to place names without being names: compass and area words (`Hamburg Nord`, `Berlin Mitte`). */
function isPlaceWord(word: string): boolean {
  return /^(?:Nord|Süd|Ost|West|Mitte|Stadt|Land|Kreis|Region|Innenstadt|Altstadt|Zentrum)$/.test(word);
}
