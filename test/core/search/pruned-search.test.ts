import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contribution, groupsOf, lengthNorms } from '../../../src/core/search/bm25.js';
import { IndexBuilder, InvertedIndex, type QueryTerm } from '../../../src/core/search/inverted-index.js';
import type { Hit } from '../../../src/core/search/top-hits.js';

/**
 * A random corpus: documents as (term, weight) lists over a small vocabulary, so that terms repeat, scores tie
 * and common terms span several blocks of postings.
 */
const corpus = fc.record({
  vocabulary: fc.integer({ min: 1, max: 24 }),
  docs: fc.array(fc.array(fc.record({ term: fc.nat(23), weight: fc.constantFrom(0.4, 0.5, 0.6, 1, 1.6, 2) }), { minLength: 1, maxLength: 12 }),
    { minLength: 1, maxLength: 700, size: 'max' }),
});

/**
 * A bursty corpus: a few terms in long runs of documents, mostly once, now and then many times in a short
 * document, so that the blocks of one term have very different bounds.
 */
const bursty = fc.record({
  vocabulary: fc.integer({ min: 1, max: 5 }),
  docs: fc.array(fc.oneof(
    { weight: 9, arbitrary: fc.array(fc.record({ term: fc.nat(4), weight: fc.constant(1) }), { minLength: 4, maxLength: 16 }) },
    { weight: 1, arbitrary: fc.array(fc.record({ term: fc.nat(4), weight: fc.constantFrom(4, 8) }), { minLength: 1, maxLength: 2 }) },
  ), { minLength: 100, maxLength: 600, size: 'max' }),
});

/** A random query: concepts of one to four terms (some unknown to the index), weights as the query builder gives them. */
const query = fc.array(fc.array(fc.record({ term: fc.nat(27), weight: fc.constantFrom(1, 0.9, 0.8, 0.7, 0.5, 0.45, 0.3) }),
  { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 7 });

function build({ vocabulary, docs }: { vocabulary: number; docs: { term: number; weight: number }[][] }): InvertedIndex {
  const b = new IndexBuilder();
  for (let t = 0; t < vocabulary; t++) b.termId(`t${t}`);
  for (const doc of docs) {
    const merged = new Map<number, number>();
    for (const { term, weight } of doc) {
      const id = b.termId(`t${term % vocabulary}`);
      merged.set(id, (merged.get(id) ?? 0) + weight);
    }
    const ids = Uint32Array.from(merged.keys());
    const weights = Float32Array.from(merged.values());
    b.addDoc(ids, weights, ids.length, weights.reduce((a, w) => a + w, 0));
  }
  return new InvertedIndex(b.finish());
}

function toTerms(concepts: { term: number; weight: number }[][]): QueryTerm[] {
  return concepts.flatMap((terms, i) => terms.map(t => ({ term: `t${t.term}`, bit: 1 << i, weight: t.weight })));
}

/**
 * The definition, document by document: per concept the best contribution of its terms, summed in the query's
 * order; the best `limit` allowed documents, ties by the lower id.
 */
function naive(index: InvertedIndex, query: QueryTerm[], limit: number, allowed: Uint8Array | null): Hit[] {
  const { offsets, docs, weights, lengths } = index.arrays;
  const norms = lengthNorms(lengths);
  const groups = groupsOf(query, index.termIds, offsets, index.docCount);
  const hits: Hit[] = [];
  for (let d = 0; d < index.docCount; d++) {
    if (allowed && allowed[d] !== 1) continue;
    let score = 0;
    let mask = 0;
    for (const g of groups) {
      let best = 0;
      for (const t of g.terms) {
        for (let p = t.start; p < t.end; p++) if (docs[p] === d) best = Math.max(best, contribution(t.idf, weights[p]!, norms[d]!));
      }
      if (best > 0) {
        score += best;
        mask |= g.bit;
      }
    }
    if (mask !== 0) hits.push({ doc: d, score, mask });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
}

const options = fc.tuple(fc.oneof(corpus, bursty), query, fc.integer({ min: 1, max: 60 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true })))
  .map(([c, q, limit, share]) => {
    const index = build(c);
    const allowed = share === null ? null : Uint8Array.from({ length: index.docCount }, (_, d) => ((d * 7919) % 100) / 100 < share ? 1 : 0);
    return { index, terms: toTerms(q), limit, allowed };
  });

describe('the exhaustive search', () => {
  it('returns what the definition gives, document by document', () => {
    fc.assert(fc.property(options, ({ index, terms, limit, allowed }) => {
      expect(index.search(terms, { limit, allowed, exhaustive: true })).toEqual(naive(index, terms, limit, allowed));
    }), { numRuns: 150 });
  }, 30_000);

  it('walks documents beyond one window, and concepts in the query order', () => {
    const docs = Array.from({ length: 9_000 }, (_, d) => (d % 3 === 0 ? [{ term: 0, weight: 1 }, { term: 2, weight: 1 }]
      : d % 3 === 1 ? [{ term: 1, weight: 1 + (d % 5) }] : [{ term: 0, weight: 2 }, { term: 1, weight: 1 }, { term: 3, weight: 1 }]));
    const index = build({ vocabulary: 4, docs });
    const terms = toTerms([[{ term: 3, weight: 1 }], [{ term: 0, weight: 1 }, { term: 2, weight: 0.8 }], [{ term: 1, weight: 0.5 }]]);
    expect(index.search(terms, { limit: 50, exhaustive: true })).toEqual(naive(index, terms, 50, null));
  });
});

describe('the pruned search (MaxScore)', () => {
  it('returns exactly what the exhaustive search returns: same documents, scores, masks and order', () => {
    fc.assert(fc.property(options, ({ index, terms, limit, allowed }) => {
      const exhaustive = index.search(terms, { limit, allowed, exhaustive: true });
      expect(index.search(terms, { limit, allowed, alwaysPrune: true })).toEqual(exhaustive);
      // And as searched by default: pruned, or the plain pass where pruning would not pay.
      expect(index.search(terms, { limit, allowed })).toEqual(exhaustive);
    }), { numRuns: 300 });
  }, 30_000);

  it('takes the plain pass where nearly every posting would have to be walked anyway', () => {
    // Two terms in every document, weights spread: under any bar both must be walked, so pruning cannot pay.
    const docs = Array.from({ length: 3_000 }, (_, d) => [{ term: 0, weight: 1 + (d % 7) }, { term: 1, weight: 1 + (d % 11) }]);
    const index = build({ vocabulary: 2, docs });
    const terms = toTerms([[{ term: 0, weight: 1 }], [{ term: 1, weight: 1 }]]);
    const chosen = { scored: 0 };
    const pruned = { scored: 0 };
    expect(index.search(terms, { limit: 5, stats: chosen })).toEqual(index.search(terms, { limit: 5, alwaysPrune: true, stats: pruned }));
    // The plain pass scores every document once; pruning scores fewer, at a higher cost each. No first bar was
    // scored: even the highest bar possible would leave the stronger term to walk, so the choice needs none.
    expect(chosen.scored).toBe(3_000);
    expect(pruned.scored).toBeLessThan(3_000);
  });

  it('counts the walk of the strongest term that the seeds need: where it tips the balance, no seed is scored', () => {
    // The rarer term (in every third document) alone would be walked under the highest bar possible: 25 % of the
    // postings, below the 30 % that make the plain pass worth it; its walk for the seeds tips it.
    const third = Array.from({ length: 3_000 }, (_, d) => [...(d % 3 === 0 ? [{ term: 0, weight: 2 }] : []), { term: 1, weight: 1 + (d % 5) }]);
    // In every seventh document (12.5 %) it does not: pruning scores a few documents instead of all.
    const seventh = Array.from({ length: 3_000 }, (_, d) => [...(d % 7 === 0 ? [{ term: 0, weight: 2 }] : []), { term: 1, weight: 1 + (d % 5) }]);
    const terms = toTerms([[{ term: 0, weight: 1 }], [{ term: 1, weight: 1 }]]);
    const scored = (docs: typeof third) => {
      const index = build({ vocabulary: 2, docs });
      const chosen = { scored: 0 };
      expect(index.search(terms, { limit: 5, stats: chosen })).toEqual(index.search(terms, { limit: 5, exhaustive: true }));
      return chosen.scored;
    };
    expect(scored(third)).toBe(3_000);
    expect(scored(seventh)).toBeLessThan(200);
  });

  it('takes the plain pass without a first bar when the strongest term has fewer documents than asked for', () => {
    // A rare term in 3 documents beside a term in every third: 5 best asked, the rare term's documents give no bar.
    const docs = Array.from({ length: 900 }, (_, d) => [...(d % 300 === 7 ? [{ term: 0, weight: 2 }] : []), ...(d % 3 === 0 ? [{ term: 1, weight: 1 + (d % 5) }] : [])]);
    const index = build({ vocabulary: 2, docs });
    const terms = toTerms([[{ term: 0, weight: 1 }], [{ term: 1, weight: 1 }]]);
    const chosen = { scored: 0 };
    expect(index.search(terms, { limit: 5, stats: chosen })).toEqual(index.search(terms, { limit: 5, exhaustive: true }));
    // Every document holding a term, once: 300 with the common term, 3 with the rare one.
    expect(chosen.scored).toBe(303);
  });

  it('breaks ties by the lower document id', () => {
    const index = build({ vocabulary: 2, docs: [[{ term: 1, weight: 1 }], [{ term: 0, weight: 1 }], [{ term: 0, weight: 1 }], [{ term: 0, weight: 1 }]] });
    const hits = index.search([{ term: 't0', bit: 1, weight: 1 }], { limit: 2 });
    expect(hits.map(h => h.doc)).toEqual([1, 2]);
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });

  it('does not score documents that cannot reach the top k once the k-th score is beyond their bound', () => {
    // A rare term in the first document beside a term in every document: after it, the common term alone
    // cannot reach the top 1, so no other document is scored.
    const docs = Array.from({ length: 10_000 }, (_, d) => (d === 0 ? [{ term: 0, weight: 1 }, { term: 1, weight: 1 }] : [{ term: 0, weight: 1 }]));
    const index = build({ vocabulary: 2, docs });
    const terms = [{ term: 't0', bit: 1, weight: 1 }, { term: 't1', bit: 2, weight: 1 }];
    const pruned = { scored: 0 };
    const exhaustive = { scored: 0 };
    expect(index.search(terms, { limit: 1, stats: pruned })).toEqual(index.search(terms, { limit: 1, exhaustive: true, stats: exhaustive }));
    expect(index.search(terms, { limit: 1 })[0]).toMatchObject({ doc: 0, mask: 3 });
    expect(exhaustive.scored).toBe(10_000);
    expect(pruned.scored).toBe(1);
  });

  it('bounds a term over every block of it a window spans, not only the first', () => {
    // `b` (in two documents, one short) ends the windows once `a` is no longer essential; `a` is common and
    // once, in document 700 five blocks on, many times in a short document: that document is the second best.
    const b = new IndexBuilder();
    const [A, B, C] = ['a', 'b', 'c'].map(t => b.termId(t)) as [number, number, number];
    for (let d = 0; d < 2000; d++) {
      const terms: [number, number][] = d % 2 ? [[C, 20]] : d === 700 ? [[A, 8]] : d === 0 ? [[A, 1], [B, 1]]
        : d === 1000 ? [[A, 1], [B, 1], [C, 198]] : d === 2 || d === 4 ? [[A, 2], [C, 18]] : [[A, 1], [C, 19]];
      b.addDoc(Uint32Array.from(terms, t => t[0]), Float32Array.from(terms, t => t[1]), terms.length, terms.reduce((n, t) => n + t[1], 0));
    }
    const index = new InvertedIndex(b.finish());
    const query = [{ term: 'a', bit: 1, weight: 0.9 }, { term: 'b', bit: 2, weight: 0.1 }];
    expect(index.search(query, { limit: 2, exhaustive: true }).map(h => h.doc)).toEqual([0, 700]);
    expect(index.search(query, { limit: 2 })).toEqual(index.search(query, { limit: 2, exhaustive: true }));
  });

  it('returns nothing for terms the index lacks and for a limit of 0', () => {
    const index = build({ vocabulary: 1, docs: [[{ term: 0, weight: 1 }]] });
    expect(index.search([{ term: 'fehlt', bit: 1, weight: 1 }], { limit: 3 })).toEqual([]);
    expect(index.search([{ term: 't0', bit: 1, weight: 1 }], { limit: 0 })).toEqual([]);
  });
});
