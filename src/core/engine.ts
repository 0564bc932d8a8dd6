// The answering core's one front door: built from a corpus, it answers ask, city and latest.
import type { Corpus } from './types.js';
import { germanGazetteer, type Gazetteer } from './places/gazetteer.js';
import { buildEngineData, type EngineData } from './answer/engine-data.js';
import { ask } from './answer/ask.js';
import { city, type CityResult } from './answer/city.js';
import type { AskResult } from './answer/types.js';
import { latest, type LatestResult } from './queries/latest.js';

export class Engine {
  readonly data: EngineData;

  constructor(corpus: Corpus, gazetteer: Gazetteer = germanGazetteer()) {
    this.data = buildEngineData(corpus, gazetteer);
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
