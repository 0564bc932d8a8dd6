// A figure's history as a compact text chart for the terminal (asciichart): the figure over time, the dates below,
// every point with its figure as written.
import asciichart from 'asciichart';
import type { FigureSeries } from '../core/answer/figure-series.js';
import { germanNumber, isoDay, shortDate } from '../reply-parts.js';

/** Rows of the chart, and at most this many columns of plot. */
const HEIGHT = 6;
const MAX_COLUMNS = 60;
const LABEL_WIDTH = 10;

/** A date as a point on a time axis. */
const timeOf = (date: string) => isoDay(date).getTime();

/** The figure at time `t`, on the straight line between the points around it. */
function valueAt(series: FigureSeries, t: number): number {
  const pts = series.points;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const ta = timeOf(a.date);
    const tb = timeOf(b.date);
    if (t <= tb) return tb === ta ? b.value : a.value + ((b.value - a.value) * (t - ta)) / (tb - ta);
  }
  return pts.at(-1)!.value;
}

export function textChart(series: FigureSeries, width = 80): string {
  const columns = Math.max(10, Math.min(MAX_COLUMNS, width - LABEL_WIDTH - 3));
  const t0 = timeOf(series.points[0]!.date);
  const t1 = timeOf(series.points.at(-1)!.date);
  const values = Array.from({ length: columns }, (_, c) => valueAt(series, t0 + ((t1 - t0) * c) / (columns - 1)));
  const plot = asciichart.plot(values, { height: HEIGHT, format: x => germanNumber(Math.round(x)).padStart(LABEL_WIDTH) });
  const first = shortDate(series.points[0]!.date);
  const last = shortDate(series.points.at(-1)!.date);
  const axis = `${' '.repeat(LABEL_WIDTH + 2)}${first}${' '.repeat(Math.max(1, columns - first.length - last.length))}${last}`;
  return [
    `Verlauf: ${series.unit}${series.place ? ` in ${series.place}` : ''}`,
    plot,
    axis,
    ...series.points.map(p => `  ${shortDate(p.date)}: ${p.text}${p.unsure ? ' (unsicher)' : ''} – ${p.source}`),
  ].join('\n');
}
