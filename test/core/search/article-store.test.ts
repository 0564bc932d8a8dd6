// The articles as columns plus records read on demand: what a cache keeps of them must give back exactly the
// records that were built, and columns that do not fit together are refused.
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../src/core/search/article-store.js';
import type { ArticleRecord } from '../../../src/core/types.js';

function article(n: number, city: string | null, mentions: string[], date: string | null, sources: string[]): ArticleRecord {
  return {
    id: `a${n}`, title: `Titel ${n} – Überblick`, lead: n % 2 ? 'Vorspann' : null, city, mentions, date,
    datePrecision: date ? 'day' : null, dateMethod: date ? 'explicit' : null, tags: [], urls: [], url: null,
    source: sources[0]!, sources, layout: 'portal', firstParagraph: n * 2, paragraphCount: 2,
  };
}

const records = [
  article(0, 'Husum', ['Flensburg'], '2024-05-02', ['a.txt', 'a.pdf']),
  article(1, null, [], null, ['b.txt']),
  article(2, 'Flensburg', ['Husum', 'Kiel'], '2023-01-10', ['c.html']),
];

describe('ArticleStore', () => {
  const built = ArticleStore.fromRecords(records);
  const { columns, records: bytes } = built.persisted();
  const loaded = ArticleStore.fromColumns(columns, built.tables, bytes);

  it('gives back every record exactly as built, from its persisted form', () => {
    expect(loaded.length).toBe(3);
    expect(loaded.all()).toEqual(records);
    expect(loaded.get(2)).toBe(loaded.get(2)); // read once
  });

  it('answers what questions need of all articles from the columns', () => {
    for (const store of [built, loaded]) {
      expect([0, 1, 2].map(i => store.city(i))).toEqual(['Husum', null, 'Flensburg']);
      expect(store.mentions(2)).toEqual(['Husum', 'Kiel']);
      expect([0, 1, 2].map(i => store.date(i))).toEqual(['2024-05-02', null, '2023-01-10']);
      expect([store.firstParagraph(2), store.paragraphCount(2), store.sourceCount(0)]).toEqual([4, 2, 2]);
    }
  });

  it('refuses columns that do not fit together, and an article that does not exist', () => {
    expect(() => ArticleStore.fromColumns({ ...columns, cityOf: new Int32Array([0, -1, 7]) }, built.tables, bytes)).toThrow(/Verweise/);
    expect(() => ArticleStore.fromColumns({ ...columns, dateOf: new Int32Array(2) }, built.tables, bytes)).toThrow(/Spaltenlängen/);
    expect(() => ArticleStore.fromColumns(columns, built.tables, bytes.subarray(0, bytes.length - 1))).toThrow(/Grenzen/);
    expect(() => loaded.get(3)).toThrow(RangeError);
  });
});
