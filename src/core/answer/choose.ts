// Chooses, within one paragraph, the figure that answers and the sentence to quote.
import type { Figure } from '../figures/types.js';
import { isShareUnit } from '../figures/extract.js';
import { indexTerms, normalise } from '../search/analyzer.js';
import { sentenceAt, type Sentence } from '../text/sentences.js';
import type { QuestionType } from './question.js';
import type { ConceptTable, Reading } from './read.js';
import { expectation } from './expect.js';
import { quoteSpan, refersBack } from './quote.js';
import { parseGermanDigits, parseNumberWord } from '../figures/german-number.js';
import type { Asked } from './asked.js';
import { figureRoles } from './figure-role.js';
import { timeRefs } from '../text/time-refs.js';
import { DATELINE } from '../text/dateline.js';
import { LARGE_AMOUNT, scoreFigures, timeConcepts, type ScoredFigure } from './figure-score.js';
import type { Leaning } from './bind.js';
import { scoreDates } from './date-answer.js';
import { nothingPicked, pickFigure, type FigurePick } from './figure-doubt.js';

export const KIND_FOR: Partial<Record<QuestionType, Figure['kind']>> = { count: 'count', money: 'money', percent: 'percent' };

/**
 * How much of the sentence before a sentence that refers back to it (`Sie wurde 1991 …`) counts as its own:
 * the pronoun stands for what that sentence named, a little less surely than the name itself.
 */
const REFERRED = 0.8;
/** How much more a concept counts for telling sentences apart per factor e by which fewer sentences name it. */
const LOCAL_RARITY = 0.5;
export interface Choice {
  answer: Figure | null;
  /** The answering figure was chosen surely (it fits what the question asks, well ahead of the others). */
  strong: boolean;
  /** How surely the figure was chosen, and the others considered; null for a question that asks for no figure. */
  pick: FigurePick | null;
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
  /** What the question constrains: the asked thing, time, change, plan, whole. */
  constraints: Asked;
  /** The question as written. */
  question: string;
  /** The places the question names other than the article's own town (they bind to the figures they stand next to). */
  places: string[];
  /** What the article's title and lead cover, per concept (a sentence may lean on them). */
  fields: number[];
  /** The question's words as they occur in texts; one per question, so that the candidates share what it remembers. */
  asked: AskedWords;
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
 * Per sentence, per concept: how surely the sentence covers it, leaning on the article's title at a discount and on
 * the sentence before when it refers back to it.
 */
function leanedRows(input: ChoiceInput, facts: SentenceFacts): number[][] {
  const rows = input.reading.sentences;
  const out: number[][] = [];
  rows.forEach((own, i) => {
    // Only a sentence before that matched something (or leant on one that did) can lend it: `Auch wer einen
    // Kaugummi … wirft … . Die Strafen hierfür liegen … . Im Normalfall kostet ein solches Vergehen um die 55 Euro.`
    const lender = i > 0 ? out[i - 1]! : null;
    const before = lender && lender.some(w => w > 0) && facts.leans(i) ? lender : null;
    out.push(own.map((w, c) => Math.max(w, input.fields[c]! * 0.5, before ? before[c]! * REFERRED : 0)));
  });
  return out;
}

/**
 * How well each sentence answers: the share of the question it covers (see leanedRows), times how much it looks
 * like the asked kind of answer; `local` weighs the concepts by how few of the paragraph's sentences name them.
 */
function sentenceScores(input: ChoiceInput, rows: number[][], local: boolean, facts: SentenceFacts): number[] {
  const { reading, table } = input;
  let weights = table.importance;
  if (local) {
    // The question's time is weighed as a time of each figure, not as words of its sentence.
    const times = timeConcepts(table, input.question, input.constraints);
    weights = localWeights(reading.sentences, table).map((w, c) => (times.has(c) ? 0 : w));
  }
  return rows.map((row, i) => {
    const covered = weightedCoverage(row, weights);
    // Only a covering sentence needs its kind read.
    return covered === 0 ? 0 : covered * facts.expected(i);
  });
}

/**
 * Each concept's weight for telling the paragraph's sentences apart: its importance, more for a concept only few of
 * the sentences name (`Oberösterreich` in an article about a school subject that every sentence names).
 */
function localWeights(perSentence: number[][], table: ConceptTable): number[] {
  const n = perSentence.length;
  return table.importance.map((importance, c) => {
    let having = 0;
    for (const row of perSentence) if (row[c]! > 0) having++;
    return having === 0 || n <= 1 ? importance : importance * (1 + LOCAL_RARITY * Math.log(n / having));
  });
}

function weightedCoverage(cover: number[], weights: number[]): number {
  let sum = 0;
  let total = 0;
  cover.forEach((w, c) => {
    sum += w * weights[c]!;
    total += weights[c]!;
  });
  return total === 0 ? 0 : sum / total;
}


/**
 * The reading without the question's words where they stand only in a dateline: `Wien – Zu Jahresbeginn …` says
 * where the news was written, not what the sentence is about.
 */
function withoutDatelines(reading: Reading, sentences: Sentence[]): Reading {
  const spans: [number, number][] = [];
  for (const s of sentences) {
    const m = DATELINE.exec(s.text);
    if (m) spans.push([s.start, s.start + m[0].length]);
  }
  if (spans.length === 0) return reading;
  if (!reading.matches.some(m => within(spans, m.start))) return reading;
  const matches = reading.matches.filter(m => !within(spans, m.start));
  const rows = sentences.map(() => reading.text.map(() => 0));
  let at = 0;
  for (const m of matches) {
    while (at + 1 < sentences.length && sentences[at + 1]!.start <= m.start) at++;
    while (at > 0 && sentences[at]!.start > m.start) at--;
    const row = rows[at]!;
    row[m.concept] = Math.max(row[m.concept]!, m.weight);
  }
  return { ...reading, matches, sentences: rows };
}

function within(spans: [number, number][], offset: number): boolean {
  return spans.some(([a, b]) => offset >= a && offset < b);
}

/**
 * What choosing reads of each sentence once, on first need: how much it looks like the asked kind of answer, and
 * whether it refers back to the sentence before. (A class: closures made per call cost a property definition
 * each under tsx, see read.ts.)
 */
class SentenceFacts implements Leaning {
  private readonly expectations: (number | undefined)[] = [];
  private readonly leaning: (boolean | undefined)[] = [];

  constructor(private readonly sentences: Sentence[], private readonly type: QuestionType, private readonly asked: AskedWords) {}

  expected(i: number): number {
    return (this.expectations[i] ??= expectation(this.type, this.sentences[i]!.text, word => this.asked.has(word)));
  }

  leans(i: number): boolean {
    return i > 0 && (this.leaning[i] ??= refersBack(this.sentences[i]!.text));
  }
}

/** The numbers a question names, in digits or words. */
function numbersOf(table: ConceptTable): Set<number> {
  let out = numbersByTable.get(table);
  if (out) return out;
  out = new Set<number>();
  for (const c of table.list) {
    const v = /^\d/.test(c.word) ? parseGermanDigits(c.word) : parseNumberWord(c.word);
    if (v !== null) out.add(v);
  }
  numbersByTable.set(table, out);
  return out;
}

/** The numbers of each question, read once (the candidates of one question share its table). */
const numbersByTable = new WeakMap<ConceptTable, Set<number>>();

/**
 * What choosing reads of a paragraph before its figures: how well each sentence answers, and the best one. Cheap
 * next to the figures' choice, and enough for a bound on how well the paragraph can answer (see `bestCoverage`).
 */
export interface SentenceReading {
  input: ChoiceInput;
  facts: SentenceFacts;
  rows: number[][];
  scores: number[];
  bestSentence: number;
  /**
   * The share of the question the best sentence covers: no chosen sentence covers more, and it covers no more than
   * the paragraph with its article's title (a sentence leans on its paragraph and the title, never beyond them).
   */
  bestCoverage: number;
}

export function readSentences(given: ChoiceInput): SentenceReading {
  const input = { ...given, reading: withoutDatelines(given.reading, given.sentences) };
  // How much each sentence looks like the asked kind of answer, and whether it refers back: read once, on need.
  const facts = new SentenceFacts(input.sentences, input.type, input.asked);
  const rows = leanedRows(input, facts);
  const scores = sentenceScores(input, rows, false, facts);
  // Of sentences that answer equally well, the one whose asked words stand closest together.
  let bestSentence = 0;
  scores.forEach((s, i) => {
    const top = scores[bestSentence]!;
    if (s > top || (s === top && s > 0 && input.reading.spread[i]! < input.reading.spread[bestSentence]!)) bestSentence = i;
  });
  return { input, facts, rows, scores, bestSentence, bestCoverage: scores[bestSentence] ?? 0 };
}

/**
 * The figure that answers: of the asked kind, counting the asked thing, bound to the asked words, for the asked
 * time, a change or a value as asked, a plan or a fact as asked; with the doubt of that choice. The quoted sentence
 * holds that figure; without one, it is the sentence that covers most of the question.
 */
export function choose(given: ChoiceInput): Choice {
  return chooseFigure(readSentences(given));
}

/** The figure choice on a paragraph whose sentences were read (see `choose`). */
export function chooseFigure({ input, facts, rows, scores, bestSentence }: SentenceReading): Choice {
  const { text, sentences, figures, type } = input;
  const kind = KIND_FOR[type] ?? null;
  const asksFigure = kind !== null || type === 'date' || type === 'measure';
  let scored: ScoredFigure[] = [];
  // Figures are told apart by the words that tell their sentences apart.
  const local = asksFigure ? sentenceScores(input, rows, true, facts) : [];
  if (type === 'date') {
    // The date stands in the sentence that answers best, else in the one that sentence leans on.
    const span = quoteSpan(sentences, bestSentence);
    const last = sentences[bestSentence];
    const dates = scoreDates({ text, sentences, reading: input.reading, table: input.table, sentenceScores: local, asked: input.constraints },
      sentences[Math.max(0, span.from - 1)]?.start ?? 0, last ? last.start + last.text.length : text.length);
    const own = dates.filter(d => d.role.sentence === bestSentence);
    scored = own.length ? own : dates.filter(d => d.role.sentence >= span.from && d.role.sentence <= span.to);
  } else if (asksFigure) {
    // Only figures that may be of the asked kind are scored: their own kind, a share for a percentage, or none of
    // their own (a bare number takes its neighbour's). The others still stand between words and figures.
    const wanted = figures.map(f => mayBeOfKind(f, kind, input.duration));
    // The paragraph's times, read once for the roles and the scores, and only when the question names a time.
    const paragraphTimes = input.constraints.times.length > 0 ? timeRefs(text) : [];
    const roles = figureRoles(text, sentences, figures, paragraphTimes, wanted);
    const kept = figures.flatMap((f, i) => (wanted[i] ? [i] : []));
    // The roles name their parallel figure among all figures; among the kept ones it has another index (or none).
    const keptRoles = kept.map(i => ({ ...roles[i]!, parallel: kept.indexOf(roles[i]!.parallel) }));
    scored = scoreFigures({
      text, sentences, figures: kept.map(i => figures[i]!), roles: keptRoles, allFigures: figures, paragraphTimes,
      reading: input.reading, table: input.table,
      sentenceScores: local, asked: input.constraints, kind, duration: input.duration, given: numbersOf(input.table),
      question: input.question, leaning: facts, fields: input.fields,
      places: input.places,
    });
  }
  const chosen = pickFigure(scored, input.constraints);
  // A figure of another kind is no answer: none is highlighted, and the pick says why.
  const answer = chosen && chosen.best.kindFits ? chosen.best.figure : null;
  const strong = answer !== null && chosen !== null && !chosen.pick.unsure;
  const sentence = answer ? sentenceAt(sentences, answer.start) : bestSentence;
  const pick = chosen ? chosen.pick : asksFigure ? nothingPicked(type) : null;
  return { answer, strong, pick, sentence, span: quoteSpan(sentences, sentence), sentenceCoverage: scores[sentence] ?? 0 };
}

/**
 * How well a paragraph's figures can fit the asked kind at best, before any is chosen: `same` when one is of that
 * kind, `other` when only figures that may stand for it are there (a large bare amount for money, a share for a
 * percentage), null when none may answer (then no figure will be).
 */
export function kindReach(figures: Figure[], type: QuestionType, duration: boolean): 'same' | 'other' | null {
  const kind = KIND_FOR[type] ?? null;
  let reach: 'same' | 'other' | null = null;
  for (const f of figures) {
    if (!mayBeOfKind(f, kind, duration)) continue;
    if (!kind || f.kind === kind) return 'same';
    // A bare number takes its kind from a figure with a unit (none here is of the asked kind), or is a large amount
    // for money (`fast drei Milliarden`, see figure-score's bareMoney); a share answers for a percentage.
    if (f.unit !== null || (kind === 'money' && LARGE_AMOUNT.test(f.text))) reach = 'other';
  }
  return reach;
}

/**
 * Whether a figure of the paragraph may be chosen surely where the question names these names (see figure-score):
 * a name neither the paragraph nor its article's title holds is missing for every figure; a name the paragraph holds
 * in one sentence only, and the title not, must stand in the sentence of a figure that may answer, or the one
 * before it, or every figure's pick says it stands apart. (Never false where a sure figure is possible.)
 */
export function maySurelyAnswer(input: ChoiceInput, names: number[]): boolean {
  const { reading, fields, sentences, figures } = input;
  const kind = KIND_FOR[input.type] ?? null;
  const answering = new Set<number>();
  for (const f of figures) if (mayBeOfKind(f, kind, input.duration)) answering.add(sentenceAt(sentences, f.start));
  if (answering.size === 0) return false;
  for (const c of names) {
    if (fields[c]! > 0) continue;
    if (!(reading.text[c]! > 0)) return false;
    let having = 0;
    let near = false;
    reading.sentences.forEach((row, i) => {
      if (!(row[c]! > 0)) return;
      having++;
      if (answering.has(i) || answering.has(i + 1)) near = true;
    });
    if (having === 1 && !near) return false;
  }
  return true;
}

/** Whether a figure may answer a question for this kind: its own kind, a share for a percentage, or a bare number. */
function mayBeOfKind(f: Figure, kind: Figure['kind'] | null, duration: boolean): boolean {
  if (!kind || duration || f.unit === null) return true;
  return f.kind === kind || (kind === 'percent' && isShareUnit(f.unit));
}
