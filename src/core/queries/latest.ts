// Lists the newest articles, optionally for one place, each merged story once.
import type { ArticleRecord } from '../types.js';
import { germanGazetteer, type Gazetteer } from '../places/gazetteer.js';
import { foldKey } from '../text/fold.js';
import { cleanInput, quoteBack } from '../text/clean-input.js';

export interface LatestResult {
  articles: ArticleRecord[];
  /** Set when the list is empty for a reason worth saying (German). */
  message: string | null;
  /** The place the filter resolved to, as the gazetteer spells it. */
  city: string | null;
}

export const DEFAULT_LATEST_LIMIT = 10;

export function latest(all: ArticleRecord[], options: { limit?: number; city?: string | null } = {},
  gazetteer: Gazetteer = germanGazetteer()): LatestResult {
  const limit = options.limit ?? DEFAULT_LATEST_LIMIT;
  const wanted = options.city ? cleanInput(options.city) : '';
  if (!wanted) {
    const articles = all.slice(0, limit);
    return { articles, city: null, message: articles.length ? null : 'Der Korpus enthält noch keine Artikel.' };
  }
  const city = resolveCity(all, wanted, gazetteer);
  if (!city) return { articles: [], city: null, message: `Den Ort „${quoteBack(wanted)}“ kenne ich nicht.` };
  const articles = all.filter(a => a.city === city).slice(0, limit);
  return { articles, city, message: articles.length ? null : `Zu ${city} habe ich keine Artikel.` };
}

/** The place a user means: a city of the corpus by folded name, else the gazetteer's reading. */
export function resolveCity(all: ArticleRecord[], name: string, gazetteer: Gazetteer): string | null {
  const key = foldKey(name);
  const own = all.find(a => a.city && foldKey(a.city) === key)?.city;
  return own ?? gazetteer.lookup(name)?.place.name ?? null;
}
