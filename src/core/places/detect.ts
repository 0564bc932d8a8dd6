// Finds the municipalities named in German text, guarding against place names that are ordinary words.
import type { Gazetteer, PlaceForm } from './gazetteer.js';

export interface PlaceHit {
  form: PlaceForm;
  index: number;
}

/** Words before a name that make it a place: `Stadt Halle`, `in Essen`, `Landkreis Hof`. */
const PLACE_CONTEXT_BEFORE = /(?:Stadt|Gemeinde|Kreisstadt|Landkreis|Kreis|Hansestadt|Landeshauptstadt|Universitätsstadt|Bürgermeisterin|Bürgermeister|Oberbürgermeisterin|Oberbürgermeister|[iI]n|[aA]us|[nN]ach|[bB]ei|[vV]on)\s+$/;

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
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    if (m.index < skipTo) continue;
    const form = matchAt(gazetteer, text, m.index, m[0], lenient);
    if (form) {
      hits.push({ form, index: m.index });
      skipTo = m.index + form.text.length;
    }
  }
  return hits;
}

/** A word starting with a capital, not inside another word. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*/gu;

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
  const placeContext = PLACE_CONTEXT_BEFORE.test(before) || (/^\s*:/.test(after) && /(^|\n)\s*$/.test(before));
  if (form.wordKind === 2 || form.place.population < FREE_NAME_MIN_POPULATION) return placeContext;
  if (form.wordKind === 0) return true;
  // A verb or adjective is capitalised only at the start of a sentence; elsewhere the capital means the place.
  return placeContext || !/(^|[.!?:„"]\s*|\n\s*)$/.test(before);
}
