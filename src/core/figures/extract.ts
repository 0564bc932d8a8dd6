// Finds the figures of a paragraph with wink-nlp's tokens and custom entities plus German number rules.
import { wink } from '../nlp/wink.js';
import { MONTHS, SENTENCE_OPENERS } from '../text/sentences.js';
import type { Figure, FigureKind } from './types.js';
import { MULTIPLIERS, parseGermanDigits, parseNumberWord } from './german-number.js';

interface Token {
  value: string;
  type: string;
  start: number;
  end: number;
  /** Custom entity that starts here, and the index of its last token. */
  entity?: { type: string; last: number };
}

/** Words before a number that make it an identifier, not a quantity: `ISO 27001`, `Nr. 5`, `§ 3`. */
const IDENTIFIER_BEFORE = /^(ISO|DIN|EN|Nr|Nummer|§|§§|Paragraf|Paragraph|Artikel|Art|Abs|Absatz|Ziff|Ziffer|Anlage|Kap|Bd|Band|Rn|Rz|Randnummer|Az|Aktenzeichen|Version|Windows|Stufe|Level|Raum|Zimmer|Haus|Kapitel|Seite|S|Tel|Telefon|Fax|Postfach|Linie|Bus|A|B|L|K)$/;
/** A case number (`11 K 2221/10`, `2 BvR 123/20`): not a figure at all. */
const CASE_NUMBER = /\b\d{1,3}\s+[A-Z][A-Za-z]{0,3}\s+\d{1,5}\/\d{2,4}\b/g;
/** Adverbs that may stand between a number and its adjectives and noun: `fünf ehemals staatseigene Bahnen`. */
const ADVERB = /^(ehemals|vormals|bereits|jeweils|derzeit|damals|früher|heute|nur|noch|ganz|sehr|besonders|überwiegend|meist|zumeist|teils|teilweise|\p{Ll}+weise)$/u;
/** Measurement units written in lower case: `50 km`, `3 kg`, `12 ha`, `40 kWh`. */
const LOWER_UNIT = /^(km|kg|ha|qm|m²|m³|m|cm|mm|ml|kWh|kW|kbit|t|g)$/;
/** Endings of German nouns: a capitalised word with one is no English compound part (`Schulden Wirklich`). */
const GERMAN_NOUN_END = /(en|er|ung|heit|keit|schaft|ion|tät|nis|chen|lein)$/;
/** Adjective-like words between a number and its noun: `acht zusätzliche Server`, `200 neue Stellen`. */
const ADJECTIVE = /^\p{Ll}[\p{L}]*(e|en|er|es|em)$/u;

function tokenize(text: string): Token[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    // wink keeps the text exactly: preceding spaces plus value, token after token.
    const expected = offset + (spaces[i]?.length ?? 0);
    const found = text.startsWith(value, expected) ? expected : text.indexOf(value, offset);
    const at = found >= 0 ? found : expected;
    tokens.push({ value, type: types[i]!, start: at, end: at + value.length });
    offset = at + value.length;
  });
  const spans = doc.customEntities().out(its.span) as [number, number][];
  const kinds = doc.customEntities().out(its.type) as string[];
  spans.forEach(([first, last], k) => {
    const t = tokens[first];
    if (t) t.entity = { type: kinds[k]!, last };
  });
  return tokens;
}

/** The end of a multiplicative number word joined by a hyphen: `sechs-malig`, `3-fach`, `2-mal`. */
const MULTIPLICATIVE = /^(mal|malig\w*|fach\w*)$/i;

/** Fraction nouns and their denominators: `zwei Drittel` is two thirds. */
const FRACTION: Record<string, number> = {
  Drittel: 3, Viertel: 4, Fünftel: 5, Sechstel: 6, Siebtel: 7, Achtel: 8, Neuntel: 9, Zehntel: 10, Hundertstel: 100,
};

/** Whether a figure's unit makes it a share written as a fraction (`die Hälfte`, `zwei Drittel`). */
export function isShareUnit(unit: string): boolean {
  return unit === 'Hälfte' || Object.hasOwn(FRACTION, unit);
}

/** How every number word ends; other words need no parsing. */
const NUMBER_WORD_END = /(?:eins?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend|einhalb|anderthalb)$/i;

/** A year standing alone (`seit 2009`, `im Jahr 2020`) opens no window: it is a date, not a figure. */
const LONE_YEAR = /^(?:19|20)\d\d$/;
const AFTER_YEAR_FIGURE = /^\s*(?:Mio|Mrd|Million|Milliarde|Euro|EUR|€|Dollar|US-Dollar|\$|Prozent|%)/i;

/** Where a number may stand: digits, the end of a number word (`acht`, `zweihundert`), `eine Million`. */
const NUMBER_HINT = /\d[\d.,']*|(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend|einhalb)\b|\beine?r?\s+(?:Million|Milliarde)|\b(?:ein|eine|einem|einen)\s+(?:Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel)\b|\bHälfte\b/giu;
/** Words taken before and after a number: enough for qualifiers, multipliers, units and `x von y`. */
const WORDS_BEFORE = 4;
const WORDS_AFTER = 8;

/** Spans of the paragraph around its numbers, merged where they overlap: only they go through wink. */
function numberWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(NUMBER_HINT)) {
    if (LONE_YEAR.test(m[0]) && !AFTER_YEAR_FIGURE.test(text.slice(m.index + 4, m.index + 20))) continue;
    let start = m.index;
    for (let w = 0; w < WORDS_BEFORE && start > 0; w++) start = Math.max(0, text.lastIndexOf(' ', start - 2) + 1);
    let end = m.index + m[0].length;
    for (let w = 0; w < WORDS_AFTER && end < text.length; w++) {
      const next = text.indexOf(' ', end + 1);
      end = next < 0 ? text.length : next;
    }
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/** The figures of a paragraph, in order. Years, dates, ordinals, times and identifiers are left out. */
export function extractFigures(paragraph: string): Figure[] {
  const figures: Figure[] = [];
  for (const [from, to] of numberWindows(paragraph)) {
    const part = paragraph.slice(from, to);
    const tokens = tokenize(part);
    for (let i = 0; i < tokens.length; i++) {
      const found = figureAt(part, tokens, i);
      if (found) {
        figures.push({ ...found.figure, start: found.figure.start + from, end: found.figure.end + from });
        i = found.last;
      }
    }
  }
  const cases = [...paragraph.matchAll(CASE_NUMBER)].map(m => [m.index, m.index + m[0].length] as const);
  const kept = cases.length ? figures.filter(f => !cases.some(([a, b]) => f.start < b && f.end > a)) : figures;
  return inheritElidedUnits(paragraph, kept);
}

/**
 * Words after which German leaves out the counted noun because the figure before names it:
 * `370 Mitarbeiter, davon 110 im Bürgeramt`, `500 Ladepunkte; weitere 200 sollen folgen`.
 */
const ELLIPSIS = /\b(davon|darunter|von denen|von ihnen|unter ihnen|weitere|weiteren|zusätzliche|zusätzlich|nochmals|noch einmal)\s+(?:\S+\s+){0,1}$/i;

/** A bare number after such a word counts what the figure before it in the same sentence counts. */
function inheritElidedUnits(paragraph: string, figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    const before = figures[i - 1];
    if (f.unit !== null || !before || before.unit === null || before.kind !== 'count' || f.kind !== 'count') return f;
    const between = paragraph.slice(before.end, f.start);
    if (/[.!?]\s/.test(between) || !ELLIPSIS.test(paragraph.slice(Math.max(before.end, f.start - 40), f.start))) return f;
    return { ...f, unit: before.unit };
  });
}

/**
 * How many tokens after `i` continue a number written with spaces or Swiss apostrophes between thousands
 * (`7 000`, `1 250 000`, `740'000`).
 */
function spacedGroups(tokens: Token[], i: number): number {
  if (!/^\d{1,3}$/.test(tokens[i]!.value)) return 0;
  let n = 0;
  for (;;) {
    const next = tokens[i + n + 1];
    const after = tokens[i + n + 2];
    if (next?.type === 'number' && /^\d{3}$/.test(next.value) && next.start === tokens[i + n]!.end + 1) n++;
    else if (next?.value === "'" && next.start === tokens[i + n]!.end && after?.type === 'number' && /^\d{3}$/.test(after.value)
      && after.start === next.end) n += 2;
    else return n;
  }
}

function numberAt(text: string, tokens: Token[], i: number): number | null | undefined {
  const t = tokens[i]!;
  if (t.type === 'number') {
    const groups = spacedGroups(tokens, i);
    if (groups > 0) return parseGermanDigits(text.slice(t.start, tokens[i + groups]!.end));
    if (/^\d{1,2}:\d{2}$/.test(t.value)) return null; // `4:51 Minuten`: a time span, read as written
    return /^\d[\d.,]*$/.test(t.value) ? parseGermanDigits(t.value) : undefined;
  }
  if (t.type !== 'word') return undefined;
  const word = NUMBER_WORD_END.test(t.value) ? parseNumberWord(t.value) : null;
  if (word !== null) return word;
  // `eine Million Euro`, `ein Drittel`: the article counts as one before a multiplier or a fraction.
  if (/^(ein|eine|einer|einem|einen)$/i.test(t.value) && (tokens[i + 1]?.entity?.type === 'multiplier' || FRACTION[tokens[i + 1]?.value ?? ''])) return 1;
  // `die Hälfte`: one half, the article standing for the number.
  if (/^(die|der)$/i.test(t.value) && tokens[i + 1]?.value === 'Hälfte') return 0.5;
  return undefined;
}

function isDateOrOrdinal(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})?$/.test(t.value)) return true;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next?.value === '.' && next.start === t.end && after && after.type === 'word' && /^\d+$/.test(t.value)) {
    return MONTHS.test(after.value) || !SENTENCE_OPENERS.test(after.value);
  }
  return false;
}

/**
 * A four-digit number from 1000 to 2099 is a year unless money or a multiplier follows it; before 1900 it
 * counts a noun that follows it (`1500 Mitarbeiter`), since such years are rare in news about today.
 */
function isYear(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^(1\d|20)\d{2}$/.test(t.value)) return false;
  const next = tokens[i + 1];
  if (next?.entity?.type === 'multiplier' || next?.entity?.type === 'currency') return false;
  return /^(19|20)/.test(t.value) || !(next?.type === 'word' && /^\p{Lu}/u.test(next.value));
}

/** The currency a money word names, as the figure's unit. */
function currencyUnit(word: string): string {
  if (/^(euro|eur|€)$/.test(word)) return 'Euro';
  if (/^(dollar|usd|\$|us)$/.test(word)) return 'Dollar';
  if (/^(pfund|£)$/.test(word)) return 'Pfund';
  if (/^(franken|chf)$/.test(word)) return 'Franken';
  return 'Yen';
}

function figureAt(text: string, tokens: Token[], i: number): { figure: Figure; last: number } | null {
  const value = numberAt(text, tokens, i);
  if (value === undefined) return null;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.type === 'number' && (isDateOrOrdinal(tokens, i) || isYear(tokens, i))) return null;
  if (prev && (IDENTIFIER_BEFORE.test(prev.value) || (/^\p{Lu}{2,}$/u.test(prev.value) && prev.end === t.start - 1))) return null;
  // `Nr. 53`, `Abs. 2`, `Tel. 0711`: the abbreviation's dot stands between it and the number.
  const abbreviation = tokens[i - 2];
  if (prev?.value === '.' && abbreviation && abbreviation.end === prev.start && IDENTIFIER_BEFORE.test(abbreviation.value)) return null;
  if (t.type === 'number') {
    // `iPhone 6s`, `3D-Druck`, `5G`: a number glued to letters names something; `0711`: a code, not a quantity.
    if (/\p{L}/u.test(text[t.end] ?? '') || /^0\d/.test(t.value)) return null;
  }
  if (/^uhr$/i.test(tokens[i + 1]?.value ?? '')) return null;
  // `die 53-Jährige`, `die 24-Yard-Linie`, `ein 3-Zimmer-Büro`: the number is part of a compound word, not a count;
  // but `die sechs-malige Gewinnerin`, `das 3-fache` count how often.
  const dash = tokens[i + 1];
  const joined = dash?.value === '-' && dash.start === t.end && tokens[i + 2]?.type === 'word' && tokens[i + 2]!.start === dash.end;
  if (joined && !MULTIPLICATIVE.test(tokens[i + 2]!.value)) return null;

  let start = t.start;
  let qualifier: string | null = null;
  const q = qualifierBefore(tokens, i);
  if (q) {
    qualifier = text.slice(q.start, tokens[i - 1]!.end).toLowerCase().replace(/\s+/g, ' ');
    start = q.start;
  }

  let last = joined ? i + 2 : i + (t.type === 'number' ? spacedGroups(tokens, i) : 0);
  let number = value;
  const m = tokens[last + 1]?.entity;
  if (m?.type === 'multiplier') {
    const word = tokens[last + 1]!.value.toLowerCase().replace(/\.$/, '');
    number = number === null ? null : number * (MULTIPLIERS[word] ?? NaN);
    last = m.last;
  }

  // `7 bis 10 Prozent`, `30.000 bis 50.000 Einwohner`, `zwischen 55 und 550 Euro`: one range, with the unit of its
  // upper end; no single value.
  const between = prev?.value.toLowerCase() === 'zwischen';
  const joiner = tokens[last + 1]?.value ?? '';
  if ((/^bis$/i.test(joiner) || (between && /^und$/i.test(joiner))) && tokens[last + 2] && numberAt(text, tokens, last + 2) !== undefined) {
    const upper = figureAt(text, tokens, last + 2);
    if (upper && (upper.figure.qualifier === null || upper.figure.qualifier === 'bis')) {
      const f = upper.figure;
      const from = between ? prev!.start : start;
      return { figure: { ...f, text: text.slice(from, f.end), value: null, qualifier: between ? 'zwischen' : qualifier, start: from }, last: upper.last };
    }
  }

  let unit: string | null = null;
  let kind: FigureKind = 'count';
  // `zwei Drittel`, `drei Viertel`: a share, the number divided by the fraction's denominator.
  const fraction = FRACTION[tokens[last + 1]?.value ?? ''];
  const c = tokens[last + 1]?.entity;
  if (tokens[last + 1]?.value === 'Hälfte' && value === 0.5) {
    unit = 'Hälfte';
    last++;
  } else if (fraction) {
    number = number === null ? null : number / fraction;
    unit = tokens[last + 1]!.value;
    last++;
  } else if (c?.type === 'currency') {
    const word = tokens[last + 1]!.value.toLowerCase();
    kind = word === 'prozent' || word === '%' || word.startsWith('prozentpunkt') ? 'percent' : 'money';
    unit = kind === 'money' ? currencyUnit(word) : word.startsWith('prozentpunkt') ? 'Prozentpunkte' : 'Prozent';
    last = c.last;
  } else if (/^von$/i.test(tokens[last + 1]?.value ?? '') && tokens[last + 2]?.type === 'number') {
    // `18 von 45 Ämtern`: the first number counts the noun that follows the second.
    const noun = countedNoun(text, tokens, last + 3);
    if (noun) {
      unit = noun.unit;
      last = noun.last;
    }
  } else {
    const noun = countedNoun(text, tokens, last + 1);
    if (noun) {
      unit = noun.unit;
      last = noun.last;
    }
  }
  if (number !== null && !Number.isFinite(number)) number = null;
  if (number !== null) number = Math.round(number * 1e6) / 1e6;
  // `Album 25`, `Windows 10`, `Android 6.0`: a bare number right after a name, inside a sentence, is part of the name.
  if (unit === null && qualifier === null && last === i && t.type === 'number' && prev && prev.type === 'word'
    && /^\p{Lu}/u.test(prev.value) && prev.end === t.start - 1 && !/^\d{1,3}(\.\d{3})+$/.test(t.value)
    && /[\p{L}\d,]\s+$/u.test(text.slice(0, prev.start))) return null;
  let end = tokens[last]!.end;
  // `30 km/h.`: the tokenizer may keep the sentence's full stop with the unit's last part.
  if (unit !== null && unit.includes('/') && /[a-z]\.$/.test(unit)) {
    unit = unit.slice(0, -1);
    end -= 1;
  }
  return { figure: { text: text.slice(start, end), value: number, unit, qualifier, kind, start, end }, last };
}

function qualifierBefore(tokens: Token[], i: number): Token | null {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const e = tokens[k]!.entity;
    if (e?.type === 'qualifier' && e.last === i - 1) return tokens[k]!;
  }
  return null;
}

/**
 * The noun a number counts: up to three adjectives are skipped (`acht zusätzliche Server`), a hyphenated
 * compound is kept whole (`VPN-Zugänge`), and a pair in both genders is kept together
 * (`Mitarbeiterinnen und Mitarbeiter`).
 */
function countedNoun(text: string, tokens: Token[], from: number): { unit: string; last: number } | null {
  let k = from;
  let adjectives = 0;
  while (tokens[k] && tokens[k]!.type === 'word' && (ADJECTIVE.test(tokens[k]!.value) || ADVERB.test(tokens[k]!.value)) && adjectives < 3) {
    k++;
    adjectives++;
  }
  const noun = tokens[k];
  if (!noun || noun.type !== 'word' || MONTHS.test(noun.value)) return null;
  if (!/^\p{Lu}/u.test(noun.value) && !(adjectives === 0 && LOWER_UNIT.test(noun.value))) return null;
  if (adjectives > 0 && SENTENCE_OPENERS.test(noun.value)) return null;
  let last = k;
  let unitStart = noun.start;
  // A hyphenated compound is three tokens without spaces: `VPN` `-` `Zugänge`.
  while (tokens[last + 1]?.value === '-' && tokens[last + 1]!.start === tokens[last]!.end
    && tokens[last + 2]?.type === 'word' && tokens[last + 2]!.start === tokens[last + 1]!.end) last += 2;
  // A unit per time or per unit: `Mbit/s`, `km/h`, `Euro/Monat`.
  if (tokens[last + 1]?.value === '/' && tokens[last + 1]!.start === tokens[last]!.end && tokens[last + 2]?.type === 'word'
    && tokens[last + 2]!.start === tokens[last + 1]!.end) last += 2;
  // English compounds written apart: `Access Points` (not German nouns, whose endings English words rarely have).
  const next = tokens[last + 1];
  if (next && next.type === 'word' && /^\p{Lu}\p{Ll}/u.test(next.value) && next.start === tokens[last]!.end + 1
    && /^[A-Z][a-z]+$/.test(noun.value) && /^[A-Z][a-z]+s?$/.test(next.value) && !SENTENCE_OPENERS.test(next.value)
    && !GERMAN_NOUN_END.test(noun.value)) last++;
  const first = text.slice(unitStart, tokens[last]!.end);
  const pair = tokens[last + 1];
  const partner = tokens[last + 2];
  if (pair && /^(und|oder)$/.test(pair.value) && partner && /^\p{Lu}/u.test(partner.value)
    && partner.value.slice(0, 5) === first.slice(0, 5)) {
    last += 2;
  }
  unitStart = noun.start;
  return { unit: text.slice(unitStart, tokens[last]!.end), last };
}
