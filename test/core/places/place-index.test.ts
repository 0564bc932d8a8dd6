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

  it('is built once per article list', () => {
    expect(placeIndexOf(articles)).toBe(placeIndexOf(articles));
  });
});
