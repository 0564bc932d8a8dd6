// The answering core's one front door: built from a corpus, it answers ask, city and latest.
import type { Corpus } from './types.js';
import { germanGazetteer, type Gazetteer } from './places/gazetteer.js';
import { buildEngineData, type EngineData } from './answer/engine-data.js';
import { ask } from './answer/ask.js';
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

export class Engine {
  readonly data: EngineData;
  readonly builtAt: Date;

  constructor(corpus: Corpus, gazetteer: Gazetteer = germanGazetteer(), builtAt: Date = new Date()) {
    this.data = buildEngineData(corpus, gazetteer);
    this.builtAt = builtAt;
  }

  stats(): CorpusStats {
    const dates = this.corpus.articles.map(a => a.date).filter((d): d is string => d !== null).sort();
    return {
      articles: this.corpus.articles.length,
      paragraphs: this.data.index.paragraphs.length,
      files: this.corpus.articles.reduce((n, a) => n + a.sources.length, 0),
      oldest: dates[0] ?? null,
      newest: dates.at(-1) ?? null,
      undated: this.corpus.articles.length - dates.length,
      builtAt: this.builtAt,
      skipped: this.corpus.skipped,
    };
  }

  /** Places the corpus knows, with how many articles are about each, most first. */
  places(): { name: string; articles: number }[] {
    const counts = new Map<string, number>();
    for (const p of this.data.knownPlaces) counts.set(p, 0);
    for (const a of this.corpus.articles) if (a.city) counts.set(a.city, (counts.get(a.city) ?? 0) + 1);
    return [...counts].map(([name, articles]) => ({ name, articles }))
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'de'));
  }

  get corpus(): Corpus {
    return this.data.corpus;
  }

  ask(question: string, options: { limit?: number } = {}): AskResult {
    return ask(this.data, question, options);
  }

  city(name: string): CityResult {
    return city(this.data, name);
  }

  latest(options: { limit?: number; city?: string | null } = {}): LatestResult {
    return latest(this.data.corpus, options, this.data.gazetteer);
  }
}
