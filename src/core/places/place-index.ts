// Which articles are about each place (their city) and which only mention it, as article numbers in corpus
// order: built in one pass over the articles, so that a question naming places never scans the corpus.
import type { ArticleStore } from '../search/article-store.js';

export interface PlaceArticles {
  /** Articles whose city is the place. */
  about: number[];
  /** Articles that mention the place but are about another (or none). */
  mentioning: number[];
  /** The paragraphs of the articles about the place, ascending. */
  paragraphs: Uint32Array;
}

const NONE: PlaceArticles = { about: [], mentioning: [], paragraphs: new Uint32Array(0) };

export class PlaceIndex {
  private readonly byPlace = new Map<string, PlaceArticles>();
  /** Places that some article is about (not only mentions). */
  readonly cities = new Set<string>();

  constructor(articles: ArticleStore) {
    const entry = (place: string) => {
      let e = this.byPlace.get(place);
      if (!e) this.byPlace.set(place, (e = { about: [], mentioning: [], paragraphs: NONE.paragraphs }));
      return e;
    };
    const counts = new Map<string, number>();
    for (let i = 0; i < articles.length; i++) {
      const city = articles.city(i);
      if (city) {
        entry(city).about.push(i);
        counts.set(city, (counts.get(city) ?? 0) + articles.paragraphCount(i));
        this.cities.add(city);
      }
      for (const m of new Set(articles.mentions(i))) if (m !== city) entry(m).mentioning.push(i);
    }
    for (const [place, count] of counts) {
      const e = this.byPlace.get(place)!;
      const ids = new Uint32Array(count);
      let at = 0;
      for (const i of e.about) {
        const first = articles.firstParagraph(i);
        for (let p = first; p < first + articles.paragraphCount(i); p++) ids[at++] = p;
      }
      e.paragraphs = ids;
    }
  }

  /** The articles about and mentioning the place (all empty for a place the corpus does not know). */
  of(place: string): PlaceArticles {
    return this.byPlace.get(place) ?? NONE;
  }
}

const indexes = new WeakMap<ArticleStore, PlaceIndex>();

/** The place index of these articles, built on first use and kept as long as they are. */
export function placeIndexOf(articles: ArticleStore): PlaceIndex {
  let index = indexes.get(articles);
  if (!index) indexes.set(articles, (index = new PlaceIndex(articles)));
  return index;
}
