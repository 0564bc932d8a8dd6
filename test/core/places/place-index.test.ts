import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlaceIndex, placeIndexOf } from '../../../src/core/places/place-index.js';
import { ArticleStore } from '../../../src/core/search/article-store.js';
import type { ArticleRecord } from '../../../src/core/types.js';

function article(city: string | null, mentions: string[], firstParagraph: number, paragraphCount: number): ArticleRecord {
  return {
    id: `a${firstParagraph}`, title: 'Titel', lead: null, city, mentions, date: null, datePrecision: null, dateMethod: null,
    tags: [], urls: [], url: null, source: 'a.txt', sources: ['a.txt'], layout: 'portal', firstParagraph, paragraphCount,
  } as ArticleRecord;
}

describe('the place index', () => {
  const articles = ArticleStore.fromRecords([
    article('Kiel', ['Lübeck'], 0, 3),
    article('Lübeck', ['Kiel', 'Kiel'], 3, 2),
    article(null, ['Kiel'], 5, 1),
    article('Kiel', [], 6, 2),
  ]);
  const index = new PlaceIndex(articles);

  it('lists the articles about a place and their paragraphs in corpus order', () => {
    expect(index.of('Kiel').about).toEqual([0, 3]);
    expect([...index.of('Kiel').paragraphs]).toEqual([0, 1, 2, 6, 7]);
    expect([...index.of('Lübeck').paragraphs]).toEqual([3, 4]);
  });

  it('lists the articles that only mention a place, each once', () => {
    expect(index.of('Kiel').mentioning).toEqual([1, 2]);
    expect(index.of('Lübeck').mentioning).toEqual([0]);
  });

  it('knows which places some article is about, and nothing of unknown places', () => {
    expect([...index.cities].sort()).toEqual(['Kiel', 'Lübeck']);
    expect(index.of('Bremen')).toMatchObject({ about: [], mentioning: [] });
    expect(index.of('Bremen').paragraphs.length).toBe(0);
  });

  it('gives for any articles what reading them one by one gives', () => {
    const place = fc.constantFrom<string>('Kiel', 'Lübeck', 'Bremen', 'Ulm', 'Jena');
    const one = fc.record({ city: fc.option(place), mentions: fc.array(place, { maxLength: 4 }), paragraphs: fc.integer({ min: 1, max: 3 }) });
    fc.assert(fc.property(fc.array(one, { maxLength: 12 }), list => {
      let first = 0;
      const store = ArticleStore.fromRecords(list.map(a => article(a.city, a.mentions, (first += a.paragraphs) - a.paragraphs, a.paragraphs)));
      const index = new PlaceIndex(store);
      for (const name of ['Kiel', 'Lübeck', 'Bremen', 'Ulm', 'Jena']) {
        const about = list.flatMap((a, i) => (a.city === name ? [i] : []));
        const mentioning = list.flatMap((a, i) => (a.city !== name && a.mentions.includes(name) ? [i] : []));
        const paragraphs = about.flatMap(i => Array.from({ length: store.paragraphCount(i) }, (_, k) => store.firstParagraph(i) + k));
        expect({ about: index.of(name).about, mentioning: index.of(name).mentioning, paragraphs: [...index.of(name).paragraphs] })
          .toEqual({ about, mentioning, paragraphs });
        expect(index.cities.has(name)).toBe(about.length > 0);
      }
    }), { numRuns: 300 });
  });

  it('is built once per article list', () => {
    expect(placeIndexOf(articles)).toBe(placeIndexOf(articles));
  });
});
