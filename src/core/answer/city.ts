// Everything the corpus says about one place: its articles, the articles that mention it, its key figures.
import type { ArticleRecord } from '../types.js';
import type { Figure } from '../figures/types.js';
import { editDistance } from '../text/edit-distance.js';
import { foldKey } from '../text/fold.js';
import { cleanInput, quoteBack } from '../text/clean-input.js';
import { resolvePlace } from '../queries/latest.js';
import type { EngineData } from './engine-data.js';
import { placeIndexOf } from '../places/place-index.js';

export interface CityFigure extends Figure {
  articleId: string;
  title: string;
  date: string | null;
  source: string;
}

export interface CityResult {
  query: string;
  city: string | null;
  message: string | null;
  articles: ArticleRecord[];
  mentions: ArticleRecord[];
  figures: CityFigure[];
  /** Places the corpus knows that are close to an unknown name. */
  suggestions: string[];
}

/** Key figures shown per article. */
const FIGURES_PER_ARTICLE = 6;

/** Money and percentages first, then figures written in digits, larger before smaller. */
function weight(f: Figure): number {
  return (f.kind === 'count' ? 0 : 3) + (/\d/.test(f.text) ? 2 : 0) + Math.log10(Math.max(1, f.value ?? 1)) / 20;
}

export function city(data: EngineData, name: string): CityResult {
  const query = cleanInput(name);
  const result: CityResult = { query, city: null, message: null, articles: [], mentions: [], figures: [], suggestions: [] };
  if (query === '') return { ...result, message: 'Bitte nenn einen Ort, zum Beispiel: Osnabrück' };

  const place = resolvePlace(data.knownPlaces, query, data.gazetteer);
  if (!place || !data.knownPlaces.has(place)) {
    const suggestions = closestPlaces(data, query);
    const hint = suggestions.length ? ` Im Korpus gibt es zum Beispiel: ${suggestions.join(', ')}.` : '';
    const message = place ? `Zu ${place} habe ich keine Artikel.${hint}` : `Den Ort „${quoteBack(query)}“ kenne ich nicht.${hint}`;
    return { ...result, city: place, message, suggestions };
  }
  const { about, mentioning } = placeIndexOf(data.articles).of(place);
  const articles = about.map(i => data.articles.get(i));
  const mentions = mentioning.map(i => data.articles.get(i));
  return { ...result, city: place, articles, mentions, figures: keyFigures(data, articles) };
}

/** Known places by prefix first, then by spelling distance. */
function closestPlaces(data: EngineData, query: string): string[] {
  const key = foldKey(query);
  return [...data.knownPlaces]
    .map(p => ({ p, d: foldKey(p).startsWith(key) ? 0 : editDistance(key, foldKey(p), 4) }))
    .filter(x => x.d <= 4)
    .sort((a, b) => a.d - b.d || a.p.localeCompare(b.p, 'de'))
    .slice(0, 3)
    .map(x => x.p);
}

/** The figures of the place's articles with a value and a unit, newest article first, a few per article. */
function keyFigures(data: EngineData, articles: ArticleRecord[]): CityFigure[] {
  const out: CityFigure[] = [];
  for (const article of articles) {
    const list: CityFigure[] = [];
    for (let id = article.firstParagraph; id < article.firstParagraph + article.paragraphCount; id++) {
      if (data.store.kind(id) === 'about') continue;
      for (const f of data.store.figures(id)) {
        if (f.value === null || f.unit === null) continue;
        list.push({ ...f, articleId: article.id, title: article.title, date: article.date, source: data.store.source(id) });
      }
    }
    out.push(...list.sort((x, y) => weight(y) - weight(x)).slice(0, FIGURES_PER_ARTICLE));
  }
  return out;
}
