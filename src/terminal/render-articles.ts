// Renders articles for the terminal (German, readable) and for scripts (JSON).
import type { Article, ArticleRecord, LoadWarning, Skipped } from '../core/types.js';
import { longDate, shortDate } from '../reply-parts.js';

export { longDate, shortDate };

export function articleSummary(a: ArticleRecord | Article) {
  return {
    id: a.id, title: a.title, lead: a.lead, city: a.city, date: a.date, datePrecision: a.datePrecision, dateMethod: a.dateMethod,
    source: a.source, sources: a.sources, url: a.url, mentions: a.mentions, tags: a.tags,
  };
}

export function articleLine(a: ArticleRecord | Article): string {
  return `${shortDate(a.date).padEnd(10)}  ${(a.city ?? 'ohne Ort').padEnd(18)}  ${a.title}`;
}

/** What the load could not read, and what it read with care: shown under every listing. */
export function loadReportLines(skipped: Skipped[], warnings: LoadWarning[]): string[] {
  const lines: string[] = [];
  if (skipped.length) lines.push('', `Übersprungen (${skipped.length}):`, ...skipped.map(s => `  ${s.source}: ${s.reason}`));
  if (warnings.length) lines.push('', `Hinweise (${warnings.length}):`, ...warnings.map(w => `  ${w.source}: ${w.message}`));
  return lines;
}

export function articleDetails(a: Article): string[] {
  const lines = [
    `Titel:      ${a.title}`,
    `Vorspann:   ${a.lead ?? '—'}`,
    `Ort:        ${a.city ?? '—'}`,
    `Erwähnt:    ${a.mentions.length ? a.mentions.join(', ') : '—'}`,
    `Datum:      ${a.date ? `${longDate(a.date)} (${a.dateMethod})` : 'unbekannt'}`,
    `Dateien:    ${a.sources.join(', ')}`,
    `Stichwörter: ${a.tags.length ? a.tags.join(', ') : '—'}`,
    `Links:      ${a.urls.length ? a.urls.join(' ') : '—'}`,
    `Kennung:    ${a.id}`,
    '',
    `Absätze (${a.paragraphs.length}):`,
  ];
  a.paragraphs.forEach((p, i) => lines.push('', `[${i + 1}] ${p.kind} · ${p.source}`, p.text));
  return lines;
}
