// Reads a candidate paragraph closely: where each concept of the question occurs in it, how much of the
// question each sentence covers, and how much the paragraph covers with its article's title and lead.
import { indexTerms, placedTokens } from '../search/analyzer.js';
import { MATCH, type Concept } from '../search/query.js';
import type { Sentence } from '../text/sentences.js';

/** The concepts of a question, looked up by term. */
export interface ConceptTable {
  list: Concept[];
  /** For each term: the concepts it stands for and how surely. */
  byTerm: Map<string, { concept: number; weight: number }[]>;
  /** For each term of a multi-word synonym: its concept, phrase and position in the phrase. */
  byPhraseTerm: Map<string, { concept: number; phrase: number; slot: number }[]>;
  importance: number[];
  /** Sum of all importances. */
  total: number;
  /** Each concept's importance relative to the question's mean, capped at 2: rare words count up to twice. */
  relative: number[];
}

export function conceptTable(list: Concept[]): ConceptTable {
  const byTerm = new Map<string, { concept: number; weight: number }[]>();
  const byPhraseTerm = new Map<string, { concept: number; phrase: number; slot: number }[]>();
  list.forEach((c, concept) => {
    for (const t of c.terms) {
      const entries = byTerm.get(t.term) ?? [];
      // A match through a part of the word (`Parlament` for `Parlamentswahlen`) says only as much as that part does.
      const informative = t.weight < MATCH.synonym && t.idf !== undefined && c.idf > 0 ? Math.min(1, t.idf / c.idf) : 1;
      entries.push({ concept, weight: t.weight * informative });
      byTerm.set(t.term, entries);
    }
    c.phrases.forEach((p, phrase) => p.forEach((term, slot) => {
      const entries = byPhraseTerm.get(term) ?? [];
      entries.push({ concept, phrase, slot });
      byPhraseTerm.set(term, entries);
    }));
  });
  const importance = list.map(c => c.importance);
  const total = importance.reduce((a, b) => a + b, 0);
  const mean = total / Math.max(1, list.length) || 1;
  return { list, byTerm, byPhraseTerm, importance, total, relative: importance.map(i => Math.min(2, i / mean)) };
}

/** A concept found in the text: at which token, between which offsets, how surely. */
export interface Match {
  concept: number;
  weight: number;
  token: number;
  start: number;
  end: number;
}

export interface Reading {
  matches: Match[];
  /** Offsets of every token, for distances counted in words. */
  tokenStarts: number[];
  /** Per concept: the best match weight in the paragraph's own text. */
  text: number[];
  /** Per sentence, per concept: the best match weight. */
  sentences: number[][];
  /** Per sentence: words from its first to its last match (Infinity without a match). */
  spread: number[];
}

/** Field weights of an article's title and lead when they cover a concept the paragraph lacks. */
const TITLE = 0.6;
const LEAD = 0.4;

/** Per concept, the best weight with which a text covers it. */
function coverOf(text: string, table: ConceptTable, vocabulary: ReadonlySet<string>): number[] {
  const best = table.list.map(() => 0);
  for (const m of matchesIn(text, table, vocabulary).matches) best[m.concept] = Math.max(best[m.concept]!, m.weight);
  return best;
}

function matchesIn(text: string, table: ConceptTable, vocabulary: ReadonlySet<string>): { matches: Match[]; tokenStarts: number[] } {
  const matches: Match[] = [];
  const tokenStarts: number[] = [];
  const phraseSeen = new Map<string, { slots: Set<number>; token: number; start: number; end: number }>();
  placedTokens(text).forEach((t, token) => {
    tokenStarts.push(t.start);
    for (const term of indexTerms(t.token, vocabulary)) {
      for (const e of table.byTerm.get(term) ?? []) matches.push({ concept: e.concept, weight: e.weight, token, start: t.start, end: t.end });
      for (const e of table.byPhraseTerm.get(term) ?? []) {
        const key = `${e.concept}/${e.phrase}`;
        const seen = phraseSeen.get(key) ?? { slots: new Set<number>(), token, start: t.start, end: t.end };
        seen.slots.add(e.slot);
        phraseSeen.set(key, seen);
        if (seen.slots.size === table.list[e.concept]!.phrases[e.phrase]!.length) {
          matches.push({ concept: e.concept, weight: MATCH.synonym, token: seen.token, start: seen.start, end: t.end });
          phraseSeen.delete(key);
        }
      }
    }
  });
  return { matches, tokenStarts };
}

export function readParagraph(text: string, sentences: Sentence[], table: ConceptTable, vocabulary: ReadonlySet<string>): Reading {
  const { matches, tokenStarts } = matchesIn(text, table, vocabulary);
  const own = table.list.map(() => 0);
  const perSentence = sentences.map(() => table.list.map(() => 0));
  const first = sentences.map(() => Infinity);
  const last = sentences.map(() => -Infinity);
  let s = 0;
  for (const m of matches) {
    own[m.concept] = Math.max(own[m.concept]!, m.weight);
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= m.start) s++;
    while (s > 0 && sentences[s]!.start > m.start) s--;
    const row = perSentence[s];
    if (!row) continue;
    row[m.concept] = Math.max(row[m.concept]!, m.weight);
    first[s] = Math.min(first[s]!, m.token);
    last[s] = Math.max(last[s]!, m.token);
  }
  const spread = first.map((f, i) => (f === Infinity ? Infinity : last[i]! - f));
  return { matches, tokenStarts, text: own, sentences: perSentence, spread };
}

/** What the article's title and lead cover, per concept, weighted as fields. */
export function readArticleFields(title: string, lead: string | null, table: ConceptTable, vocabulary: ReadonlySet<string>): number[] {
  const t = coverOf(title, table, vocabulary);
  const l = lead ? coverOf(lead, table, vocabulary) : t.map(() => 0);
  return t.map((w, i) => Math.max(w * TITLE, l[i]! * LEAD));
}

/** The importance-weighted share of the question that per-concept weights cover (0–1). */
export function coverage(weights: number[], table: ConceptTable): number {
  if (table.total === 0) return 0;
  let sum = 0;
  weights.forEach((w, i) => (sum += w * table.importance[i]!));
  return sum / table.total;
}

/** Per concept, the better of two coverings. */
export function best(a: number[], b: number[]): number[] {
  return a.map((w, i) => Math.max(w, b[i]!));
}
