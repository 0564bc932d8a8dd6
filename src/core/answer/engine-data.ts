// What answering needs, built once per corpus: the corpus, its index, and the places it knows.
import type { Corpus } from '../types.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { buildParagraphIndex, type ParagraphIndex } from '../search/paragraph-index.js';

export interface EngineData {
  corpus: Corpus;
  index: ParagraphIndex;
  gazetteer: Gazetteer;
  /** Places that are an article's city or are named in an article. */
  knownPlaces: Set<string>;
  /** Paragraph ids by place: all paragraphs of the place's articles plus paragraphs that name it. */
  paragraphsByPlace: Map<string, Set<number>>;
}

export function buildEngineData(corpus: Corpus, gazetteer: Gazetteer): EngineData {
  const index = buildParagraphIndex(corpus.articles, gazetteer);
  const paragraphsByPlace = new Map<string, Set<number>>();
  const add = (place: string, id: number) => {
    const set = paragraphsByPlace.get(place) ?? new Set<number>();
    set.add(id);
    paragraphsByPlace.set(place, set);
  };
  for (const p of index.paragraphs) {
    const city = corpus.articles[p.articleIndex]!.city;
    if (city) add(city, p.id);
    for (const place of p.places) add(place, p.id);
  }
  const knownPlaces = new Set<string>();
  for (const a of corpus.articles) {
    if (a.city) knownPlaces.add(a.city);
    for (const m of a.mentions) knownPlaces.add(m);
  }
  return { corpus, index, gazetteer, knownPlaces, paragraphsByPlace };
}
