// Reads German dates (numeric, with month names, with weekdays) and infers the year of a weekday date.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mrz: 3, mär: 3, april: 4, apr: 4,
  mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
};

/** JavaScript's getUTCDay numbering: Sonntag = 0. */
const WEEKDAYS: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
};

const MONTH_RE = '(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.?|Feb\\.?|Mrz\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Okt\\.?|Nov\\.?|Dez\\.?)';
const WEEKDAY_RE = '(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)';

export const NUMERIC_DATE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
export const NAMED_DATE = new RegExp(`\\b(\\d{1,2})\\.\\s*${MONTH_RE}\\s*,?\\s*(\\d{4})\\b`, 'i');
/** Weekday, day and month, optionally a year: `Montag, 6. April`, `Montag, den 6. April 2020`, `Montag (6. April)`. */
const WEEKDAY_DATE = new RegExp(
  `\\b${WEEKDAY_RE}\\s*(?:,\\s*(?:den\\s+)?|\\(\\s*|\\s+den\\s+)(\\d{1,2})\\.\\s*${MONTH_RE}(?:\\s*,?\\s*(\\d{4})\\b)?`, 'i');

export function isValidDate(d: YMD): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1900 || d.year > 2200) return false;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

export function toIso(d: YMD): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

function valid(d: YMD): YMD | null {
  return isValidDate(d) ? d : null;
}

/** `9.3.2021`, `30.05.2018`: day first. */
export function parseNumericDate(text: string): YMD | null {
  const m = NUMERIC_DATE.exec(text);
  return m ? valid({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) : null;
}

/** `1. Juni 2018`, `19. April , 2024`. */
export function parseNamedDate(text: string): YMD | null {
  const m = NAMED_DATE.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  return month ? valid({ day: Number(m[1]), month, year: Number(m[3]) }) : null;
}

/** The first full date in the text, numeric or with a month name, whichever stands first. */
export function parseAnyDate(text: string): YMD | null {
  const n = NUMERIC_DATE.exec(text);
  const w = NAMED_DATE.exec(text);
  if (n && (!w || n.index <= w.index)) return parseNumericDate(text.slice(n.index));
  return w ? parseNamedDate(text.slice(w.index)) : null;
}

/**
 * The most recent year, not after the reference date, in which day.month falls on the weekday.
 * Looks back 40 years (a weekday/date pair repeats at least every 11 years, 29 February every 28).
 */
export function inferYear(day: number, month: number, weekday: number, ref: YMD): number | null {
  for (let year = ref.year; year >= ref.year - 40; year--) {
    const d = { year, month, day };
    if (!isValidDate(d)) continue;
    if (year === ref.year && (month > ref.month || (month === ref.month && day > ref.day))) continue;
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) return year;
  }
  return null;
}

export interface FoundDate {
  iso: string;
  method: 'explicit' | 'weekday-inferred';
}

/** The first weekday date in the text: explicit with a year, else the year inferred from the reference date. */
export function findWeekdayDate(text: string, ref: YMD): FoundDate | null {
  const re = new RegExp(WEEKDAY_DATE.source, 'gi');
  for (const m of text.matchAll(re)) {
    const weekday = WEEKDAYS[m[1]!.toLowerCase()]!;
    const month = monthNumber(m[3]!);
    const day = Number(m[2]);
    if (!month) continue;
    if (m[4]) {
      const d = valid({ day, month, year: Number(m[4]) });
      if (d) return { iso: toIso(d), method: 'explicit' };
      continue;
    }
    const year = inferYear(day, month, weekday, ref);
    if (year !== null) return { iso: toIso({ year, month, day }), method: 'weekday-inferred' };
  }
  return null;
}

/**
 * A dateline at the start of a paragraph: `Leipzig, 05.11.2019 –`, `Kiel, 3. Mai 2022:`.
 * Returns the date and the place named before it.
 */
export function parseDateline(paragraph: string): { place: string; date: YMD } | null {
  const m = /^([A-ZÄÖÜ][\p{L}.\- ()]{1,50}?),\s*(?:den\s+)?([^–—:]{6,25}?)\s*(?:[–—:]|-\s|\(|\.?$)/u.exec(paragraph.trim());
  if (!m) return null;
  const date = parseAnyDate(m[2]!);
  return date ? { place: m[1]!.trim(), date } : null;
}

export function todayYMD(now: Date = new Date()): YMD {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}
