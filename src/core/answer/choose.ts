// Chooses, within one paragraph, the figure that answers and the sentence to quote.
import type { Figure } from '../figures/types.js';
import { analyze, indexTerms, normalise } from '../search/analyzer.js';
import type { Sentence } from '../text/sentences.js';
import { PLAN_WORDS, type QuestionType } from './question.js';
import { coverage, type ConceptTable, type Match, type Reading } from './read.js';
import { expectation } from './expect.js';
import { quoteSpan, refersBack } from './quote.js';
import { parseGermanDigits, parseNumberWord } from '../figures/german-number.js';

export const KIND_FOR: Partial<Record<QuestionType, Figure['kind']>> = { count: 'count', money: 'money', percent: 'percent' };

/**
 * How much of the sentence before a sentence that refers back to it (`Sie wurde 1991 …`) counts as its own:
 * the pronoun stands for what that sentence named, a little less surely than the name itself.
 */
const REFERRED = 0.8;
/** Words on either side of a figure that count as its neighbourhood; the closest count fully. */
const NEAR_WORDS = 6;
const CLOSE_WORDS = 3;
/** How much the figure's sentence matching the question counts, against the words right next to the figure. */
const SENTENCE_WEIGHT = 4;
const OTHER_KIND_NEAR = 1;
/** Units of time: a duration answers `wie lange`, and rarely anything else. */
const TIME_UNIT = /^(Jahre|Jahren|Jahr|Monate|Monaten|Monat|Wochen|Woche|Tage|Tagen|Tag|Stunden|Stunde|Minuten|Minute|Jährige\w*|jährige\w*)$/;
/**
 * What makes a figure a plan rather than a fact: `sollen weitere 200 hinzukommen`, `geplant sind 50`,
 * `bis 2026`. A question that asks for the plan uses such words itself.
 */
const PLANNED = new RegExp(`${PLAN_WORDS.source}|\\bbis\\s+(?:19|20)\\d\\d\\b`, 'iu');

export interface Choice {
  answer: Figure | null;
  /** The answering figure counts the asked noun or stands among the asked words. */
  strong: boolean;
  sentence: number;
  /** The sentences quoted: the chosen one, from the one before when the chosen one refers back to it. */
  span: { from: number; to: number };
  /** The importance-weighted share of the question the chosen sentence covers. */
  sentenceCoverage: number;
}

export interface ChoiceInput {
  text: string;
  sentences: Sentence[];
  figures: Figure[];
  reading: Reading;
  table: ConceptTable;
  type: QuestionType;
  duration: boolean;
  /** The question itself speaks of a plan (`soll`, `geplant`). */
  planned: boolean;
  /** What the article's title and lead cover, per concept (a sentence may lean on them). */
  fields: number[];
  /** The question's words as they occur in texts; one per question, so that the candidates share what it remembers. */
  asked: AskedWords;
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  let index = 0;
  for (let i = 0; i < sentences.length && sentences[i]!.start <= offset; i++) index = i;
  return index;
}

/** Whether a word of the text is one the question asks for, remembered per word (a class: see the note in read.ts on named closures). */
export class AskedWords {
  private readonly seen = new Map<string, boolean>();

  constructor(private readonly table: ConceptTable, private readonly vocabulary: ReadonlySet<string>) {}

  has(word: string): boolean {
    let known = this.seen.get(word);
    if (known === undefined) this.seen.set(word, (known = indexTerms(normalise(word), this.vocabulary).some(t => this.table.byTerm.has(t))));
    return known;
  }
}

/**
 * How well each sentence answers: the share of the question it covers (leaning on the article's title at a
 * discount, and on the sentence before when it refers back to it), times how much it looks like the asked
 * kind of answer.
 */
function sentenceScores(input: ChoiceInput): number[] {
  const { sentences, reading, table, type, asked } = input;
  return sentences.map((s, i) => {
    const own = reading.sentences[i]!;
    // Only a sentence before that matched something can lend it; only a covering sentence needs its kind read.
    const lender = i > 0 ? reading.sentences[i - 1]! : null;
    const before = lender && lender.some(w => w > 0) && refersBack(s.text) ? lender : null;
    const leaning = own.map((w, c) => Math.max(w, input.fields[c]! * 0.5, before ? before[c]! * REFERRED : 0));
    const covered = coverage(leaning, table);
    return covered === 0 ? 0 : covered * expectation(type, s.text, word => asked.has(word));
  });
}

/** Per concept the best of the values the matches give, added up: each asked word counts once. */
function sumBest(matches: Match[], value: (m: Match) => number): number {
  const best = new Map<number, number>();
  for (const m of matches) {
    const v = value(m);
    if (v > (best.get(m.concept) ?? 0)) best.set(m.concept, v);
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
  return sum;
}

/** The concepts near a figure, weighted by how close they stand (in words) and how surely they match. */
function nearness(input: ChoiceInput, f: Figure): number {
  const { reading, table } = input;
  const starts = reading.tokenStarts;
  const first = starts.findIndex(s => s >= f.start);
  const from = first < 0 ? starts.length : first;
  let to = from;
  while (to < starts.length && starts[to]! < f.end) to++;
  return sumBest(reading.matches, m => {
    if (m.start >= f.start && m.end <= f.end) return 0; // the figure's own words count as its unit
    const distance = m.token < from ? from - m.token : m.token >= to ? m.token - to + 1 : 0;
    if (distance > NEAR_WORDS) return 0;
    const closeness = distance <= CLOSE_WORDS ? 1 : 1 - ((distance - CLOSE_WORDS) / (NEAR_WORDS - CLOSE_WORDS + 1)) * 0.5;
    // Numbers the question names (a year, an amount) pin the figure down hard; rare words more than common ones.
    const pin = /^\d/.test(table.list[m.concept]!.word) ? 2 : 1;
    return m.weight * closeness * pin * table.relative[m.concept]!;
  });
}

/**
 * The clause a figure stands in: its sentence cut at commas, semicolons, colons, dashes and brackets
 * (`2019 lag der Anteil bei 31 Prozent, 2021 bei 48 Prozent` has two). Offsets in the paragraph.
 */
function clauseOf(text: string, sentence: Sentence | undefined, f: Figure): [number, number] {
  const from = sentence?.start ?? 0;
  const to = sentence ? sentence.start + sentence.text.length : text.length;
  let start = f.start;
  while (start > from && !/[,;:(–]/.test(text[start - 1]!)) start--;
  let end = f.end;
  while (end < to && !/[,;:)–]/.test(text[end]!)) end++;
  return [start, end];
}

/** The asked words in a figure's own clause: they belong to the figure more surely than words across a comma. */
function clauseMatches(input: ChoiceInput, [start, end]: [number, number]): number {
  return sumBest(input.reading.matches, m => (m.start < start || m.end > end ? 0 : m.weight * input.table.relative[m.concept]!));
}

/** When the question names a year: a figure whose clause names that year fits, one whose clause names another does not. */
function yearFit(clause: string, f: Figure, years: number[]): number {
  if (years.length === 0) return 0;
  const named = [...clause.matchAll(/\b(1\d|20)\d\d\b/g)].map(m => Number(m[0])).filter(y => y !== f.value);
  if (named.some(y => years.includes(y))) return 3;
  return named.length ? -3 : 0;
}

/** The numbers a question names, in digits or words. */
function numbersOf(table: ConceptTable): Set<number> {
  const out = new Set<number>();
  for (const c of table.list) {
    const v = /^\d/.test(c.word) ? parseGermanDigits(c.word) : parseNumberWord(c.word);
    if (v !== null) out.add(v);
  }
  return out;
}

function unitMatches(figure: Figure, table: ConceptTable): boolean {
  if (!figure.unit) return false;
  return analyze(figure.unit).some(t => table.byTerm.has(t));
}

/**
 * The figure that answers: of the asked kind, counting the asked noun, with the other asked words close
 * by, in a sentence that matches the question, stated rather than planned. The quoted sentence holds that
 * figure; without one, it is the sentence that covers most of the question.
 */
export function choose(input: ChoiceInput): Choice {
  const { text, sentences, figures, type } = input;
  const scores = sentenceScores(input);
  // Of sentences that answer equally well, the one whose asked words stand closest together.
  let bestSentence = 0;
  scores.forEach((s, i) => {
    const top = scores[bestSentence]!;
    if (s > top || (s === top && s > 0 && input.reading.spread[i]! < input.reading.spread[bestSentence]!)) bestSentence = i;
  });
  const kind = KIND_FOR[type];
  let answer: Figure | null = null;
  let top = 0;
  let strong = false;
  if (kind || type === 'measure') {
    const asked = numbersOf(input.table);
    const years = [...asked].filter(v => Number.isInteger(v) && v >= 1000 && v <= 2099);
    for (const f of figures) {
      const unit = unitMatches(f, input.table);
      const near = nearness(input, f);
      // A figure of another kind answers only when it counts the asked noun (`wie viel Papier` → `zwei Millionen Blatt`).
      if (kind && f.kind !== kind && !unit && near < OTHER_KIND_NEAR) continue;
      const time = f.unit !== null && TIME_UNIT.test(f.unit);
      const at = sentenceOf(sentences, f.start);
      // A plan word may stand in the sentence's other clause and still govern the figure (`sind … vorgesehen, für … 800.000`).
      const around = text.slice(Math.max(sentences[at]?.start ?? 0, f.start - 60), Math.min(text.length, f.end + 60));
      const plan = PLANNED.test(around) ? (input.planned ? 1.5 : -1.5) : 0;
      const own = clauseOf(text, sentences[at], f);
      const clause = text.slice(own[0], own[1]);
      // The question's own numbers are its conditions, not its answer (`in neun Spielen`).
      const given = f.value !== null && asked.has(f.value) ? -4 : 0;
      const score = (f.kind === kind || !kind ? 5 : 0) + (unit ? 4 : 0) + near + (time ? (input.duration ? 4 : unit ? 0 : -3) : 0)
        + SENTENCE_WEIGHT * (scores[at] ?? 0) + (f.value !== null ? 0.5 : 0) + plan + given
        + clauseMatches(input, own) + yearFit(clause, f, years);
      if (score > top) {
        top = score;
        answer = f;
        strong = unit || near >= 2 || (near >= 1 && f.unit === null);
      }
    }
  }
  const sentence = answer ? sentenceOf(sentences, answer.start) : bestSentence;
  return { answer, strong, sentence, span: quoteSpan(sentences, sentence), sentenceCoverage: scores[sentence] ?? 0 };
}
