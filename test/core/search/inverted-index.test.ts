import { describe, expect, it } from 'vitest';
import { IndexBuilder, InvertedIndex } from '../../../src/core/search/inverted-index.js';
import { B, K1 } from '../../../src/core/search/bm25.js';

/** An index over documents given as term lists (every term weight 1). */
function indexOf(docs: string[][]): InvertedIndex {
  const b = new IndexBuilder();
  for (const terms of docs) {
    const ids = new Uint32Array(terms.map(t => b.termId(t)));
    b.addDoc(ids, new Float32Array(ids.length).fill(1), ids.length, ids.length);
  }
  return new InvertedIndex(b.finish());
}

describe('the inverted index', () => {
  const index = indexOf([
    ['vpn-zugang', 'vpn', 'zugang', 'stadt'],
    ['zugang', 'stadt', 'server'],
    ['netz', 'stadt', 'strassenbeleuchtungssystem'],
    ['beleuchtungssystem', 'stadt'],
  ]);

  it('scores the terms of one concept by their best match, not their sum', () => {
    const one = index.search([{ term: 'vpn-zugang', bit: 1, weight: 1 }], { limit: 5 });
    const all = index.search(['vpn-zugang', 'vpn', 'zugang'].map(term => ({ term, bit: 1, weight: 1 })), { limit: 5 });
    expect(all[0]!.doc).toBe(0);
    expect(all[0]!.score).toBeCloseTo(Math.max(...['vpn-zugang', 'vpn', 'zugang'].map(term =>
      index.search([{ term, bit: 1, weight: 1 }], { limit: 5 }).find(h => h.doc === 0)!.score)));
    expect(all[0]!.score).toBeCloseTo(one[0]!.score);
  });

  it('adds up different concepts and records which ones a document matched', () => {
    const hits = index.search([{ term: 'zugang', bit: 1, weight: 1 }, { term: 'server', bit: 2, weight: 1 }], { limit: 5 });
    expect(hits[0]).toMatchObject({ doc: 1, mask: 3 });
    expect(hits.find(h => h.doc === 0)?.mask).toBe(1);
  });

  it('weighs a term by how surely it stands for its concept', () => {
    const sure = index.search([{ term: 'server', bit: 1, weight: 1 }], { limit: 1 })[0]!.score;
    const half = index.search([{ term: 'server', bit: 1, weight: 0.5 }], { limit: 1 })[0]!.score;
    expect(half).toBeCloseTo(sure / 2);
  });

  it('finds closed compounds by their head, not the head itself or hyphenated terms', () => {
    expect(index.endingWith('beleuchtungssystem')).toEqual(['strassenbeleuchtungssystem']);
    expect(index.endingWith('zugang')).toEqual([]);
    expect(index.endingWith('unbekannt')).toEqual([]);
  });

  it('finds the same compounds with the ending order a cache brings, and builds it where the cache has none or a wrong one', () => {
    const words = ['datenschutzbeauftragter', 'beauftragter', 'klimabeauftragter', 'tierschutzbeauftragter', 'auftrag', 'beauftragte'];
    const built = indexOf([words, ['stadt', 'klimabeauftragter']]);
    const order = built.endingOrder();
    expect([...order].map(id => [...built.arrays.terms[id]!].reverse().join(''))).toEqual(
      [...built.arrays.terms].map(t => [...t].reverse().join('')).sort());
    const fromCache = new InvertedIndex({ ...built.arrays, byEnding: order });
    expect(fromCache.endingOrder()).toBe(order);
    const stale = new InvertedIndex({ ...built.arrays, byEnding: order.subarray(1) });
    expect(stale.endingOrder()).not.toBe(order);
    const beyond = Uint32Array.from(order, id => (id === 0 ? order.length : id));
    const wrong = new InvertedIndex({ ...built.arrays, byEnding: beyond });
    expect(wrong.endingOrder()).not.toBe(beyond);
    for (const index of [built, fromCache, stale, wrong]) {
      expect(index.endingWith('beauftragter')).toEqual(['klimabeauftragter', 'datenschutzbeauftragter', 'tierschutzbeauftragter']);
    }
  });

  it('knows how many documents hold a term', () => {
    expect(index.df('stadt')).toBe(4);
    expect(index.df('fehlt')).toBe(0);
    expect(index.idf(1)).toBeGreaterThan(index.idf(4));
  });

  it('keeps field-weighted frequencies in tenths and scores them as BM25 does', () => {
    // Two documents: `server` 1.6 times (text once, title once at 0.6) in a document of length 3.6, and once in one of length 2.
    const b = new IndexBuilder();
    const [server, netz] = [b.termId('server'), b.termId('netz')] as [number, number];
    b.addDoc(Uint32Array.of(server, netz), Float32Array.of(1.6, 2), 2, 3.6);
    b.addDoc(Uint32Array.of(server, netz), Float32Array.of(1, 1), 2, 2);
    const index = new InvertedIndex(b.finish());
    expect([...index.arrays.weights]).toEqual([16, 10, 20, 10]);
    const avg = (3.6 + 2) / 2;
    const idf = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5));
    const bm25 = (tf: number, length: number) => (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg));
    const hits = index.search([{ term: 'server', bit: 1, weight: 1 }], { limit: 2 });
    expect(hits.map(h => h.doc)).toEqual([0, 1]);
    expect(hits[0]!.score).toBeCloseTo(bm25(1.6, 3.6), 6);
    expect(hits[1]!.score).toBeCloseTo(bm25(1, 2), 6);
  });
});
