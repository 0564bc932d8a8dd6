// Binds the question's words to the figures of a paragraph: a word belongs to the figure it stands closest to in
// its sentence, counting clause breaks, joining conjunctions and other figures between them as distance.
import type { Figure } from '../figures/types.js';
import { sentenceAt, type Sentence } from '../text/sentences.js';
import { isBreak } from '../text/clauses.js';
import type { ConceptTable, Reading } from './read.js';

/** What binding the question's words to figures needs: the paragraph, its figures and the sentence of each. */
export interface BindInput {
  text: string;
  sentences: Sentence[];
  figures: Figure[];
  /** Every figure of the paragraph, when `figures` are only some of them (all figures stand between words and figures). */
  allFigures?: Figure[];
  roles: { sentence: number }[];
  reading: Reading;
  table: ConceptTable;
  /** Whether a sentence refers back to the sentence before. */
  leaning?: Leaning;
}

/** `waren es 41 Prozent`, `sind es nun 21 Millionen`: `es` stands for what the sentence before counted. */
const ES_FOR_IT = /\b(?:waren|sind|war|ist|wurden|werden|sollen|sollten|dürften)\s+es\b|\bes\s+(?:waren|sind|war)\b/i;

/** Whether a sentence holds a figure (its words are then that figure's, not the next sentence's). */
function figuresIn(input: BindInput, sentence: number): boolean {
  const from = input.sentences[sentence]?.start ?? 0;
  const to = sentenceEnd(input, sentence);
  return input.figures.some(f => f.start >= from && f.start < to);
}

/** Tells whether sentence `i` refers back to the one before it. */
export interface Leaning {
  leans(i: number): boolean;
}

/** How far, in words, the words of the sentence before count for a figure of a sentence that refers back to it. */
const LEANING_DISTANCE = 6;

/** Words between a question word and a figure, beyond which the word no longer binds to it. */
const BIND_REACH = 12;
/** A number as the question writes it (`2015`, `1,5`), not a name with digits (`6s`, `A1`). */
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)*$/;
/** Ordinal words: like numbers, they pin a figure down (`ab dem sechsten Monat auf 17 Euro`). */
const ORDINAL = /^(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)(e|en|er|es|em)?$/;

/** A word of the question that pins a figure down: a number or an ordinal. */
export function pinsDown(word: string): boolean {
  return PLAIN_NUMBER.test(word) || ORDINAL.test(word);
}

/** The token range of a figure in the reading's tokens: [first, end). */
export function tokensOf(starts: Int32Array, f: { start: number; end: number }): [number, number] {
  let first = 0;
  while (first < starts.length && starts[first]! < f.start) first++;
  let end = first;
  while (end < starts.length && starts[end]! < f.end) end++;
  return [first, end];
}

/**
 * What lies between two places of a paragraph, counted once per paragraph so that each word–figure pair costs a
 * few array reads: clause breaks (commas, semicolons, colons, brackets, dashes; not the comma inside `2,5`), joining
 * conjunctions (`und`, `oder`, `sowie`, `bzw.`) and figures.
 */
export class Gaps {
  private readonly breaks: Int32Array;
  private readonly joins: Int32Array;
  private readonly figureEnds: number[];

  constructor(private readonly text: string, figures: Figure[]) {
    const n = text.length;
    this.breaks = new Int32Array(n + 1);
    this.joins = new Int32Array(n + 1);
    for (let c = 0; c < n; c++) {
      this.breaks[c + 1] = this.breaks[c]! + (isBreak(text, c, 'both') ? 1 : 0);
    }
    for (const m of text.matchAll(/\s(?:und|oder|sowie|bzw\.)\s/g)) this.joins[m.index + 1] = 1;
    for (let c = 0; c < n; c++) this.joins[c + 1] = this.joins[c + 1]! + this.joins[c]!;
    this.figureEnds = figures.map(g => g.end);
    this.starts = figures.map(g => g.start);
  }

  private readonly starts: number[];

  /**
   * How far a word of the question stands from a figure: words between them, plus a penalty for every other figure
   * and every clause break between them, and a joining conjunction parts them as a comma does (`beginnt am 17. März
   * und endet am 2. Mai`). A bracket right after the word opens the word's own figure (`Oberösterreich (4.090)`).
   */
  distance(f: Figure, fTokens: [number, number], m: { token: number; start: number; end: number }): number {
    const before = m.token < fTokens[0];
    const words = before ? fTokens[0] - m.token - 1 : m.token - fTokens[1];
    const from = before ? m.end : f.end;
    const to = before ? f.start : m.start;
    if (to <= from) return Math.max(0, words);
    let breaks = this.breaks[to]! - this.breaks[from]!;
    if (before && breaks === 1 && /^\s*\(\s*$/.test(this.text.slice(from, to))) breaks = 0;
    const joins = this.joins[to]! - this.joins[from]!;
    return Math.max(0, words) + 2 * breaks + 2 * joins + 3 * this.figuresWithin(from, to);
  }

  /** Figures that lie wholly between two offsets. */
  private figuresWithin(from: number, to: number): number {
    let n = 0;
    for (let i = 0; i < this.starts.length; i++) if (this.starts[i]! >= from && this.figureEnds[i]! <= to) n++;
    return n;
  }
}

export function closeness(d: number): number {
  return d <= 2 ? 1 : d >= BIND_REACH ? 0 : 1 - ((d - 2) / (BIND_REACH - 2)) * 0.7;
}

/** What binding found: per figure the weighted words bound to it, and the concepts it owns from close by. */
export interface Bindings {
  weight: number[];
  /** Per figure: the concepts that stand closest to it, at most CLOSE words away. */
  close: Set<number>[];
}

/** Words within which a question word standing closest to a figure is that figure's own (`Oberösterreich (4.090)`). */
const CLOSE = 3;

/**
 * The question's words bound to each figure of a sentence: a word binds fully to the figure it stands closest to,
 * half to the others; per concept the best binding counts, weighted by how rare (how telling) the concept is.
 * Two question words that stand together in the text as in the question (`6s Plus`, `Energie Steiermark`) bind
 * once more as a phrase, to the nearest figure only.
 */
export function bindings(input: BindInput, skip: (concept: number) => boolean, boost: (concept: number) => number = () => 1,
  /** Concepts that bind to their nearest figure only (a verb to the date it governs). */
  exclusive: (concept: number) => boolean = () => false, gaps = new Gaps(input.text, input.allFigures ?? input.figures)): Bindings {
  const { text, figures, roles, reading, table } = input;
  const spans = figures.map(f => tokensOf(reading.tokenStarts, f));
  // Figures not scored still stand nearest to words next to them (they compete for the nearest word, score nothing).
  const others = input.allFigures ? input.allFigures.filter(f => !figures.includes(f)) : [];
  const otherSpans = others.map(f => tokensOf(reading.tokenStarts, f));
  const otherSentences = others.map(g => sentenceAt(input.sentences, g.start));
  const best = figures.map(() => new Map<number, number>());
  const close = figures.map(() => new Set<number>());
  const matches = reading.matches.filter(m => !skip(m.concept));
  const phrases = matches.filter((m, k) => k > 0 && matches[k - 1]!.token === m.token - 1 && matches[k - 1]!.concept === m.concept - 1);
  const all = [...matches, ...phrases];
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    const phrase = k >= matches.length;
    let nearest = Infinity;
    const ds = figures.map((f, i) => {
      if (m.start >= f.start && m.end <= f.end) return Infinity; // the figure's own words count as its unit
      const s = roles[i]!.sentence;
      const inside = m.start >= (input.sentences[s]?.start ?? 0) && m.start < sentenceEnd(input, s);
      // A sentence that refers back (`Ein Quartal zuvor waren es 35 Prozent`) speaks of what the one before names.
      const before = !inside && s > 0 && input.leaning?.leans(s) === true && m.start >= (input.sentences[s - 1]?.start ?? 0)
        && m.start < sentenceEnd(input, s - 1) && (!figuresIn(input, s - 1) || ES_FOR_IT.test(input.sentences[s]!.text));
      if (!inside && !before) return Infinity;
      if (before) return -LEANING_DISTANCE; // marked: from the sentence before, never the nearest
      const d = gaps.distance(f, spans[i]!, m);
      nearest = Math.min(nearest, d);
      return d;
    });
    others.forEach((g, j) => {
      if (m.start >= g.start && m.end <= g.end) return;
      const at = otherSentences[j]!;
      if (m.start >= (input.sentences[at]?.start ?? 0) && m.start < sentenceEnd(input, at)) nearest = Math.min(nearest, gaps.distance(g, otherSpans[j]!, m));
    });
    ds.forEach((signed, i) => {
      const leaning = signed < 0;
      const d = Math.abs(signed);
      if (d === Infinity || ((phrase || exclusive(m.concept)) && (leaning || d > nearest))) return;
      // Numbers the question names (a year, an amount) pin a figure down hard; rare words more than common ones.
      // The name right before a bracketed figure owns it (`Oberösterreich (4.090)`, `den Volksbanken (3,2 Millionen Euro)`).
      const listed = m.token < spans[i]![0] && /^\s*\(\s*$/.test(text.slice(m.end, figures[i]!.start)) ? 2 : 1;
      const word = table.list[m.concept]!.word;
      const pin = (pinsDown(word) ? 2 : 1) * listed;
      const relative = phrase ? Math.min(table.relative[m.concept]!, table.relative[m.concept - 1]!) : table.relative[m.concept]!;
      const v = m.weight * closeness(d) * (d <= nearest && !leaning ? 1 : 0.5) * pin * relative * boost(m.concept);
      const key = phrase ? -1 - m.concept : m.concept;
      if (v > (best[i]!.get(key) ?? 0)) best[i]!.set(key, v);
      if (!phrase && !leaning && d <= nearest && d <= CLOSE) close[i]!.add(m.concept);
    });
  }
  return { weight: best.map(b => [...b.values()].reduce((a, v) => a + v, 0)), close };
}

export function sentenceEnd(input: BindInput, i: number): number {
  const s = input.sentences[i];
  return s ? s.start + s.text.length : input.text.length;
}
