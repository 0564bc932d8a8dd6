// The answering core's one front door: built from a corpus, it answers ask, city and latest.
import { foldKey } from './text/fold.js';
import type { Article, ArticleRecord, Corpus } from './types.js';
import { germanGazetteer, type Gazetteer } from './places/gazetteer.js';
import { placeIndexOf } from './places/place-index.js';
import { buildEngineData, type BuildProgress, type EngineData } from './answer/engine-data.js';
import { ask, type AskOptions } from './answer/ask.js';
import { city, type CityResult } from './answer/city.js';
import type { AskResult } from './answer/types.js';
import { latest, type LatestResult } from './queries/latest.js';

export interface CorpusStats {
  articles: number;
  paragraphs: number;
  files: number;
  oldest: string | null;
  newest: string | null;
  undated: number;
  builtAt: Date;
  skipped: Corpus['skipped'];
}

export interface EngineOptions {
  gazetteer?: Gazetteer;
  builtAt?: Date;
  onProgress?: (p: BuildProgress) => void;
}

export class Engine {
  readonly data: EngineData;
  readonly builtAt: Date;

  constructor(data: EngineData, builtAt: Date) {
    this.data = data;
    this.builtAt = builtAt;
  }

  /** Builds the engine from a parsed corpus (seconds for a hundred thousand paragraphs). */
  static fromCorpus(corpus: Corpus, options: EngineOptions = {}): Engine {
    return new Engine(buildEngineData(corpus, options.gazetteer ?? germanGazetteer(), options.onProgress), options.builtAt ?? new Date());
  }

  /** Every article's record (reads them all: for tools and tests, not for answering). */
  get articles(): ArticleRecord[] {
    return this.data.articles.all();
  }

  /** The number of the article read from this file (its main file or one of its duplicates), or -1. */
  articleFrom(source: string): number {
    const articles = this.data.articles;
    for (let i = 0; i < articles.length; i++) if (articles.get(i).sources.includes(source)) return i;
    return -1;
  }

  /** An article with its paragraphs, as the ingestion made it. */
  article(index: number): Article {
    const { firstParagraph, paragraphCount, ...meta } = this.data.articles.get(index);
    const paragraphs = [];
    for (let id = firstParagraph; id < firstParagraph + paragraphCount; id++) {
      paragraphs.push({ text: this.data.store.text(id), kind: this.data.store.kind(id), source: this.data.store.source(id) });
    }
    return { ...meta, paragraphs };
  }

  stats(): CorpusStats {
    const articles = this.data.articles;
    let files = 0;
    let undated = 0;
    let oldest: string | null = null;
    let newest: string | null = null;
    for (let i = 0; i < articles.length; i++) {
      files += articles.sourceCount(i);
      const date = articles.date(i);
      if (date === null) undated++;
      else {
        if (oldest === null || date < oldest) oldest = date;
        if (newest === null || date > newest) newest = date;
      }
    }
    return {
      articles: articles.length,
      paragraphs: this.data.store.count,
      files,
      oldest,
      newest,
      undated,
      builtAt: this.builtAt,
      skipped: this.data.skipped,
    };
  }

  /**
   * Builds what the first typo, unknown word, place or autocomplete would otherwise build: the fuzzy term map,
   * the compound heads, the place index and the place list.
   */
  warm(): void {
    this.data.index.fuzzy('amtsbote', 1);
    this.data.index.endingWith('amtsbote');
    placeIndexOf(this.data.articles);
    this.places();
  }

  private placeList: { name: string; articles: number }[] | null = null;

  /** Places the corpus knows, with how many articles are about each, most first (counted once: autocomplete asks per keystroke). */
  places(): { name: string; articles: number }[] {
    if (!this.placeList) {
      const counts = new Map<string, number>();
      const index = placeIndexOf(this.data.articles);
      for (const p of this.data.knownPlaces) counts.set(p, index.of(p).about.length);
      this.placeList = [...counts].map(([name, articles]) => ({ name, articles }))
        .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'de'));
    }
    return this.placeList;
  }

  /** The places whose name starts with what was typed (case and umlaut spelling aside), most articles first. */
  placesStartingWith(typed: string): { name: string; articles: number }[] {
    const key = foldKey(typed);
    return this.places().filter(p => foldKey(p.name).startsWith(key));
  }

  ask(question: string, options: AskOptions = {}): AskResult {
    return ask(this.data, question, options);
  }

  city(name: string): CityResult {
    return city(this.data, name);
  }

  latest(options: { limit?: number; city?: string | null } = {}): LatestResult {
    return latest(this.data.articles, placeIndexOf(this.data.articles), options, this.data.gazetteer);
  }
}
