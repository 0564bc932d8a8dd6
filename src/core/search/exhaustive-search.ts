// The exhaustive search: every posting of every query term scored. It is the reference the pruned search must
// equal, and the plain pass the index takes when pruning would skip too little to pay for itself. It walks the
// documents in windows of WINDOW: per window, each concept's best contribution per document (term at a time),
// then each touched document's score, summed concept by concept in the query's order.
import { contribution, type Group } from './bm25.js';
import { TopHits, type Hit } from './top-hits.js';
import { WINDOW, type WindowScratch } from './window-scratch.js';

/**
 * The k best allowed documents, ties broken by the lower document id (1 to MAX_CONCEPTS concepts, k ≥ 1: the
 * index checks). Per document the same additions in the same order as the accumulators over the whole corpus
 * that came before, which were slower (search p95 at 100k paragraphs 1.6 times, at 1M 5 times: read and written
 * at random, arrays of the corpus's size miss the cache).
 */
export function exhaustiveSearch(groups: Group[], docs: Uint32Array, weights: Uint16Array, norms: Float32Array,
  scratch: WindowScratch, allowed: Uint8Array | null, limit: number, stats?: { scored: number }): Hit[] {
  const n = groups.length;
  const { scores, masks, list } = scratch;
  const terms = groups.flatMap(g => g.terms);
  const groupOf = Uint8Array.from(groups.flatMap((g, i) => g.terms.map(() => i)));
  const pos = Uint32Array.from(terms, t => t.start);
  const top = new TopHits(limit);
  let bar = -Infinity;
  for (;;) {
    // The next window that holds a posting (rare terms leave most windows empty).
    let next = Infinity;
    for (let i = 0; i < terms.length; i++) if (pos[i]! < terms[i]!.end && docs[pos[i]!]! < next) next = docs[pos[i]!]!;
    if (next === Infinity) break;
    const base = next - (next % WINDOW);
    const end = base + WINDOW;
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      const { idf, end: last } = terms[i]!;
      const group = groupOf[i]!;
      const bit = 1 << group;
      const run = group * WINDOW;
      let p = pos[i]!;
      for (; p < last; p++) {
        const d = docs[p]!;
        if (d >= end) break;
        const o = d - base;
        const s = contribution(idf, weights[p]!, norms[d]!);
        const had = masks[o]!;
        if ((had & bit) === 0) {
          if (had === 0) list[count++] = o;
          masks[o] = had | bit;
          scores[run + o] = s;
        } else if (s > scores[run + o]!) scores[run + o] = s;
      }
      pos[i] = p;
    }
    if (stats) stats.scored += count;
    for (let i = 0; i < count; i++) {
      const o = list[i]!;
      const had = masks[o]!;
      masks[o] = 0;
      // Concepts in the query's order, as the pruned search sums them too.
      let score = 0;
      let mask = 0;
      for (let g = 0; g < n; g++) {
        if ((had & (1 << g)) === 0) continue;
        score += scores[g * WINDOW + o]!;
        mask |= groups[g]!.bit;
      }
      const d = base + o;
      // Below the bar a document cannot enter (at the bar, the lower id wins: TopHits decides).
      if (score < bar || (allowed && allowed[d] !== 1)) continue;
      top.offer(d, score, mask);
      if (top.full) bar = top.threshold;
    }
  }
  return top.sorted();
}
