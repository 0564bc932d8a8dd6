// Finds the times a German text speaks of: years, quarters, months, days, parts of a year (`Anfang 2013`,
// `zu Jahresbeginn 2016`), school years (`2013/14`), and times relative to the one named before (`ein Quartal
// zuvor`, `im Jahr davor`). Each is kept as written, with what it pins down, so that a figure's time can be
// compared with a question's. General German rules, no word of any topic.

export interface TimeRef {
  /** As written: `im 3. Quartal 2015`, `1. Jänner 2016`, `Anfang 2013`. */
  text: string;
  start: number;
  end: number;
  year: number | null;
  quarter: number | null;
  month: number | null;
  day: number | null;
  /** A part of the year (or of the month): its beginning, middle or end. */
  part: 'begin' | 'mid' | 'end' | null;
  /** The preposition before it: `seit`, `ab`, `bis`, `von`, `vor` … (lowercase), or null. */
  preposition: string | null;
  /** Relative to the time named before (`ein Quartal zuvor`): how many of which unit back (negative) or ahead. */
  relative: { unit: 'year' | 'quarter' | 'month'; offset: number } | null;
  /** Only a point in time given as the present (`derzeit`, `nun`, `aktuell`) or the past (`zuvor`, `damals`). */
  tense: 'present' | 'past' | null;
}

const MONTH_NUMBERS: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, feber: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
  september: 9, oktober: 10, november: 11, dezember: 12,
};
const MONTH_NAMES = 'Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const MONTH = `(${MONTH_NAMES})`;
const ORDINAL: Record<string, number> = { ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4, letzten: 4 };
const PART: Record<string, 'begin' | 'mid' | 'end'> = {
  anfang: 'begin', beginn: 'begin', jahresbeginn: 'begin', jahresanfang: 'begin', frühjahr: 'begin', mitte: 'mid',
  jahresmitte: 'mid', sommer: 'mid', ende: 'end', jahresende: 'end', herbst: 'end', winter: 'end',
};
const YEAR = '((?:19|20)\\d\\d)(?:/(\\d\\d))?';
/**
 * The preposition (and article) right before a time, looked for behind each match: as an optional group at the
 * start of every pattern it made every position of a text a candidate (three quarters of the time spent here).
 */
const PREPOSITION_BEFORE = /\b([Ss]eit|[Aa]b|[Bb]is|[Vv]on|[Vv]or|[Nn]ach|[Ii]m|[Ii]n|[Aa]m|[Zz]um|[Zz]ur|[Ff]ür|[Uu]m|[Zz]u)\s+(?:(?:dem|den|der|des|das|einem|einer)\s+)?$/;

/** Cheap tests that a text may hold a month name or a year at all: most patterns are tried only then. */
const MONTH_HINT = new RegExp(MONTH_NAMES);
const YEAR_HINT = /(?:19|20)\d\d/;

/** Patterns, most precise first; a later one never overlaps an earlier match (`needs`: tried only when it matches). */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Partial<TimeRef>; needs?: RegExp }[] = [
  { // `1. Jänner 2016`, `2. Mai`, `am 27. November`
    re: new RegExp(`\\b(\\d{1,2})\\.\\s?${MONTH}(?:\\s+${YEAR})?\\b`, 'gu'),
    needs: MONTH_HINT,
    read: m => ({ day: Number(m[1]), month: MONTH_NUMBERS[m[2]!.toLowerCase()]!, year: m[3] ? Number(m[3]) : null }),
  },
  { // `9.3.2021`, `30.05.2018`
    re: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b`, 'gu'),
    needs: /\d\.\d{1,2}\.\d/,
    read: m => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  { // `im 3. Quartal 2015`, `im zweiten Quartal`, `im ersten Halbjahr 2016`
    re: new RegExp(`\\b(?:(\\d)\\.|(ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|letzten))\\s+(Quartal|Halbjahr)(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR})?\\b`, 'giu'),
    needs: /Quartal|Halbjahr/i,
    read: m => {
      const n = m[1] ? Number(m[1]) : ORDINAL[m[2]!.toLowerCase()]!;
      const half = /halbjahr/i.test(m[3]!);
      return half ? { part: n === 1 ? 'begin' : 'end', year: m[4] ? Number(m[4]) : null }
        : { quarter: n, year: m[4] ? Number(m[4]) : null };
    },
  },
  { // `Anfang 2013`, `Ende des Jahres 2015`, `zu Jahresbeginn 2016`, `zu Beginn des Jahres 2016`, `im Herbst 2014`
    re: new RegExp(`\\b(Anfang|Beginn|Mitte|Ende|Jahresbeginn|Jahresanfang|Jahresmitte|Jahresende|Frühjahr|Sommer|Herbst|Winter)\\s+(?:des\\s+Jahres\\s+|der\\s+)?${YEAR}\\b`, 'gu'),
    needs: YEAR_HINT,
    read: m => ({ part: PART[m[1]!.toLowerCase()]!, year: Number(m[2]) }),
  },
  { // `Anfang April`, `Ende Mai 2016`, `im April 2010`, `August`
    re: new RegExp(`\\b(?:(Anfang|Mitte|Ende)\\s+)?${MONTH}(?:\\s+${YEAR})?\\b`, 'gu'),
    needs: MONTH_HINT,
    read: m => ({ part: m[1] ? PART[m[1].toLowerCase()]! : null, month: MONTH_NUMBERS[m[2]!.toLowerCase()]!, year: m[3] ? Number(m[3]) : null }),
  },
  { // `im Jahr 2015`, `2015`, `2013/14`
    re: new RegExp(`(?:\\b(?:Jahr|Jahres|Jahre|Schuljahr|Geschäftsjahr)\\s+)?(?<![\\d.,/-])${YEAR}(?![\\d.,]\\d|-\\p{L})`, 'gu'),
    needs: YEAR_HINT,
    read: m => ({ year: Number(m[1]) }),
  },
  { // `ein Quartal zuvor`, `ein Jahr davor`, `zwei Jahre früher`: counted from the time named before
    re: /\b(ein|einen|zwei|drei)\s+(Jahr|Jahre|Quartal|Quartale|Monat|Monate)\s+(zuvor|davor|vorher|früher|später|danach)\b/giu,
    needs: /zuvor|davor|vorher|früher|später|danach/i,
    read: m => {
      const unitWord = m[2]!.toLowerCase();
      const unit = unitWord.startsWith('quartal') ? 'quarter' : unitWord.startsWith('monat') ? 'month' : 'year';
      const n = ({ ein: 1, einen: 1, zwei: 2, drei: 3 } as Record<string, number>)[m[1]!.toLowerCase()]!;
      return { relative: { unit, offset: /später|danach/i.test(m[3]!) ? n : -n } };
    },
  },
  { // `im Vorjahr`, `im Vormonat`: counted from the article's own time, which the text rarely names: only the past
    re: /\b(?:im\s+)?(?:Vorjahr|Vorjahres|Vormonat|Vorquartal)\w*\b/gu,
    needs: /Vor(?:jahr|monat|quartal)/,
    read: () => ({ tense: 'past' }),
  },
  { // the present or the past, without a date
    re: /\b(derzeit|aktuell|momentan|gegenwärtig|nun|jetzt|mittlerweile|inzwischen|heute|zuletzt|zuvor|vorher|früher|damals|ursprünglich|bisher|bislang|einst|ehemals)\b/giu,
    read: m => ({ tense: /^(zuvor|vorher|früher|damals|ursprünglich|einst|ehemals)$/i.test(m[0]) ? 'past' : 'present' }),
  },
];

function blank(text: string, start: number, end: number): TimeRef {
  return { text, start, end, year: null, quarter: null, month: null, day: null, part: null, preposition: null, relative: null, tense: null };
}

/** The times a text names, in order of their position. */
export function timeRefs(text: string): TimeRef[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const found = readTimes(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, found);
  return found;
}

/** The times of the last texts read: a paragraph's times are asked for by its figures, its dates and its doubt. */
const recent = new Map<string, TimeRef[]>();
const RECENT = 64;

function readTimes(text: string): TimeRef[] {
  const found: TimeRef[] = [];
  const taken: [number, number][] = [];
  for (const { re, read, needs } of PATTERNS) {
    if (needs && !needs.test(text)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const before = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const start = m.index - (before ? before[0].length : 0);
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const ref = { ...blank(text.slice(start, end), start, end), ...read(m as unknown as RegExpExecArray) };
      ref.preposition = before ? before[1]!.toLowerCase() : null;
      if (ref.day !== null && (ref.day < 1 || ref.day > 31)) continue;
      if (ref.month !== null && (ref.month < 1 || ref.month > 12)) continue;
      found.push(ref);
      taken.push([start, end]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The time a relative one stands for, from the last time named before it that it can count from; else itself. */
export function resolveRelative(ref: TimeRef, before: TimeRef[]): TimeRef {
  if (!ref.relative) return ref;
  const { unit, offset } = ref.relative;
  for (let i = before.length - 1; i >= 0; i--) {
    const b = before[i]!;
    if (b.relative || b.year === null) continue;
    if (unit === 'year') return { ...ref, year: b.year + offset, quarter: b.quarter, month: b.month, day: null, relative: null };
    if (unit === 'quarter' && b.quarter !== null) {
      const q = b.year * 4 + (b.quarter - 1) + offset;
      return { ...ref, year: Math.floor(q / 4), quarter: (q % 4) + 1, relative: null };
    }
    if (unit === 'month' && b.month !== null) {
      const mo = b.year * 12 + (b.month - 1) + offset;
      return { ...ref, year: Math.floor(mo / 12), month: (mo % 12) + 1, relative: null };
    }
    return ref;
  }
  return ref;
}

/** Whether a ref pins down a time at all (a year, a month, a quarter or a day), as against only a tense. */
export function isDated(ref: TimeRef): boolean {
  return ref.year !== null || ref.month !== null || ref.quarter !== null;
}

/**
 * How two times agree: 1 the same (as far as both say), 0.5 the one lies within the other (a year and a month of
 * it), -1 they differ, 0 they cannot be compared.
 */
export function timeAgreement(asked: TimeRef, found: TimeRef): number {
  if (!isDated(asked) || !isDated(found)) return 0;
  if (asked.year !== null && found.year !== null && asked.year !== found.year) return -1;
  let within = asked.year === null || found.year === null ? 0.5 : 1;
  const fields = ['quarter', 'month', 'day'] as const;
  for (const f of fields) {
    const a = asked[f];
    const b = found[f];
    if (a !== null && b !== null && a !== b) return -1;
    if ((a === null) !== (b === null)) within = Math.min(within, 0.5);
  }
  // A quarter and a month can be compared: April lies in the second quarter.
  if (asked.quarter !== null && found.month !== null && Math.ceil(found.month / 3) !== asked.quarter) return -1;
  if (found.quarter !== null && asked.month !== null && Math.ceil(asked.month / 3) !== found.quarter) return -1;
  if (asked.part !== null && found.part !== null && asked.part !== found.part) return -1;
  return within;
}
