// Block bounds of a term's postings: for every 64 postings, the last document and the largest BM25 factor
// (K1 + 1) · tf / (tf + norm) among them (tf and norm both in tenths). Multiplied by the term's idf, that is the most any document of the
// block can get from the term: what lets the pruned search skip whole blocks.
import { K1 } from './bm25.js';

export const BLOCK = 64;

export interface TermBlocks {
  /** The last document of each block. */
  last: Uint32Array;
  /** The largest (K1 + 1) · tf / (tf + norm) of each block. */
  max: Float64Array;
  /** The largest of all blocks: the term's bound over its whole list. */
  top: number;
}

export function termBlocks(start: number, end: number, docs: Uint32Array, weights: Uint16Array, norms: Float32Array): TermBlocks {
  const count = Math.ceil((end - start) / BLOCK);
  const last = new Uint32Array(count);
  const max = new Float64Array(count);
  let top = 0;
  for (let b = 0; b < count; b++) {
    const from = start + b * BLOCK;
    const to = Math.min(end, from + BLOCK);
    let m = 0;
    for (let p = from; p < to; p++) {
      const tf = weights[p]!;
      const v = (tf * (K1 + 1)) / (tf + norms[docs[p]!]!);
      if (v > m) m = v;
    }
    last[b] = docs[to - 1]!;
    max[b] = m;
    if (m > top) top = m;
  }
  return { last, max, top };
}
