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
    // On the place ids of the columns, not their names: at 1M paragraphs (some 125,000 articles) a list and a set of
    // names per article made this 80 ms of the first answer after a start.
    const { cityOf, mentionOffsets, mentionIds, firstParagraph, paragraphCount } = articles.columns;
    const names = articles.tables.places;
    const about: number[][] = names.map(() => []);
    const mentioning: number[][] = names.map(() => []);
    const paragraphs = new Float64Array(names.length);
    /** The last article that mentioned each place: an article lists a place once however often it names it. */
    const lastMention = new Int32Array(names.length).fill(-1);
    for (let i = 0; i < cityOf.length; i++) {
      const city = cityOf[i]!;
      if (city >= 0) {
        if (about[city]!.length === 0) this.cities.add(names[city]!);
        about[city]!.push(i);
        paragraphs[city] = paragraphs[city]! + paragraphCount[i]!;
      }
      for (let m = mentionOffsets[i]!; m < mentionOffsets[i + 1]!; m++) {
        const place = mentionIds[m]!;
        if (place === city || lastMention[place] === i) continue;
        lastMention[place] = i;
        mentioning[place]!.push(i);
      }
    }
    names.forEach((name, place) => {
      if (about[place]!.length === 0 && mentioning[place]!.length === 0) return;
      const ids = new Uint32Array(paragraphs[place]!);
      let at = 0;
      for (const i of about[place]!) {
        const first = firstParagraph[i]!;
        for (let p = first; p < first + paragraphCount[i]!; p++) ids[at++] = p;
      }
      this.byPlace.set(name, { about: about[place]!, mentioning: mentioning[place]!, paragraphs: ids });
    });
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
