// Scores every figure of a paragraph against what the question asks: the asked thing, the asked words bound to
// the figure rather than to its neighbours, the asked time, change, plan and whole. Each part of the score is
// kept, so that the doubt can name the constraint a figure fails.
import type { Figure } from '../figures/types.js';
import type { Sentence } from '../text/sentences.js';
import { timeAgreement, timeRefs } from '../text/time-refs.js';
import { thingFit } from '../meaning/same-thing.js';
import { timeWords, type Asked } from './asked.js';
import { knownNoun } from '../meaning/thesaurus.js';
import { nounStem } from '../meaning/noun-stem.js';
import { stem } from '../search/analyzer.js';
import { shortForm } from '../places/gazetteer.js';
import type { FigureRole } from './figure-role.js';
import type { ConceptTable, Reading } from './read.js';

/** What the scoring needs of the paragraph and the question. */
export interface ScoreInput extends BindInput {
  text: string;
  sentences: Sentence[];
  figures: Figure[];
  roles: FigureRole[];
  reading: Reading;
  table: ConceptTable;
  /** Per sentence: how well it answers the question (coverage times the expected kind of answer, 0–1). */
  sentenceScores: number[];
  asked: Asked;
  /** The figure kind the question asks for; null: any. */
  kind: Figure['kind'] | null;
  /** The question asks how long (a duration answers). */
  duration: boolean;
  /** Numbers the question names itself: its conditions, not its answer. */
  given: Set<number>;
  /** The question as written (for the asked currency). */
  question: string;
  /** Whether a sentence refers back to the sentence before (`Sie …`, `Dort …`), read on need. */
  leaning: Leaning;
  /** What the article's title and lead cover, per concept. */
  fields: number[];
  /** The places the question names (the gazetteer's names: `Frankfurt am Main`). */
  places: string[];
}

/** What binding the question's words to figures needs: the paragraph, its figures and the sentence of each. */
export interface BindInput {
  text: string;
  sentences: Sentence[];
  figures: Figure[];
  /** Every figure of the paragraph, when `figures` are only some of them (all figures stand between words and figures). */
  allFigures?: Figure[];
  roles: { sentence: number }[];
  reading: Reading;
  table: ConceptTable;
  /** Whether a sentence refers back to the sentence before. */
  leaning?: Leaning;
}

/** `waren es 41 Prozent`, `sind es nun 21 Millionen`: `es` stands for what the sentence before counted. */
const ES_FOR_IT = /\b(?:waren|sind|war|ist|wurden|werden|sollen|sollten|dürften)\s+es\b|\bes\s+(?:waren|sind|war)\b/i;

/** The sentence an offset lies in. */
function sentenceAt(input: BindInput, offset: number): number {
  let index = 0;
  for (let i = 0; i < input.sentences.length && input.sentences[i]!.start <= offset; i++) index = i;
  return index;
}

/** Whether a sentence holds a figure (its words are then that figure's, not the next sentence's). */
function figuresIn(input: BindInput, sentence: number): boolean {
  const from = input.sentences[sentence]?.start ?? 0;
  const to = sentenceEnd(input, sentence);
  return input.figures.some(f => f.start >= from && f.start < to);
}

/** Tells whether sentence `i` refers back to the one before it. */
export interface Leaning {
  leans(i: number): boolean;
}

/** How far, in words, the words of the sentence before count for a figure of a sentence that refers back to it. */
const LEANING_DISTANCE = 6;

export interface ScoredFigure {
  figure: Figure;
  role: FigureRole;
  score: number;
  /** The score's parts by name (`kind`, `sentence`, `bound`, `thing`, `time` …), for explaining a choice. */
  parts: Record<string, number>;
  /** How surely the figure counts the asked thing (0–1), or null when the question names none to count. */
  thing: number | null;
  /** How the figure's time agrees with the asked time: 1 same, 0.5 within, 0 unknown, -1 another; null: none asked. */
  time: number | null;
  kindFits: boolean;
  /** The asked words bound to the figure, weighted by their importance (0: none). */
  bound: number;
  /** The asked time is named in the figure's sentence or shortly before it (false when none is asked). */
  timeNamed: boolean;
  /** Names the question asks about that stand nowhere in the figure's article. */
  missing: string[];
  /** Names the question asks about that stand in the article, but not with the figure. */
  apart: string[];
  /** The currency the question asks for, when the figure is in another one. */
  otherCurrency: string | null;
  /** Of whom the figure's share is, when that is not whom the question asks about. */
  population: string | null;
}

/** Weights of the parts of a figure's score. */
const W = {
  kind: 5, sentence: 4, thing: 4, bareThing: 1.5, otherThing: -2, thingNear: 3, time: 3, timeFar: -1, age: 3, change: 3,
  unwantedChange: -2.5, former: -1.5, wantedFormer: 2.5, present: 1, plan: 1.5, unwantedPlan: -1.5, total: 2, whole: -1,
  part: 1, given: -4, duration: 4, timeUnit: -3, currency: 1, otherCurrency: -3, unit: 1.5, ownerElsewhere: -1,
  ownerMissing: -3, nameApart: -2, competitor: -4, bareMoney: -2, otherThing2: -1.5, pinned: 2, place: -2, adjective: 1.5,
  speed: 2, population: -2, placeBound: 1.5, otherTime: -8, restricted: -1.5,
};
/** Sentences before a figure's own in which the asked time may be named for it. */
const TIME_CONTEXT = 2;
/** Words between a question word and a figure, beyond which the word no longer binds to it. */
const BIND_REACH = 12;
/** Units of time: a duration answers `wie lange`, and rarely anything else. */
const TIME_UNIT = /^(Jahre|Jahren|Jahr|Jahrzehnte|Jahrzehnten|Monate|Monaten|Monat|Wochen|Woche|Tage|Tagen|Tag|Stunden|Stunde|Minuten|Minute|Sekunden|Sekunde|Jährige\w*|jährige\w*)$/;
/** Shares written as fractions: they answer a question for a share as a percentage does. */
const SHARE_UNIT = /^(Hälfte|Drittel|Viertel|Fünftel|Sechstel|Siebtel|Achtel|Neuntel|Zehntel|Hundertstel)$/;
/** Units of measurement (not of counting): a `wie viel Speicherplatz` or `wie schnell` question wants one of them. */
const MEASURE_UNIT = /^(?:[kMGTP]?B|[KMGTP]i?B|[kMGT]?bit(?:\/s)?|[KMGT]?Byte\w*|Kilo\w+|Mega\w+|Giga\w+|Tera\w+|Peta\w+|[kMG]?W|[kMG]?Wh|Watt|Volt|Ampere|km(?:\/h)?|m|cm|mm|m²|m³|qm|ha|Hektar|Meter|Quadratmeter|Kubikmeter|Liter|t|kg|g|Tonnen|Gramm|Grad|Zoll|PS|Knoten|\w+\/s|\w+\/h)$/u;
/** A number as the question writes it (`2015`, `1,5`), not a name with digits (`6s`, `A1`). */
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)*$/;
/** Ordinal words: like numbers, they pin a figure down (`ab dem sechsten Monat auf 17 Euro`). */
const ORDINAL = /^(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)(e|en|er|es|em)?$/;
/** Words of money in a clause: a large amount without a unit there is money (`Schulden von fast drei Milliarden`). */
const MONEY_WORD = /(Schulden|Kosten|Geld|Budget|Etat|Umsatz|Umsätze|Gewinn|Verlust|Kredit\w*|Investition\w*|investier\w*|Mittel|Euro|Dollar|Pfund|Franken)/;
/** Units of a rate: a `wie schnell` question wants one. */
const RATE_UNIT = /\/(s|h|Sekunde|Stunde)$|^(km\/h|Knoten|Mbit|Gbit|kbit)/;
/** A place in the question (`in Wien`): a figure whose clause speaks of another (`in Österreich`) holds for that one. */
const IN_PLACE = /\bin\s+(\p{Lu}[\p{L}-]+)/gu;
/** Lower-case adjectives of the question and their stem (`afghanische` → `afghan`, `durchschnittliche` → `durchschnitt`). */
const ADJECTIVE_ROOT = /^(\p{Ll}{4,}?)(?:isch|lich|ig)?(?:e|en|er|es|em)$/u;
/** Currencies a question may ask the amount in (`in Euro`). */
const CURRENCY = /\b(Euro|Dollar|Pfund|Franken|Yen)\b/;

/** The token range of a figure in the reading's tokens: [first, end). */
function tokensOf(starts: Int32Array, f: { start: number; end: number }): [number, number] {
  let first = 0;
  while (first < starts.length && starts[first]! < f.start) first++;
  let end = first;
  while (end < starts.length && starts[end]! < f.end) end++;
  return [first, end];
}

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;
const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;
const DASH = 0x2013;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * What lies between two places of a paragraph, counted once per paragraph so that each word–figure pair costs a
 * few array reads: clause breaks (commas, semicolons, colons, brackets, dashes; not the comma inside `2,5`), joining
 * conjunctions (`und`, `oder`, `sowie`, `bzw.`) and figures.
 */
export class Gaps {
  private readonly breaks: Int32Array;
  private readonly joins: Int32Array;
  private readonly figureEnds: number[];

  constructor(private readonly text: string, figures: Figure[]) {
    const n = text.length;
    this.breaks = new Int32Array(n + 1);
    this.joins = new Int32Array(n + 1);
    for (let c = 0; c < n; c++) {
      const ch = text.charCodeAt(c);
      const isBreak = ch === COMMA ? !(isDigit(text.charCodeAt(c - 1)) && isDigit(text.charCodeAt(c + 1)))
        : ch === SEMICOLON || ch === COLON || ch === OPEN_BRACKET || ch === CLOSE_BRACKET || ch === DASH;
      this.breaks[c + 1] = this.breaks[c]! + (isBreak ? 1 : 0);
    }
    for (const m of text.matchAll(/\s(?:und|oder|sowie|bzw\.)\s/g)) this.joins[m.index + 1] = 1;
    for (let c = 0; c < n; c++) this.joins[c + 1] = this.joins[c + 1]! + this.joins[c]!;
    this.figureEnds = figures.map(g => g.end);
    this.starts = figures.map(g => g.start);
  }

  private readonly starts: number[];

  /**
   * How far a word of the question stands from a figure: words between them, plus a penalty for every other figure
   * and every clause break between them, and a joining conjunction parts them as a comma does (`beginnt am 17. März
   * und endet am 2. Mai`). A bracket right after the word opens the word's own figure (`Oberösterreich (4.090)`).
   */
  distance(f: Figure, fTokens: [number, number], m: { token: number; start: number; end: number }): number {
    const before = m.token < fTokens[0];
    const words = before ? fTokens[0] - m.token - 1 : m.token - fTokens[1];
    const from = before ? m.end : f.end;
    const to = before ? f.start : m.start;
    if (to <= from) return Math.max(0, words);
    let breaks = this.breaks[to]! - this.breaks[from]!;
    if (before && breaks === 1 && /^\s*\(\s*$/.test(this.text.slice(from, to))) breaks = 0;
    const joins = this.joins[to]! - this.joins[from]!;
    return Math.max(0, words) + 2 * breaks + 2 * joins + 3 * this.figuresWithin(from, to);
  }

  /** Figures that lie wholly between two offsets. */
  private figuresWithin(from: number, to: number): number {
    let n = 0;
    for (let i = 0; i < this.starts.length; i++) if (this.starts[i]! >= from && this.figureEnds[i]! <= to) n++;
    return n;
  }
}

function closeness(d: number): number {
  return d <= 2 ? 1 : d >= BIND_REACH ? 0 : 1 - ((d - 2) / (BIND_REACH - 2)) * 0.7;
}

/** What binding found: per figure the weighted words bound to it, and the concepts it owns from close by. */
export interface Bindings {
  weight: number[];
  /** Per figure: the concepts that stand closest to it, at most CLOSE words away. */
  close: Set<number>[];
}

/** Words within which a question word standing closest to a figure is that figure's own (`Oberösterreich (4.090)`). */
const CLOSE = 3;

/**
 * The question's words bound to each figure of a sentence: a word binds fully to the figure it stands closest to,
 * half to the others; per concept the best binding counts, weighted by how rare (how telling) the concept is.
 * Two question words that stand together in the text as in the question (`6s Plus`, `Energie Steiermark`) bind
 * once more as a phrase, to the nearest figure only.
 */
export function bindings(input: BindInput, skip: (concept: number) => boolean, boost: (concept: number) => number = () => 1,
  /** Concepts that bind to their nearest figure only (a verb to the date it governs). */
  exclusive: (concept: number) => boolean = () => false, gaps = new Gaps(input.text, input.allFigures ?? input.figures)): Bindings {
  const { text, figures, roles, reading, table } = input;
  const spans = figures.map(f => tokensOf(reading.tokenStarts, f));
  // Figures not scored still stand nearest to words next to them (they compete for the nearest word, score nothing).
  const others = input.allFigures ? input.allFigures.filter(f => !figures.includes(f)) : [];
  const otherSpans = others.map(f => tokensOf(reading.tokenStarts, f));
  const best = figures.map(() => new Map<number, number>());
  const close = figures.map(() => new Set<number>());
  const matches = reading.matches.filter(m => !skip(m.concept));
  const phrases = matches.filter((m, k) => k > 0 && matches[k - 1]!.token === m.token - 1 && matches[k - 1]!.concept === m.concept - 1);
  const all = [...matches, ...phrases];
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    const phrase = k >= matches.length;
    let nearest = Infinity;
    const ds = figures.map((f, i) => {
      if (m.start >= f.start && m.end <= f.end) return Infinity; // the figure's own words count as its unit
      const s = roles[i]!.sentence;
      const inside = m.start >= (input.sentences[s]?.start ?? 0) && m.start < sentenceEnd(input, s);
      // A sentence that refers back (`Ein Quartal zuvor waren es 35 Prozent`) speaks of what the one before names.
      const before = !inside && s > 0 && input.leaning?.leans(s) === true && m.start >= (input.sentences[s - 1]?.start ?? 0)
        && m.start < sentenceEnd(input, s - 1) && (!figuresIn(input, s - 1) || ES_FOR_IT.test(input.sentences[s]!.text));
      if (!inside && !before) return Infinity;
      if (before) return -LEANING_DISTANCE; // marked: from the sentence before, never the nearest
      const d = gaps.distance(f, spans[i]!, m);
      nearest = Math.min(nearest, d);
      return d;
    });
    others.forEach((g, j) => {
      if (m.start >= g.start && m.end <= g.end) return;
      const at = sentenceAt(input, g.start);
      if (m.start >= (input.sentences[at]?.start ?? 0) && m.start < sentenceEnd(input, at)) nearest = Math.min(nearest, gaps.distance(g, otherSpans[j]!, m));
    });
    ds.forEach((signed, i) => {
      const leaning = signed < 0;
      const d = Math.abs(signed);
      if (d === Infinity || ((phrase || exclusive(m.concept)) && (leaning || d > nearest))) return;
      // Numbers the question names (a year, an amount) pin a figure down hard; rare words more than common ones.
      // The name right before a bracketed figure owns it (`Oberösterreich (4.090)`, `den Volksbanken (3,2 Millionen Euro)`).
      const listed = m.token < spans[i]![0] && /^\s*\(\s*$/.test(text.slice(m.end, figures[i]!.start)) ? 2 : 1;
      const word = table.list[m.concept]!.word;
      const pin = (PLAIN_NUMBER.test(word) || ORDINAL.test(word) ? 2 : 1) * listed;
      const relative = phrase ? Math.min(table.relative[m.concept]!, table.relative[m.concept - 1]!) : table.relative[m.concept]!;
      const v = m.weight * closeness(d) * (d <= nearest && !leaning ? 1 : 0.5) * pin * relative * boost(m.concept);
      const key = phrase ? -1 - m.concept : m.concept;
      if (v > (best[i]!.get(key) ?? 0)) best[i]!.set(key, v);
      if (!phrase && !leaning && d <= nearest && d <= CLOSE) close[i]!.add(m.concept);
    });
  }
  return { weight: best.map(b => [...b.values()].reduce((a, v) => a + v, 0)), close };
}

function sentenceEnd(input: BindInput, i: number): number {
  const s = input.sentences[i];
  return s ? s.start + s.text.length : input.text.length;
}

/** The concepts of the question that are words of its times. */
export function timeConcepts(table: ConceptTable, words: Set<string>): Set<number> {
  const out = new Set<number>();
  if (words.size) table.list.forEach((c, i) => {
    if (words.has(c.written.toLowerCase())) out.add(i);
  });
  return out;
}

/** Adds to a part of a figure's score (rounded, so that parts read well in `--json`). */
function addPart(parts: Record<string, number>, part: string, v: number): void {
  if (v !== 0) parts[part] = Math.round(((parts[part] ?? 0) + v) * 100) / 100;
}

/** The asked time is named in a sentence's own text or in the TIME_CONTEXT sentences before it. */
function namedNear(input: ScoreInput, askedAt: number[], sentence: number): boolean {
  const from = input.sentences[Math.max(0, sentence - TIME_CONTEXT)]?.start ?? 0;
  const to = sentenceEnd(input, sentence);
  return askedAt.some(at => at >= from && at < to);
}

/** Whether a concept of the question names the asked thing itself (it is scored as the thing, not bound as a word). */
function thingConcepts(input: ScoreInput): Set<number> {
  const out = new Set<number>();
  const thing = input.asked.thing;
  if (!thing) return out;
  input.table.list.forEach((c, i) => {
    if (thingFit(thing, c.written) >= 0.9) out.add(i);
  });
  return out;
}

/** What scoring reads of the question alone, once per question (the candidates of one question share it). */
interface QuestionFacts {
  thingIds: Set<number>;
  times: Set<number>;
  currency: string | null;
  owners: { concept: number; name: boolean }[];
  /** Places the question names with `in` (lower case). */
  inPlaces: string[];
  /** Stems of its lower-case adjectives (`afghan`). */
  adjectiveRoots: string[];
}

const factsOf = new WeakMap<ConceptTable, QuestionFacts>();

function questionFacts(input: ScoreInput): QuestionFacts {
  let facts = factsOf.get(input.table);
  if (facts) return facts;
  const { asked, table } = input;
  const thingIds = thingConcepts(input);
  const times = timeConcepts(table, timeWords(input.question, asked));
  const sources = new Set<number>();
  table.list.forEach((c, i) => {
    if (asked.source.has(c.written.toLowerCase())) sources.add(i);
  });
  facts = {
    thingIds, times,
    currency: CURRENCY.exec(input.question)?.[1] ?? null,
    owners: ownerConcepts(input, new Set([...thingIds, ...times, ...sources])),
    inPlaces: [...input.question.matchAll(IN_PLACE)].map(m => m[1]!.toLowerCase()),
    adjectiveRoots: [...input.question.matchAll(/\b\p{Ll}+\b/gu)].map(m => ADJECTIVE_ROOT.exec(m[0])?.[1])
      .filter((r): r is string => !!r && r.length >= 5),
  };
  factsOf.set(table, facts);
  return facts;
}

export function scoreFigures(input: ScoreInput): ScoredFigure[] {
  const { text, figures, roles, asked, kind, table } = input;
  const facts = questionFacts(input);
  const { thingIds, times, currency, owners } = facts;
  // The question's time is scored as a time, not bound as words; for a count the asked thing is scored as what the
  // figure counts, for an amount it is a word like any other.
  const counting = kind === 'count' || kind === null;
  const gaps = new Gaps(text, input.allFigures ?? figures);
  const binding = bindings(input, c => times.has(c) || (counting && thingIds.has(c)), undefined, undefined, gaps);
  // `2021 lag der Anteil bei 18 Prozent, 2022 bei 29 Prozent`: a clause that leaves out all but its figure and its
  // time says the same of the figure as the clause before says of its own.
  const bound = binding.weight.map((w, i) => {
    const p = roles[i]!.parallel;
    return p >= 0 ? Math.max(w, binding.weight[p]!) : w;
  });
  // Where the paragraph names the asked time: a figure without a time of its own holds for it when it is named close by.
  const askedAt = asked.times.length ? timeRefs(text).filter(t => asked.times.some(a => timeAgreement(a, t) > 0)).map(t => t.start) : [];

  // A time named for one figure exactly makes a figure that only lies in it (the year of the asked quarter) no match.
  const exact = asked.times.length > 0 && roles.some(r => r.times.some(t => asked.times.some(a => timeAgreement(a, t) === 1)));
  const placeNear = placeBindings(input, gaps);
  return figures.map((f, i) => {
    const role = roles[i]!;
    const parts: Record<string, number> = {};
    const share = kind === 'percent' && f.unit !== null && SHARE_UNIT.test(f.unit);
    // A large amount without a unit (`fast drei Milliarden`) may be money where the question asks for money.
    const bareMoney = kind === 'money' && role.kind === 'count' && !role.thing && f.value !== null && /illion|illiard|Mio|Mrd/i.test(f.text)
      && MONEY_WORD.test(text.slice(role.clause[0], role.clause[1]));
    const timeUnit = f.unit !== null && TIME_UNIT.test(f.unit);
    // `wie lange`, `wie alt`: only a duration answers.
    const kindFits = input.duration ? timeUnit : !kind || role.kind === kind || share || bareMoney;
    addPart(parts, 'kind', kindFits ? W.kind : 0);
    addPart(parts, 'sentence', W.sentence * (input.sentenceScores[role.sentence] ?? 0));
    addPart(parts, 'bound', bound[i]!);
    addPart(parts, 'value', f.value !== null ? 0.5 : 0);
    if (bareMoney) addPart(parts, 'kind', W.bareMoney);
    // What the figure counts, against what the question asks to count.
    let thing: number | null = null;
    // A share answers `wie viel des …` (kind open) by what it is a share of; for `wie viele` it is weighed as any count.
    const shareOf = f.unit !== null && SHARE_UNIT.test(f.unit) && kind !== 'count';
    if (shareOf && asked.thing) {
      // `über die Hälfte des verstärkten Treibhauseffekts`: a share counts nothing; of what it is may be the asked thing.
      const whole = populationOf(text, f);
      if (whole) addPart(parts, 'thing', W.thing * thingFit(asked.thing, whole));
    } else if (asked.thing && !input.duration && role.kind === 'count' && !share && kind !== 'money' && kind !== 'percent') {
      thing = role.thing ? Math.max(thingFit(asked.thing, role.thing), asked.also ? thingFit(asked.also, role.thing) : 0) : 0;
      // `Von 340.000 Beschäftigten sind 145.000 Aktionäre`: a part counts some of what its whole counts.
      if (role.partOf) thing = Math.max(thing, 0.9 * thingFit(asked.thing, role.partOf));
      if (thing > 0) addPart(parts, 'thing', W.thing * thing);
      else if (!role.thing && thingInSentence(input, role, asked.thing)) {
        thing = 0.5;
        addPart(parts, 'thing', W.bareThing);
      } else if (role.thing && table.list.some(c => thingFit(c.written, role.thing!) >= 0.9)) addPart(parts, 'thing', W.otherThing);
      else if (role.thing && !input.duration) addPart(parts, 'thing', W.otherThing2);
      if (thing === 0 && kind === null && role.thing && MEASURE_UNIT.test(role.thing)) {
        // `wie viel Speicherplatz` → `15,36 Terabytes`: a unit of measurement answers what no noun counts; the asked
        // noun close by says which (`einer Leistung von insgesamt sechs Megawatt`).
        thing = 0.5;
        addPart(parts, 'thing', W.unit - W.otherThing2 + W.thingNear * thingNear(text, f, role, asked.thing));
      }
    } else if (asked.thing) {
      // An amount or share: the asked noun, or a synonym, close to the figure (`Verbindlichkeiten in Höhe von 29 Millionen Euro`).
      const parallel = role.parallel >= 0 ? thingNear(text, figures[role.parallel]!, roles[role.parallel]!, asked.thing) : 0;
      addPart(parts, 'thing', W.thingNear * Math.max(thingNear(text, f, role, asked.thing), parallel));
    }
    // The asked currency (`wie viel … in Euro`).
    if (currency && role.kind === 'money' && role.thing) addPart(parts, 'currency', role.thing === currency ? W.currency : W.otherCurrency);
    // The asked time.
    let time: number | null = null;
    const timeNamed = namedNear(input, askedAt, role.sentence);
    if (asked.times.length) {
      time = role.times.length ? Math.max(...asked.times.map(a => Math.max(...role.times.map(t => timeAgreement(a, t))))) : 0;
      // Another time is out when another figure holds for the asked one exactly; else it only counts against.
      // A time that only contains the asked one (the year of the asked quarter) is another one then, too.
      addPart(parts, 'time', time < 0 ? (exact ? W.otherTime : -W.time) : time === 0.5 && exact ? W.otherTime : W.time * time);
      if (time === 0 && !timeNamed) addPart(parts, 'time', W.timeFar);
    }
    // `wie alt`: an age (`zwischen 31 und 40 Jahren alt`, `im Alter von 40 Jahren`).
    if (asked.age && timeUnit && (/^\s*alt\b/.test(text.slice(f.end, f.end + 6)) || /\bAlters?\s+(?:von\s+)?(?:\S+\s+)?$/.test(text.slice(Math.max(0, f.start - 20), f.start)))) addPart(parts, 'age', W.age);
    // A former value answers a question about the past; a change answers a question about a change.
    const former = role.tense === 'past' || role.change === 'old';
    if (asked.tense === 'past') addPart(parts, 'tense', former ? W.wantedFormer : role.tense === 'present' || role.change === 'new' ? W.former : 0);
    else if (former && time !== 1) addPart(parts, 'tense', W.former);
    else if (asked.tense === 'present' && role.tense === 'present') addPart(parts, 'tense', W.present);
    if (asked.change) addPart(parts, 'change', role.change === 'delta' ? W.change : role.change === 'new' || role.change === 'old' ? -1 : 0);
    else if (role.change === 'delta') addPart(parts, 'change', W.unwantedChange);
    else if (role.change === 'new') addPart(parts, 'change', 0.5);
    if (role.planned !== asked.planned) addPart(parts, 'plan', asked.planned ? W.unwantedPlan * 0.7 : W.unwantedPlan);
    else if (asked.planned) addPart(parts, 'plan', W.plan);
    // A part named by words the question does not use (`davon 95 im Bürgerservice`) is not what it asks for.
    if (role.whole === 'part' && restricted(input, f, role)) addPart(parts, 'whole', W.restricted);
    // A whole answers a question for the whole; otherwise the asked words decide between a whole and its parts.
    if (role.whole === 'total' && asked.total) addPart(parts, 'whole', W.total);
    else if (role.whole === 'part' && asked.total) addPart(parts, 'whole', -W.part);
    if (f.value !== null && input.given.has(f.value)) addPart(parts, 'given', W.given);
    if (timeUnit) addPart(parts, 'duration', input.duration ? W.duration : thing !== null && thing > 0 ? 0 : W.timeUnit);
    // The names the question asks about must stand with the figure: in its sentence, or at least in the article.
    const missing: string[] = [];
    const apart: string[] = [];
    for (const { concept: c, name } of owners) {
      const where = ownerPlace(input, c, role.sentence);
      if (where === 'sentence' || (where === 'title' && name)) continue;
      const weight = Math.min(1, table.relative[c]!);
      if (!name) addPart(parts, 'owner', W.ownerElsewhere * weight);
      else if (where === 'absent') {
        addPart(parts, 'owner', W.ownerMissing * weight);
        missing.push(table.list[c]!.written);
      } else if (sentencesWith(input, c) > 1) {
        // A name several sentences repeat is what the whole text is about (`Wien Energie`, `Österreich`): its figures need not repeat it.
        addPart(parts, 'owner', W.ownerElsewhere * weight);
      } else {
        addPart(parts, 'owner', W.nameApart * weight);
        apart.push(table.list[c]!.written);
      }
    }
    // A number or ordinal of the question right next to the figure pins it (`ab dem sechsten Monat auf 17 Euro`).
    for (const c of binding.close[i]!) if (PLAIN_NUMBER.test(table.list[c]!.word) || ORDINAL.test(table.list[c]!.word)) addPart(parts, 'pinned', W.pinned);
    // A name the question asks about stands right next to another figure of the asked kind: this one is not its figure.
    for (const { concept: c, name } of owners) {
      if (!name || ownerPlace(input, c, role.sentence) === 'sentence' || sentencesWith(input, c) > 1) continue;
      if (figures.some((g, j) => j !== i && binding.close[j]!.has(c) && (!kind || roles[j]!.kind === kind))) addPart(parts, 'owner', W.competitor * Math.min(1, table.relative[c]!));
    }
    addPart(parts, 'place', placeConflict(input, role, facts.inPlaces) ? W.place : 0);
    addPart(parts, 'place', W.placeBound * placeNear[i]!);
    addPart(parts, 'bound', W.adjective * adjectiveNear(input, f, role, facts.adjectiveRoots));
    if (asked.speed && role.thing && RATE_UNIT.test(role.thing)) addPart(parts, 'thing', W.speed);
    const population = kind === 'percent' && asked.population.length ? populationOf(text, f) : null;
    const otherPopulation = population !== null && asked.population.every(p => thingFit(p, population) < 0.5);
    if (otherPopulation) addPart(parts, 'thing', W.population);
    const score = Object.values(parts).reduce((a, v) => a + v, 0);
    return { figure: f, role, score, parts, population: otherPopulation ? population : null, thing, time, kindFits, bound: bound[i]!, timeNamed, missing, apart,
      otherCurrency: currency !== null && role.kind === 'money' && role.thing !== null && role.thing !== currency ? currency : null };
  });
}

/**
 * The question's names and rare words, each of which should stand with the answer. A name is spelled as one
 * (capitals or digits inside: `FPÖ`, `PwC`, `A1`, `IFES-Studie`), or is a capitalised word the language's nouns do
 * not include and no article precedes (`in Graz`, `hat Sky`, `wird Nigeria`).
 */
function ownerConcepts(input: ScoreInput, skip: Set<number>): { concept: number; name: boolean }[] {
  const out: { concept: number; name: boolean }[] = [];
  input.table.list.forEach((c, i) => {
    if (skip.has(i) || !c.noun || /^\d/.test(c.word) || !/^\p{Lu}/u.test(c.written)) return;
    const name = /^\p{Lu}[\p{L}\d-]*(\p{Lu}|\d)/u.test(c.written) || !commonNoun(c.written);
    if (name || (c.known && input.table.relative[i]! >= OWNER_RARITY)) out.push({ concept: i, name });
  });
  return out;
}

/**
 * A noun of the language: the thesaurus knows it, or it is a compound of known nouns (`Asylunterkünfte` = `Asyl` +
 * `Unterkunft`). A name is neither (`Oberösterreich`, `Freiländeralm`, `Schirnhofer`).
 */
function commonNoun(word: string): boolean {
  return knownCompound(nounStem(word), 0);
}

function knownCompound(s: string, depth: number): boolean {
  if (knownNoun(s)) return true;
  if (depth > 1) return false;
  for (let cut = 3; cut <= s.length - MIN_HEAD; cut++) {
    if (knownNoun(s.slice(cut)) && (knownPart(s.slice(0, cut)) || knownCompound(s.slice(0, cut), depth + 1))) return true;
  }
  return false;
}

/** The first part of a compound, with or without its linking letters (`Flüchtlings-`, `Familien-`). */
function knownPart(part: string): boolean {
  for (const p of [part, part.replace(/(s|es|n|en|e)$/, '')]) if (p.length >= 3 && (knownNoun(p) || knownNoun(stem(p)))) return true;
  return false;
}

/** Shortest head of a compound that counts as a noun of its own. */
const MIN_HEAD = 4;

/** Relative importance from which a capitalised word of the question counts as a name the answer must stand with. */
const OWNER_RARITY = 1.3;

/**
 * Where a concept stands for a figure: in its sentence (or the one it refers back to), in its article's title or lead,
 * elsewhere in the paragraph, or nowhere.
 */
function ownerPlace(input: ScoreInput, concept: number, sentence: number): 'sentence' | 'title' | 'elsewhere' | 'absent' {
  const rows = input.reading.sentences;
  if ((rows[sentence]?.[concept] ?? 0) > 0) return 'sentence';
  if (sentence > 0 && (rows[sentence - 1]?.[concept] ?? 0) > 0 && input.leaning.leans(sentence)) return 'sentence';
  if ((input.fields[concept] ?? 0) > 0) return 'title';
  if ((input.reading.text[concept] ?? 0) > 0) return 'elsewhere';
  return 'absent';
}

/**
 * How closely each figure stands to a place the question names (`Meppen (21)`): 1 nearest and close, less farther,
 * half for a figure another one stands nearer to; a bracket right after the name owns the figure twice over.
 */
function placeBindings(input: ScoreInput, gaps: Gaps): number[] {
  const out = input.figures.map(() => 0);
  if (input.places.length === 0) return out;
  const names = [...new Set(input.places.flatMap(p => [p, shortForm(p)]))].filter(n => n.length >= 3);
  const spans = input.figures.map(f => tokensOf(input.reading.tokenStarts, f));
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of input.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      const start = m.index;
      const end = start + m[0].length;
      let token = 0;
      while (token < input.reading.tokenStarts.length && input.reading.tokenStarts[token]! < start) token++;
      const at = { token, start, end };
      const ds = input.figures.map((f, i) => {
        const s = input.sentences[input.roles[i]!.sentence];
        if (!s || start < s.start || start >= s.start + s.text.length) return Infinity;
        return gaps.distance(f, spans[i]!, at);
      });
      const nearest = Math.min(...ds);
      ds.forEach((d, i) => {
        if (d === Infinity) return;
        const listed = start < input.figures[i]!.start && /^\s*\(\s*$/.test(input.text.slice(end, input.figures[i]!.start)) ? 2 : 1;
        out[i] = Math.max(out[i]!, closeness(d) * (d <= nearest ? 1 : 0.5) * listed);
      });
    }
  }
  return out;
}

/**
 * The question names a place with `in` (`in Wien`) and the figure's clause names another one with `in` (`in
 * Österreich`), a name and not a noun of the language (`in Zukunft`, `in Summe`).
 */
function placeConflict(input: ScoreInput, role: FigureRole, asked: string[]): boolean {
  if (asked.length === 0) return false;
  const clause = input.text.slice(role.clause[0], role.clause[1]);
  const there = [...clause.matchAll(IN_PLACE)].map(m => m[1]!);
  if (there.some(w => asked.includes(w.toLowerCase()))) return false;
  return there.some(w => !knownNoun(nounStem(w)));
}

/** How close to the figure a name stands that a lower-case adjective of the question derives from (`afghanische` – `Afghanistans`). */
function adjectiveNear(input: ScoreInput, f: Figure, role: FigureRole, roots: string[]): number {
  if (roots.length === 0) return 0;
  const clause = input.text.slice(role.clause[0], role.clause[1]);
  let best = 0;
  for (const m of clause.matchAll(/\p{Lu}\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (!roots.some(r => word.startsWith(r) && word !== r)) continue;
    const at = role.clause[0] + m.index;
    const gap = at < f.start ? input.text.slice(at + m[0].length, f.start) : input.text.slice(f.end, at);
    best = Math.max(best, closeness(gap.split(/\s+/).filter(Boolean).length));
  }
  return best;
}

/** Of whom a share is (`34 Prozent der Unternehmenschefs`, `3,9 Prozent der Pflichtschüler`), or null. */
function populationOf(text: string, f: Figure): string | null {
  return /^\s*(?:der|des|aller|von|unter\s+den)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(text.slice(f.end, f.end + 80))?.[1] ?? null;
}

/** A part's clause names something besides what it counts that the question does not name (`95 im Bürgerservice`). */
function restricted(input: ScoreInput, f: Figure, role: FigureRole): boolean {
  // The noun right after the figure, within two words and its clause (`95 im Bürgerservice`).
  const after = /^\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]+)/u.exec(input.text.slice(f.end, role.clause[1]));
  if (!after) return false;
  const at = f.end + after.index + after[0].length - after[1]!.length;
  return !input.reading.matches.some(x => x.start <= at && x.end >= at + after[1]!.length);
}

/** In how many of the paragraph's sentences a concept stands. */
function sentencesWith(input: ScoreInput, concept: number): number {
  let n = 0;
  for (const row of input.reading.sentences) if ((row[concept] ?? 0) > 0) n++;
  return n;
}

/** How near a figure the asked noun (or a synonym, or a compound of it) stands in its clause: 1 right next to it, 0 not there. */
function thingNear(text: string, f: Figure, role: FigureRole, thing: string): number {
  const clause = text.slice(role.clause[0], role.clause[1]);
  const offset = role.clause[0];
  let best = 0;
  for (const m of clause.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
    const at = offset + m.index;
    if (at >= f.start && at < f.end) continue;
    const fit = thingFit(thing, m[0]);
    if (fit < 0.7) continue;
    const gap = at < f.start ? text.slice(at + m[0].length, f.start) : text.slice(f.end, at);
    const words = gap.split(/\s+/).filter(Boolean).length;
    best = Math.max(best, fit * closeness(words));
  }
  return best;
}

/** The asked thing (or a synonym) stands in the figure's sentence: a bare number there (`die FPÖ liegt mit 10.010 …`) may count it. */
function thingInSentence(input: ScoreInput, role: FigureRole, thing: string): boolean {
  const s = input.sentences[role.sentence];
  if (!s) return false;
  for (const m of s.text.matchAll(/\p{Lu}[\p{L}-]*/gu)) if (thingFit(thing, m[0]) >= 0.7) return true;
  return false;
}
