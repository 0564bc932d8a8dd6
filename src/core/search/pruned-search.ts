// Block-max MaxScore (Turtle & Flood 1995; Ding & Suel 2011), walked in windows as Lucene's MaxScore scorer does.
// The postings of every term come in blocks of 64 with the largest BM25 factor each block can give. A window
// ends where a block of an essential term ends (at most WINDOW documents); a term's bound there is the best of
// its blocks that overlap it. Terms are sorted by that bound, and those whose bounds together (a concept counted
// once, by its best term) cannot beat the k-th score so far are non-essential. In each window the essential
// terms are accumulated term at a time; each document they hold is then completed by looking up the other terms
// (galloping through their postings) only while it can still enter the top k. A window without an essential
// term is skipped whole, and a first bar comes from the best documents of the strongest term. Where pruning would
// still walk much (judged before that bar and again under it), the plain (exhaustive) pass is taken instead: it
// costs less per posting than walking with lookups. Returns exactly what the exhaustive search returns: the same
// documents, scores and masks.
import { contribution, type Group, type TermRange } from './bm25.js';
import type { TermBlocks } from './term-blocks.js';
import { TopHits, type Hit } from './top-hits.js';
import { WINDOW, type WindowScratch } from './window-scratch.js';

/** Slack on every bound comparison, so that rounding in a different order of additions never prunes a winner. */
const SLACK = 1 + 1e-9;

/** The first position in docs[pos, end) whose document is at least the target (exponential, then binary search). */
function gallop(docs: Uint32Array, pos: number, end: number, target: number): number {
  if (pos >= end || docs[pos]! >= target) return pos;
  let lo = pos;
  let step = 1;
  let hi = pos + 1;
  while (hi < end && docs[hi]! < target) {
    lo = hi;
    step *= 2;
    hi = pos + step;
  }
  if (hi > end) hi = end;
  // docs[lo] < target; the answer lies in (lo, hi].
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The term with the highest weighted idf (the first of equals). */
function strongest(cursors: Cursor[]): Cursor {
  let best = cursors[0]!;
  for (const c of cursors) if (c.term.idf > best.term.idf) best = c;
  return best;
}

/**
 * The (at most k) allowed documents where the term with the highest weighted idf contributes most, in id order.
 */
function seedDocs(cursors: Cursor[], docs: Uint32Array, weights: Uint16Array, norms: Float32Array, allowed: Uint8Array | null,
  k: number): Uint32Array {
  const { start, end, idf } = strongest(cursors).term;
  const top = new TopHits(k);
  let bar = -Infinity;
  for (let p = start; p < end; p++) {
    const d = docs[p]!;
    if (allowed && allowed[d] !== 1) continue;
    const s = contribution(idf, weights[p]!, norms[d]!);
    // Below the bar a posting cannot enter (at the bar, TopHits decides by id).
    if (s < bar) continue;
    top.offer(d, s, 0);
    if (top.full) bar = top.threshold;
  }
  return Uint32Array.from(top.sorted(), h => h.doc).sort();
}

/** A term's place in its postings (pos) and in its blocks (block: the first whose last document is not passed). */
interface Cursor {
  term: TermRange;
  /** The concept the term belongs to. */
  group: number;
  blocks: TermBlocks;
  pos: number;
  block: number;
  /** The most the term can add within the current window. */
  bound: number;
  /** Whether the term was essential in the window before: only those end a window. */
  essential: boolean;
}

/**
 * Pruning pays only where it can skip enough: when, under the first bar and with every term bounded over its
 * whole list, the terms that must be walked hold at least this share of the query's postings, the plain pass
 * is taken. Measured on the bench's 240 questions in one process, search p95 / p99 (ms): at 100k paragraphs
 * always pruning 0.63 / 0.98, always the plain pass 0.48 / 0.66, this rule 0.51 / 0.68; at 1M 4.99 / 6.78,
 * 5.65 / 6.62 and 4.46 / 6.32 (0.5: 0.53 / 0.87 and 4.23 / 6.39; 0.7: 0.57 / 0.91 and 4.93 / 6.72).
 */
const PLAIN_SHARE = 0.3;
// Before the seeds, a walked posting counts 1 / PLAIN_SHARE plain ones and a posting the seeds walk counts one
// (they read it as the plain pass does). Counting the seeds' walk so, against not counting it, search in one
// process, modes rotated, p95 / mean (ms): at 100k 0.451 / 0.133 → 0.429 / 0.125 and 0.451 / 0.135 → 0.437 / 0.132,
// at 1M 3.20 / 0.881 → 3.12 / 0.876. Counting it about seven times as much (tried) gained a little more on the
// bench's questions but took the plain pass where pruning scores 86 of 3,000 documents (see the tests): not kept.

/** Every term bounded over its whole list: the terms by bound, their postings, and the most any document can score. */
interface WholeBounds {
  byBound: { group: number; bound: number; postings: number }[];
  postings: number;
  /** Each concept's best bound, added up. */
  top: number;
}

function wholeBounds(cursors: Cursor[], concepts: number): WholeBounds {
  const byBound = cursors.map(c => ({ group: c.group, bound: c.term.idf * c.blocks.top, postings: c.term.end - c.term.start }))
    .sort((a, b) => a.bound - b.bound);
  const groupBest = new Float64Array(concepts);
  let postings = 0;
  for (const t of byBound) {
    groupBest[t.group] = Math.max(groupBest[t.group]!, t.bound);
    postings += t.postings;
  }
  let top = 0;
  for (let g = 0; g < concepts; g++) top += groupBest[g]!;
  return { byBound, postings, top };
}

/** The share of the postings MaxScore would walk under the bar, each term bounded over its whole list. */
function walkedShare({ byBound, postings }: WholeBounds, bar: number, concepts: number): number {
  const groupBest = new Float64Array(concepts);
  let sum = 0;
  let walked = 0;
  for (const t of byBound) {
    if (t.bound > groupBest[t.group]!) {
      sum += t.bound - groupBest[t.group]!;
      groupBest[t.group] = t.bound;
    }
    if (sum * SLACK > bar) walked += t.postings;
  }
  return postings === 0 ? 0 : walked / postings;
}

/**
 * The k best allowed documents by the same scores as the exhaustive search. `blocksOf` gives a term's block
 * bounds (per unit of idf). Terms are essential or not one by one; bounds count a concept once, by its best term.
 * `plain` is the exhaustive pass, taken instead when pruning would not pay (null: prune regardless). 1 to
 * MAX_CONCEPTS concepts, k ≥ 1: the index checks.
 */
export function prunedSearch(groups: Group[], blocksOf: (term: TermRange) => TermBlocks, docs: Uint32Array, weights: Uint16Array,
  norms: Float32Array, scratch: WindowScratch, allowed: Uint8Array | null, limit: number, plain: (() => Hit[]) | null,
  stats?: { scored: number }): Hit[] {
  const n = groups.length;
  const cursors: Cursor[] = groups.flatMap((g, group) =>
    g.terms.map(term => ({ term, group, blocks: blocksOf(term), pos: term.start, block: 0, bound: 0, essential: true })));
  const m = cursors.length;
  const top = new TopHits(limit);
  let threshold = -Infinity;
  // prefix[i]: the most the terms 0 … i (in bound order) can add together, each concept counted by its best term.
  const prefix = new Float64Array(m);
  const groupBest = new Float64Array(n);
  const contributions = new Float64Array(n);
  const present = new Uint8Array(n);
  const { scores: windowScores, masks: windowMasks, touched } = scratch;

  /** Moves the cursor to d; if it holds d, the concept's contribution there rises to the term's when higher. */
  const take = (c: Cursor, d: number): number => {
    c.pos = gallop(docs, c.pos, c.term.end, d);
    if (c.pos >= c.term.end || docs[c.pos] !== d) return 0;
    const s = contribution(c.term.idf, weights[c.pos]!, norms[d]!);
    const g = c.group;
    if (!present[g]) {
      present[g] = 1;
      contributions[g] = s;
      return s;
    }
    if (s <= contributions[g]!) return 0;
    const gain = s - contributions[g]!;
    contributions[g] = s;
    return gain;
  };

  /** Offers d with the contributions taken, summed in the concepts' own order like the exhaustive search. */
  const offer = (d: number): void => {
    if (stats) stats.scored++;
    let score = 0;
    let mask = 0;
    for (let g = 0; g < n; g++) {
      if (!present[g]) continue;
      score += contributions[g]!;
      mask |= groups[g]!.bit;
    }
    // Below the bar a document cannot enter (at the bar, the lower id wins: TopHits decides).
    if (score < threshold) return;
    top.offer(d, score, mask);
    if (top.full) threshold = top.threshold;
  };

  // The plain pass is taken without seeds where pruning cannot pay: when the strongest term has fewer than k
  // documents (the seeds give no bar), or when the least pruning could walk, under the highest bar possible
  // (what every concept's best term adds together), costs with the seeds' own walk as much as the plain pass.
  const whole = plain ? wholeBounds(cursors, n) : null;
  if (plain && whole) {
    const { start, end } = strongest(cursors).term;
    const least = walkedShare(whole, whole.top / SLACK, n);
    if (end - start < limit || least / PLAIN_SHARE + (end - start) / whole.postings >= 1) return plain();
  }
  // A first threshold from the documents where the strongest term scores best: they are scored exactly and
  // enter the top k first, so that the walk below starts with a bar instead of admitting the first k it meets.
  const seeds = seedDocs(cursors, docs, weights, norms, allowed, limit);
  for (const d of seeds) {
    present.fill(0);
    for (const c of cursors) take(c, d);
    offer(d);
  }
  for (const c of cursors) c.pos = c.term.start;
  if (plain && whole && walkedShare(whole, threshold, n) >= PLAIN_SHARE) return plain();
  let nextSeed = 0;

  let target = 0;
  for (;;) {
    // The window: from the target to the nearest block end of an essential term of the window before (at most
    // WINDOW documents); each term's bound is the best of its blocks that overlap the window.
    let windowEnd = Infinity;
    let nearest = Infinity;
    for (const c of cursors) {
      const { last } = c.blocks;
      while (c.block < last.length && last[c.block]! < target) c.block++;
      if (c.block === last.length) continue;
      if (last[c.block]! < nearest) nearest = last[c.block]!;
      if (c.essential && last[c.block]! < windowEnd) windowEnd = last[c.block]!;
    }
    if (nearest === Infinity) break;
    if (windowEnd === Infinity) windowEnd = nearest;
    windowEnd = Math.min(windowEnd, target + WINDOW - 1);
    for (const c of cursors) {
      const { last, max } = c.blocks;
      let best = 0;
      for (let b = c.block; b < last.length && (b === c.block || last[b - 1]! < windowEnd); b++) if (max[b]! > best) best = max[b]!;
      c.bound = c.term.idf * best;
    }
    // Insertion sort: a handful of terms, mostly in order from the window before.
    for (let i = 1; i < m; i++) {
      const c = cursors[i]!;
      let j = i - 1;
      while (j >= 0 && cursors[j]!.bound > c.bound) {
        cursors[j + 1] = cursors[j]!;
        j--;
      }
      cursors[j + 1] = c;
    }
    groupBest.fill(0);
    let sum = 0;
    for (let i = 0; i < m; i++) {
      const c = cursors[i]!;
      if (c.bound > groupBest[c.group]!) {
        sum += c.bound - groupBest[c.group]!;
        groupBest[c.group] = c.bound;
      }
      prefix[i] = sum;
    }
    let essential = 0;
    while (essential < m && prefix[essential]! * SLACK <= threshold) essential++;
    for (let i = 0; i < m; i++) cursors[i]!.essential = i >= essential;
    // Every term essential: nothing can be skipped here, and on a longer window the bounds only grow, so the
    // window may as well be long (ending at block boundaries would cost more in bounds than in scoring).
    if (essential === 0) windowEnd = target + WINDOW - 1;
    if (essential < m) {
      // The essential terms, term at a time over the window: each concept's best contribution per document.
      for (let i = essential; i < m; i++) {
        const c = cursors[i]!;
        const { end, idf } = c.term;
        const bit = 1 << c.group;
        let p = gallop(docs, c.pos, end, target);
        for (; p < end; p++) {
          const d = docs[p]!;
          if (d > windowEnd) break;
          const o = d - target;
          const s = contribution(idf, weights[p]!, norms[d]!);
          const k = c.group * WINDOW + o;
          const had = windowMasks[o]!;
          if (had === 0) touched[o >>> 5] = touched[o >>> 5]! | (1 << (o & 31));
          if ((had & bit) === 0) {
            windowMasks[o] = had | bit;
            windowScores[k] = s;
          } else if (s > windowScores[k]!) windowScores[k] = s;
        }
        c.pos = p;
      }
      // Then document by document, in id order: the other terms looked up while the document can still make it.
      const words = ((windowEnd - target) >>> 5) + 1;
      for (let w = 0; w < words; w++) {
        let bits = touched[w]!;
        touched[w] = 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const o = (w << 5) + 31 - Math.clz32(low);
          const d = target + o;
          const had = windowMasks[o]!;
          windowMasks[o] = 0;
          if (allowed && allowed[d] !== 1) continue;
          while (nextSeed < seeds.length && seeds[nextSeed]! < d) nextSeed++;
          if (seeds[nextSeed] === d) continue;
          let partial = 0;
          for (let g = 0; g < n; g++) {
            if ((had & (1 << g)) === 0) {
              present[g] = 0;
              continue;
            }
            present[g] = 1;
            contributions[g] = windowScores[g * WINDOW + o]!;
            partial += contributions[g]!;
          }
          let hopeless = false;
          for (let i = essential - 1; i >= 0; i--) {
            if ((partial + prefix[i]!) * SLACK <= threshold) {
              hopeless = true;
              break;
            }
            partial += take(cursors[i]!, d);
          }
          if (!hopeless) offer(d);
        }
      }
    }
    target = windowEnd + 1;
  }
  return top.sorted();
}
