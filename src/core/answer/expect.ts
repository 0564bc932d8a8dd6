// What the answer to each type of question looks like in a sentence: a time for `wann`, a name for `wer`,
// a number for `wie viele`. General German surface rules, no word lists of any topic.
import type { QuestionType } from './question.js';

const MONTH = '(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
/** A date with day and month (`1. Juni 2018`, `30.05.2018`, `Montag, 6. April`, `Dienstag (7. Juni)`). */
const DAY_DATE = new RegExp(`\\b\\d{1,2}\\.\\s?(\\d{1,2}\\.|${MONTH}\\b)|\\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\s*(,|\\(|den)\\s*\\d{1,2}\\.`, 'u');
/**
 * A month, season, year, decade or century standing for a time (`Januar 2021`, `seit 2009`, `1968`,
 * `in den 90er Jahren`, `im 18. Jahrhundert`).
 */
const ROUGH_DATE = new RegExp(`\\b(${MONTH}|Frühjahr|Sommer|Herbst|Winter|Ende|Anfang|Mitte) \\d{4}\\b|\\b(1\\d|20)\\d\\d\\b`
  + '|\\b(1\\d|20)?\\d0er\\b|\\b\\d{1,2}\\.\\s?Jahrhunderts?\\b', 'u');
/**
 * A century in words (`im achtzehnten Jahrhundert`). Tried only where `Jahrhundert` stands: on every other text
 * its lowercase run, given back letter by letter to find the ending, cost 90 % of dateWeight.
 */
const CENTURY_IN_WORDS = /\b\p{Ll}+(ten|sten)\s+Jahrhunderts?\b/u;

/** How much a text looks like it dates something: 2 for a full date, 1 for a month, year, decade or century, else 0. */
export function dateWeight(text: string): number {
  if (DAY_DATE.test(text)) return 2;
  return ROUGH_DATE.test(text) || (text.includes('Jahrhundert') && CENTURY_IN_WORDS.test(text)) ? 1 : 0;
}

/** Articles, determiners and contracted prepositions: the word after them is a common noun, not a name. */
const DETERMINER = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|im|am|zum|zur|vom|beim|ins|dieser|diese|dieses|diesen|jeder|jede|jedes|seine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?)$/i;
/** An inflected adjective before a capitalised word makes that word a noun too (`dem bekannten Kunden`). */
const ADJECTIVE_ENDING = /^\p{Ll}+(e|en|er|es|em)$/u;
const NUMBER_WORD = /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)\b/i;
/** The number words anywhere, even inside a word: a sentence without any has no word NUMBER_WORD can match. */
const NUMBER_WORD_INSIDE = new RegExp(NUMBER_WORD.source.replaceAll('\\b', ''), 'i');

/**
 * Whether a sentence names someone or something by name: a run of two capitalised words, or a capitalised
 * word that no article or inflected adjective precedes (German nouns take one, names need none), that the
 * question does not already name.
 */
export function namesSomething(sentence: string, asked: (word: string) => boolean): boolean {
  const words = [...sentence.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)].map(m => m[0]);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w) || asked(w)) continue;
    const prev = words[i - 1]!;
    const next = words[i + 1];
    if (next && /^\p{Lu}/u.test(next) && !asked(next) && !DETERMINER.test(prev)) return true;
    if (/^\p{Ll}/u.test(prev) && !DETERMINER.test(prev) && !ADJECTIVE_ENDING.test(prev)) return true;
  }
  return false;
}

/** The sentence without the numbers and years the question names itself: those are its conditions, not its answer. */
function withoutAsked(sentence: string, asked: (word: string) => boolean): string {
  if (!/\d/.test(sentence) && !NUMBER_WORD.test(sentence)) return sentence;
  if (NUMBER_WORD_INSIDE.test(sentence)) {
    return sentence.replace(/\d+(?:[.,]\d+)*|\p{L}+/gu, w => (/^\d/.test(w) || NUMBER_WORD.test(w)) && asked(w) ? ' ' : w);
  }
  // No word can hold a number word: only the numbers need looking at (most sentences with a figure).
  return sentence.replace(/\d+(?:[.,]\d+)*/g, w => asked(w) ? ' ' : w);
}

/**
 * How much a sentence looks like it holds the kind of answer the question asks for (0–1). Sentences
 * without it are not ruled out, only worth less: the answer may be phrased in a way these rules miss.
 */
export function expectation(type: QuestionType, sentence: string, asked: (word: string) => boolean): number {
  switch (type) {
    case 'date': return dateWeight(withoutAsked(sentence, asked)) > 0 ? 1 : 0.4;
    case 'person': return namesSomething(sentence, asked) ? 1 : 0.6;
    case 'count': case 'money': case 'percent': case 'measure': {
      const rest = withoutAsked(sentence, asked);
      return /\d/.test(rest) || NUMBER_WORD.test(rest) ? 1 : 0.6;
    }
    default: return 1;
  }
}
