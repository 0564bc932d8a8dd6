// Reads a question: its type (count, money, percent, date, person, passage), the places it names, and
// the words left for retrieval.
import type { Gazetteer, Place } from '../places/gazetteer.js';

export type QuestionType = 'count' | 'money' | 'percent' | 'date' | 'person' | 'passage';

/** Whether a question asks how long something takes: then durations answer it. */
export function asksForDuration(text: string): boolean {
  return /\bwie\s*lange\b|\bdauer|\bdauert|\bwie\s+viele\s+(jahre|monate|wochen|tage|stunden|minuten)\b/i.test(text);
}

export interface Question {
  text: string;
  type: QuestionType;
  /** Places named in the question, as the gazetteer spells them. */
  places: string[];
  /** The question without the place names: what retrieval searches for. */
  topic: string;
}

export function questionType(text: string): QuestionType {
  const t = text.toLowerCase();
  if (/\bprozent|\banteil\b|%/.test(t)) return 'percent';
  if (/\bwie\s*viel\b(?!e)|\bwas\s+kost|\bkoste|\binvestier|\beuro\b|€|\bbudget\b|\bausgaben\b|\bteuer\b/.test(t)) return 'money';
  if (/\bwie\s*lange\b|\bdauer|\bdauert/.test(t)) return 'count';
  if (/\bwie\s*viele[n]?\b|\banzahl\b|\bwie\s+groß\s+ist\s+die\s+zahl\b/.test(t)) return 'count';
  if (/\b(seit\s+)?wann\b|\ban\s+welchem\s+tag\b|\bwelches\s+datum\b|\bin\s+welchem\s+jahr\b/.test(t)) return 'date';
  if (/\bwer\b|\bwem\b|\bwen\b/.test(t)) return 'person';
  return 'passage';
}

/** Words before a name that make it a place in a question: `in Halle`, `Stadt Essen`. */
const PLACE_CONTEXT = /^(in|aus|nach|bei|stadt|gemeinde|landkreis|kreis|für)$/i;
/** Below this population, a lowercase or ordinary-word name counts only when the corpus knows the place. */
const FREE_MIN_POPULATION = 20000;

/** A city this large is meant even when written in lower case (`wie viele server münchen`). */
const LARGE_CITY = 100000;

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds places by trying word sequences of up to five words against the gazetteer (case and umlaut
 * insensitive, short and adjective forms included). A name that is also an ordinary word, or a small
 * place, counts only when the corpus knows the place or a place word stands before it.
 */
export function readQuestion(text: string, gazetteer: Gazetteer, knownPlaces: ReadonlySet<string>): Question {
  const words: Word[] = [...text.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*(?:\s*\([\p{L}]+\))?/gu)]
    .map(m => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const places: string[] = [];
  const cut: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(5, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const form = gazetteer.lookup(text.slice(span[0]!.start, span.at(-1)!.end));
      if (!form || !acceptable(form.place, form.wordKind, span, words[i - 1], knownPlaces)) continue;
      if (!places.includes(form.place.name)) places.push(form.place.name);
      cut.push([span[0]!.start, span.at(-1)!.end]);
      i += n - 1;
      break;
    }
  }
  let topic = '';
  let at = 0;
  for (const [s, e] of cut) {
    topic += text.slice(at, s) + ' ';
    at = e;
  }
  topic += text.slice(at);
  return { text, type: questionType(text), places, topic: topic.replace(/\s+/g, ' ').trim() };
}

/** An article before a name that is also a noun makes it the noun: `in der Halle`, `beim Essen`. */
const ARTICLE = /^(der|die|das|dem|den|des|ein|eine|einer|einem|eines|im|beim|zum|zur|vom|am)$/i;

function acceptable(place: Place, wordKind: number, span: Word[], before: Word | undefined, known: ReadonlySet<string>): boolean {
  if (wordKind !== 0 && before && ARTICLE.test(before.text)) return false;
  if (known.has(place.name)) return true;
  const context = before !== undefined && PLACE_CONTEXT.test(before.text);
  if (wordKind === 2) return context;
  const capitalised = /^\p{Lu}/u.test(span[0]!.text);
  if (place.population >= LARGE_CITY) return true;
  if (place.population < FREE_MIN_POPULATION) return context && capitalised;
  return capitalised || context;
}
