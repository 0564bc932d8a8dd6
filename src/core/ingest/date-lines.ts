// Reads the date lines of scraped pages with the precision they state: `08.02.2021,`, `Veröffentlicht am
// 3. Mai 2022 | 10:15 Uhr`, `April 2021`, and a scraper's metadata line ` date 2021-04`. A month is not a day.
import type { DatePrecision } from '../types.js';
import { isValidDate, parseAnyDate, toIso } from './dates.js';

export type { DatePrecision };

export interface PageDate {
  /** `2021-04-12`, `2021-04` or `2021`, as precise as the page is. */
  iso: string;
  precision: DatePrecision;
}

/** The months as written in German, January first. */
export const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS = MONTH_NAMES.map(m => m.toLowerCase());

/** A scraper's metadata at a line start: ` date 2021-04`, `date: 2021-04-12`. Returns the date and the rest of the line. */
export function parseMetaDate(line: string): { date: PageDate; rest: string } | null {
  const m = /^\s*date\s*:?\s*((?:19|20)\d\d)(?:-(\d\d))?(?:-(\d\d))?(?![\d-])\s*/i.exec(line);
  if (!m) return null;
  const year = Number(m[1]);
  const rest = line.slice(m[0].length);
  if (m[3]) {
    const d = { year, month: Number(m[2]), day: Number(m[3]) };
    return isValidDate(d) ? { date: { iso: toIso(d), precision: 'day' }, rest } : null;
  }
  if (m[2]) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { date: { iso: `${m[1]}-${m[2]}`, precision: 'month' }, rest } : null;
  }
  return { date: { iso: m[1]!, precision: 'year' }, rest };
}

const LABEL = /^(?:(?:zuletzt\s+)?(?:veröffentlicht|erstellt|aktualisiert|geändert|erschienen|publiziert)(?:\s+(?:am|an|vom))?|stand|datum|pressemitteilung\s+vom|meldung\s+vom|vom|am)\s*:?\s*/i;
const WEEKDAY = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so)\.?\s*,?\s*(?:den\s+)?/i;
const TIME = /\s*(?:[|,–-]|um)?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*$/i;

/**
 * A line that is a date and nothing else but a label, a weekday or a time: the date with its precision,
 * and whether it names a weekday (page headers do: `Samstag, 31. Januar 2026`).
 */
export function parseDateLine(line: string): (PageDate & { weekday: boolean }) | null {
  // `15.09.2016 | Stand 02.12.2020, 19:18 Uhr`: the first date is the publication, the rest its update.
  const parts = line.split(/\s+\|\s+/);
  if (parts.length > 1 && parts.slice(1).every(p => /^(?:Stand|Aktualisiert|Update|geändert)\b|^\d{1,2}[:.]\d{2}\s*(?:Uhr)?$/i.test(p.trim()))) {
    return parseDateLine(parts[0]!);
  }
  let t = line.trim().replace(/[,.;:|]+$/, '').trim();
  if (t.length > 60) return null;
  t = t.replace(LABEL, '');
  const weekday = WEEKDAY.test(t) && /^\p{L}{2,}/u.test(t);
  t = t.replace(WEEKDAY, '').replace(TIME, '').replace(/[,.;:|]+$/, '').trim();
  const iso = /^((?:19|20)\d\d)-(\d\d)-(\d\d)$/.exec(t);
  if (iso) {
    const d = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return isValidDate(d) ? { iso: toIso(d), precision: 'day', weekday } : null;
  }
  // `10 August, 2025`: a day without its dot, as English-made templates print it.
  t = t.replace(/^(\d{1,2})\s+(\p{L}{3,})/u, '$1. $2');
  if (/^\d{1,2}\.\s*(?:\d{1,2}\.\s*|\p{L}+\.?\s+)(?:19|20)\d\d$/u.test(t) || /^\d{1,2}\.\s*\p{L}+\s*,\s*(?:19|20)\d\d$/u.test(t)) {
    const d = parseAnyDate(t);
    return d ? { iso: toIso(d), precision: 'day', weekday } : null;
  }
  const month = /^(\p{L}+)\s+((?:19|20)\d\d)$/u.exec(t);
  if (month) {
    const m = MONTHS.indexOf(month[1]!.toLowerCase()) + 1;
    return m > 0 ? { iso: `${month[2]}-${String(m).padStart(2, '0')}`, precision: 'month', weekday } : null;
  }
  return null;
}
