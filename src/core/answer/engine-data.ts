// What answering needs, built once per corpus: articles, the paragraph store, the inverted index,
// the corpus vocabulary and the places it knows.
import type { ArticleRecord, Corpus, LoadWarning, Skipped } from '../types.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { findPlaces } from '../places/detect.js';
import { splitSentences } from '../text/sentences.js';
import { extractFigures } from '../figures/extract.js';
import { cachedAnalyzer, vocabularyWords } from '../search/analyzer.js';
import { IndexBuilder, InvertedIndex } from '../search/inverted-index.js';
import { ParagraphStore, StoreBuilder } from '../search/paragraph-store.js';

export interface EngineData {
  articles: ArticleRecord[];
  skipped: Skipped[];
  warnings: LoadWarning[];
  store: ParagraphStore;
  index: InvertedIndex;
  /** Normalised words of the corpus, for splitting closed compounds. */
  vocabulary: Set<string>;
  gazetteer: Gazetteer;
  /** Places that are an article's city or are named in an article. */
  knownPlaces: Set<string>;
  /** Paragraph ids by place: all paragraphs of the place's articles plus paragraphs that name it, ascending. */
  paragraphsByPlace: Map<string, Uint32Array>;
}

/** Field weights: a paragraph is found by its own words first, by its article's title, lead and city too. */
export const FIELD_WEIGHTS = { text: 1, title: 0.6, lead: 0.4, city: 0.5 };

export interface BuildProgress {
  phase: 'Dateien' | 'Absätze' | 'Index';
  done: number;
  total: number;
}

export function buildEngineData(corpus: Corpus, gazetteer: Gazetteer, onProgress?: (p: BuildProgress) => void): EngineData {
  const total = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const every = Math.max(1000, Math.floor(total / 50));
  const vocabulary = new Set<string>();
  const store = new StoreBuilder();
  const byPlace = new Map<string, number[]>();
  const addPlace = (place: string, id: number) => {
    const list = byPlace.get(place);
    if (!list) byPlace.set(place, [id]);
    else if (list.at(-1) !== id) list.push(id);
  };
  const articles: ArticleRecord[] = [];

  // Pass 1: the paragraph store (sentences, figures, places) and the vocabulary.
  corpus.articles.forEach((article, articleIndex) => {
    const { paragraphs, ...meta } = article;
    articles.push({ ...meta, firstParagraph: store.size, paragraphCount: paragraphs.length });
    for (const w of vocabularyWords(article.title)) vocabulary.add(w);
    for (const p of paragraphs) {
      const id = store.add({ text: p.text, kind: p.kind, source: p.source, articleIndex,
        sentences: splitSentences(p.text), figures: extractFigures(p.text) });
      for (const w of vocabularyWords(p.text)) vocabulary.add(w);
      if (article.city) addPlace(article.city, id);
      for (const hit of findPlaces(gazetteer, p.text)) addPlace(hit.form.place.name, id);
      if (onProgress && (id + 1) % every === 0) onProgress({ phase: 'Absätze', done: id + 1, total });
    }
  });

  // Pass 2: the inverted index, with compounds split against the whole vocabulary.
  const analyze = cachedAnalyzer(vocabulary);
  const index = new IndexBuilder();
  let done = 0;
  for (const article of corpus.articles) {
    const shared = [
      { terms: analyze(article.title), weight: FIELD_WEIGHTS.title },
      { terms: analyze(article.lead ?? ''), weight: FIELD_WEIGHTS.lead },
      { terms: analyze(article.city ?? ''), weight: FIELD_WEIGHTS.city },
    ];
    for (const p of article.paragraphs) {
      index.add([{ terms: analyze(p.text), weight: FIELD_WEIGHTS.text }, ...shared]);
      if (onProgress && ++done % every === 0) onProgress({ phase: 'Index', done, total });
    }
  }

  for (const list of byPlace.values()) list.sort((a, b) => a - b);
  const knownPlaces = new Set<string>();
  for (const a of corpus.articles) {
    if (a.city) knownPlaces.add(a.city);
    for (const m of a.mentions) knownPlaces.add(m);
  }
  return {
    articles, skipped: corpus.skipped, warnings: corpus.warnings,
    store: store.finish(), index: new InvertedIndex(index.finish()), vocabulary, gazetteer, knownPlaces,
    paragraphsByPlace: new Map([...byPlace].map(([k, v]) => [k, Uint32Array.from(new Set(v))])),
  };
}
