// A figure's history for a chart: the same figure in at least two dated articles, oldest first. Taken from the
// sure answers to a question, or from a place's figures that count the same noun.
import type { Answer, AskResult } from './types.js';
import type { CityResult } from './city.js';
import { UNSURE_BELOW } from './confidence.js';
import { foldKey } from '../text/fold.js';
import { thingFit } from '../meaning/same-thing.js';

/** How surely two units must name the same noun to make one history (`Zugänge` and `VPN-Zugänge`). */
const SAME_NOUN = 0.9;

export interface SeriesPoint {
  /** The article's date as precise as it is known (`2020-04-06`, `2021-04`, `2021`). */
  date: string;
  value: number;
  /** The figure as written. */
  text: string;
  source: string;
  title: string;
  /** The answer was marked unsure: the chart says so at this point. */
  unsure?: boolean;
}

export interface FigureSeries {
  /** What is counted (`Zugänge`, `Euro`). */
  unit: string;
  place: string | null;
  points: SeriesPoint[];
}

/** One point per article (its first figure), sorted by date; a series only when two dates differ. */
function series(unit: string, place: string | null, points: (SeriesPoint & { articleId: string })[]): FigureSeries | null {
  const seen = new Set<string>();
  const one = points.filter(p => !seen.has(p.articleId) && seen.add(p.articleId))
    .map(({ articleId: _id, ...p }) => p)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return new Set(one.map(p => p.date)).size >= 2 ? { unit, place, points: one } : null;
}

/** A figure that states how much there is: not a change, a former value, a part of a whole or a plan. */
function level(a: Answer): boolean {
  const r = a.pick?.role;
  return !r || (r.change !== 'delta' && r.change !== 'old' && r.tense !== 'past' && r.whole !== 'part' && !r.planned);
}

/**
 * The history of the figure that answers: when the best answer and its figure are sure, the answers of dated
 * articles about the same place whose figure is sure and counts the same (or leaves the noun out, `auf inzwischen
 * 7.500 erhöht`); a point from an answer whose passage is unsure says so. Figures of other places, other kinds or
 * other nouns make no history with it (`650 Mitarbeiter` of a company and `2.000 Mitarbeiter` of a city).
 */
export function askSeries(result: AskResult): FigureSeries | null {
  const [best] = result.answers;
  if (!best?.answer || best.confidence < UNSURE_BELOW || best.pick?.unsure) return null;
  const subject = result.city ?? best.article.city;
  if (!subject) return null;
  const kind = best.answer.kind;
  if (!level(best)) return null;
  const dated = result.answers.filter(a => a.answer?.value != null && a.article.date && a.article.city === subject
    && a.answer.kind === kind && !a.pick?.unsure && level(a));
  const unit = dated.find(a => a.answer!.unit)?.answer!.unit;
  if (!unit) return null;
  const same = dated.filter(a => !a.answer!.unit || thingFit(a.answer!.unit, unit) >= SAME_NOUN);
  return series(unit, subject, same.map(a => ({
    date: a.article.date!, value: a.answer!.value!, text: a.answer!.text, source: a.article.source, title: a.article.title,
    articleId: a.article.id, ...(a.confidence < UNSURE_BELOW ? { unsure: true } : {}),
  })));
}

/**
 * The history among a place's figures: counts of the same noun in dated articles (money and percentages of
 * different articles are rarely the same figure, so they make no history here). The noun with the most dates wins.
 */
export function citySeries(result: CityResult): FigureSeries | null {
  const byUnit = new Map<string, typeof result.figures>();
  for (const f of result.figures) {
    if (f.kind !== 'count' || f.value == null || !f.unit || !f.date) continue;
    const key = foldKey(f.unit);
    const same = byUnit.get(key);
    if (same) same.push(f);
    else byUnit.set(key, [f]);
  }
  let best: FigureSeries | null = null;
  for (const figures of byUnit.values()) {
    const s = series(figures[0]!.unit!, result.city, figures.map(f => ({
      date: f.date!, value: f.value!, text: f.text, source: f.source, title: f.title, articleId: f.articleId,
    })));
    if (s && (!best || s.points.length > best.points.length)) best = s;
  }
  return best;
}
