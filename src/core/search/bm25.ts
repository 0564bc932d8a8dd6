// BM25 as the index scores it: parameters, document length norms, and a query prepared as concepts (groups of
// terms that share a bit) with the postings range and weighted idf of each term.
import type { QueryTerm } from './query-term.js';

/** BM25 parameters (MiniSearch's defaults). */
export const K1 = 1.2;
export const B = 0.7;

/**
 * Term frequencies are stored in tenths (field weights are multiples of 0.1: see FIELD_WEIGHTS), which keeps a
 * posting's weight in two bytes; norms are scaled alike, so BM25 needs no division by ten.
 */
export const TF_SCALE = 10;

/** A field-weighted term frequency as stored: whole tenths, at least one, at most what two bytes hold. */
export function storedTf(tf: number): number {
  return Math.min(0xffff, Math.max(1, Math.round(tf * TF_SCALE)));
}

/** Per document, in tenths like the stored frequencies: TF_SCALE · K1 · (1 − B + B · length / average length). */
export function lengthNorms(lengths: Float32Array): Float32Array {
  const n = lengths.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += lengths[i]!;
  const avg = n ? total / n : 1;
  const norms = new Float32Array(n);
  for (let i = 0; i < n; i++) norms[i] = TF_SCALE * K1 * (1 - B + (B * lengths[i]!) / avg);
  return norms;
}

/** BM25's inverse document frequency for a term found in `df` of `n` documents. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A posting's contribution from its stored frequency (tenths) and its document's norm (tenths): the one formula
 * both search strategies use, so that their scores are identical.
 */
export function contribution(weightedIdf: number, tf: number, norm: number): number {
  return (weightedIdf * tf * (K1 + 1)) / (tf + norm);
}

/** One query term in the index: its postings range and its idf times its weight. */
export interface TermRange {
  id: number;
  start: number;
  end: number;
  idf: number;
}

/** One concept of the query: its bit, its terms, and its position in the order scores are summed. */
export interface Group {
  bit: number;
  order: number;
  terms: TermRange[];
}

/**
 * The query's concepts in the order of their first term (scores are summed in this order), each with the
 * terms the index has; concepts without any are left out.
 */
export function groupsOf(query: QueryTerm[], termIds: ReadonlyMap<string, number>, offsets: Uint32Array, docCount: number): Group[] {
  const groups: Group[] = [];
  const byBit = new Map<number, Group>();
  for (const q of query) {
    let group = byBit.get(q.bit);
    if (!group) byBit.set(q.bit, (group = { bit: q.bit, order: -1, terms: [] }));
    if (group.order < 0) {
      group.order = groups.length;
      groups.push(group);
    }
    const id = termIds.get(q.term);
    if (id === undefined) continue;
    const start = offsets[id]!;
    const end = offsets[id + 1]!;
    group.terms.push({ id, start, end, idf: idf(end - start, docCount) * q.weight });
  }
  const kept = groups.filter(g => g.terms.length > 0);
  kept.forEach((g, i) => (g.order = i));
  return kept;
}
