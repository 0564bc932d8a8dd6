// Lists the newest articles, optionally for one place, each merged story once.
import type { ArticleRecord } from '../types.js';
import type { ArticleStore } from '../search/article-store.js';
import type { PlaceIndex } from '../places/place-index.js';
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

/** The articles are in corpus order, newest first; the place index names those about each place in that order. */
export function latest(all: ArticleStore, places: PlaceIndex, options: { limit?: number; city?: string | null } = {},
  gazetteer: Gazetteer = germanGazetteer()): LatestResult {
  const limit = options.limit ?? DEFAULT_LATEST_LIMIT;
  const wanted = options.city ? cleanInput(options.city) : '';
  if (!wanted) {
    const articles = Array.from({ length: Math.min(limit, all.length) }, (_, i) => all.get(i));
    return { articles, city: null, message: articles.length ? null : 'Der Korpus enthält noch keine Artikel.' };
  }
  const city = resolvePlace(places.cities, wanted, gazetteer);
  if (!city) return { articles: [], city: null, message: `Den Ort „${quoteBack(wanted)}“ kenne ich nicht.` };
  const articles = places.of(city).about.slice(0, limit).map(i => all.get(i));
  return { articles, city, message: articles.length ? null : `Zu ${city} habe ich keine Artikel.` };
}

/** The place a user means: one of the given names by folded spelling, else the gazetteer's reading. */
export function resolvePlace(names: Iterable<string | null>, query: string, gazetteer: Gazetteer): string | null {
  const key = foldKey(query);
  for (const n of names) if (n && foldKey(n) === key) return n;
  return gazetteer.lookup(query)?.place.name ?? null;
}
