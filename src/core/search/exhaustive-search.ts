// The reference search: every posting of every query term scored, term after term (term-at-a-time). Slow on
// common terms, but obviously right; the pruned search must return exactly what this one does.
import { contribution, type Group } from './bm25.js';
import { TopHits, type Hit } from './top-hits.js';

/**
 * Per-document scratch buffers, reused by every search of one index. The lists of documents touched are typed
 * arrays too: pushing tens of thousands of numbers onto a plain array cost 40 times more (measured).
 */
export interface Scratch {
  scores: Float64Array;
  best: Float64Array;
  masks: Uint32Array;
  local: Uint32Array;
  touched: Uint32Array;
}

export function scratchFor(docCount: number): Scratch {
  return { scores: new Float64Array(docCount), best: new Float64Array(docCount), masks: new Uint32Array(docCount),
    local: new Uint32Array(docCount), touched: new Uint32Array(docCount) };
}

/**
 * Adds one concept to the accumulators: its terms give a document their best contribution, which is added to
 * the document's score and sets the concept's bit. Documents seen for the first time are appended to
 * `scratch.touched`; returns the new count of touched documents.
 */
export function accumulate(group: Group, docs: Uint32Array, weights: Uint16Array, norms: Float32Array, scratch: Scratch,
  touchedCount: number): number {
  const { scores, best, masks, local, touched } = scratch;
  let localCount = 0;
  for (const t of group.terms) {
    for (let p = t.start; p < t.end; p++) {
      const d = docs[p]!;
      const c = contribution(t.idf, weights[p]!, norms[d]!);
      if (best[d] === 0) local[localCount++] = d;
      if (c > best[d]!) best[d] = c;
    }
  }
  for (let i = 0; i < localCount; i++) {
    const d = local[i]!;
    if (masks[d] === 0) touched[touchedCount++] = d;
    scores[d] = scores[d]! + best[d]!;
    masks[d] = masks[d]! | group.bit;
    best[d] = 0;
  }
  return touchedCount;
}

/**
 * Every concept accumulated in its order, then the k best allowed documents, ties broken by the lower
 * document id.
 */
export function exhaustiveSearch(groups: Group[], docs: Uint32Array, weights: Uint16Array, norms: Float32Array,
  scratch: Scratch, allowed: Uint8Array | null, limit: number, stats?: { scored: number }): Hit[] {
  const { scores, masks, touched } = scratch;
  let touchedCount = 0;
  for (const group of groups) touchedCount = accumulate(group, docs, weights, norms, scratch, touchedCount);
  if (stats) stats.scored += touchedCount;
  const top = new TopHits(limit);
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i]!;
    const score = scores[d]!;
    const mask = masks[d]!;
    scores[d] = 0;
    masks[d] = 0;
    if (allowed && allowed[d] !== 1) continue;
    top.offer(d, score, mask);
  }
  return top.sorted();
}
