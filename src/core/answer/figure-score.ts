// Scores every figure of a paragraph against what the question asks: the asked thing, the asked words bound to
// the figure rather than to its neighbours, the asked time, change, plan and whole. Each part of the score is
// kept, so that the doubt can name the constraint a figure fails.
import type { Figure } from '../figures/types.js';
import { isShareUnit } from '../figures/extract.js';
import { timeAgreement, type TimeRef } from '../text/time-refs.js';
import { thingFit } from '../meaning/same-thing.js';
import { timeWords, type Asked } from './asked.js';
import { knownNoun } from '../meaning/thesaurus.js';
import { nounStem } from '../meaning/noun-stem.js';
import { commonNoun } from '../meaning/common-noun.js';
import { isCountry } from '../places/countries.js';
import { shortForm } from '../places/gazetteer.js';
import { datelineLength } from '../text/dateline.js';
import type { FigureRole } from './figure-role.js';
import { sentenceAt } from '../text/sentences.js';
import { bindings, closeness, Gaps, sentenceEnd, tokensOf, pinsDown, type BindInput, type Leaning } from './bind.js';
import type { ConceptTable } from './read.js';

/** What the scoring needs of the paragraph and the question. */
export interface ScoreInput extends BindInput {
  roles: FigureRole[];
  /** The paragraph's times (`timeRefs`); empty when the question names none. */
  paragraphTimes: TimeRef[];
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
  /** The other place the figure's clause names with `in` (`in Österreich`), when the question asks `in Wien`. */
  otherPlace: string | null;
}

/** Weights of the parts of a figure's score. */
const W = {
  kind: 5, sentence: 4, thing: 4, bareThing: 1.5, otherThing: -2, thingNear: 3, time: 3, timeFar: -1, age: 3, change: 3,
  unwantedChange: -2.5, former: -1.5, wantedFormer: 2.5, present: 1, plan: 1.5, unwantedPlan: -1.5, total: 2, whole: -1,
  part: 1, given: -4, duration: 4, timeUnit: -3, currency: 1, otherCurrency: -3, unit: 1.5, ownerElsewhere: -1,
  ownerMissing: -3, nameApart: -2, competitor: -4, bareMoney: -2, otherThing2: -1.5, pinned: 2, place: -2, adjective: 1.5,
  speed: 2, population: -2, samePopulation: 2, placeBound: 1.5, otherTime: -8, restricted: -1.5,
};
/** Sentences before a figure's own in which the asked time may be named for it. */
const TIME_CONTEXT = 2;
/** Units of time: a duration answers `wie lange`, and rarely anything else. */
const TIME_UNIT = /^(Jahre|Jahren|Jahr|Jahrzehnte|Jahrzehnten|Monate|Monaten|Monat|Wochen|Woche|Tage|Tagen|Tag|Stunden|Stunde|Minuten|Minute|Sekunden|Sekunde|Jährige\w*|jährige\w*)$/;
/** Units of measurement (not of counting): a `wie viel Speicherplatz` or `wie schnell` question wants one of them. */
const MEASURE_UNIT = /^(?:[kMGTP]?B|[KMGTP]i?B|[kMGT]?bit(?:\/s)?|[KMGT]?Byte\w*|Kilo\w+|Mega\w+|Giga\w+|Tera\w+|Peta\w+|[kMG]?W|[kMG]?Wh|Watt|Volt|Ampere|km(?:\/h)?|m|cm|mm|m²|m³|qm|ha|Hektar|Meter|Quadratmeter|Kubikmeter|Liter|t|kg|g|Tonnen|Gramm|Grad|Zoll|PS|Knoten|\w+\/s|\w+\/h)$/u;
/** Words of money in a clause: a large amount without a unit there is money (`Schulden von fast drei Milliarden`). */
const MONEY_WORD = /(Schulden|Kosten|Geld|Budget|Etat|Umsatz|Umsätze|Gewinn|Verlust|Kredit\w*|Investition\w*|investier\w*|Mittel|Euro|Dollar|Pfund|Franken)/;
/** Units of a rate: a `wie schnell` question wants one. */
const RATE_UNIT = /\/(s|h|Sekunde|Stunde)$|^(km\/h|Knoten|Mbit|Gbit|kbit)/;
/** A place in the question (`in Wien`): a figure whose clause speaks of another (`in Österreich`, `in der Schweiz`) holds for that one. */
const IN_PLACE = /\bin\s+(?:der\s+|den\s+)?(\p{Lu}[\p{L}-]+)/gu;
/** Lower-case adjectives of the question and their stem (`afghanische` → `afghan`, `durchschnittliche` → `durchschnitt`). */
const ADJECTIVE_ROOT = /^(\p{Ll}{4,}?)(?:isch|lich|ig)?(?:e|en|er|es|em)$/u;
/** Currencies a question may ask the amount in (`in Euro`). */
const CURRENCY = /\b(Euro|Dollar|Pfund|Franken|Yen)\b/;

/**
 * The concepts of the question that are words of its times: scored as a time of each figure, not bound as words.
 * Read once per question (the candidates of one question share its table).
 */
export function timeConcepts(table: ConceptTable, question: string, asked: Asked): Set<number> {
  let out = timesOf.get(table);
  if (out) return out;
  out = new Set<number>();
  const words = timeWords(question, asked);
  if (words.size) table.list.forEach((c, i) => {
    if (words.has(c.written.toLowerCase())) out!.add(i);
  });
  timesOf.set(table, out);
  return out;
}

const timesOf = new WeakMap<ConceptTable, Set<number>>();

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
function thingConcepts(input: QuestionInput): Set<number> {
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

/** A bare number written as a large amount (`fast drei Milliarden`, `1,2 Mio.`): it may stand for money. */
export const LARGE_AMOUNT = /illion|illiard|Mio|Mrd/i;

/** What the facts of a question are read from. */
type QuestionInput = Pick<ScoreInput, 'asked' | 'table' | 'question'>;

/** The names the question asks about, which must stand with a figure for it to be chosen surely (see ownerConcepts). */
export function namesAskedFor(input: QuestionInput): number[] {
  return questionFacts(input).owners.filter(o => o.name).map(o => o.concept);
}

function questionFacts(input: QuestionInput): QuestionFacts {
  let facts = factsOf.get(input.table);
  if (facts) return facts;
  const { asked, table } = input;
  const thingIds = thingConcepts(input);
  const times = timeConcepts(table, input.question, asked);
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
  const askedAt = asked.times.length ? input.paragraphTimes.filter(t => asked.times.some(a => timeAgreement(a, t) > 0)).map(t => t.start) : [];

  // A time named for one figure exactly makes a figure that only lies in it (the year of the asked quarter) no match.
  const exact = asked.times.length > 0 && roles.some(r => r.times.some(t => asked.times.some(a => timeAgreement(a, t) === 1)));
  const placeNear = placeBindings(input, gaps);
  const populations = kind === 'percent' && asked.population.length ? sharePopulations(text, figures, roles) : [];
  const aside = populations.length ? sharesAside(input, populations) : [];
  const subScopes = scopedNames(input, owners);
  // Whether a sentence names the asked thing at all, read once per sentence for its bare figures.
  const thingSaid: (boolean | undefined)[] = [];
  return figures.map((f, i) => {
    const role = roles[i]!;
    const parts: Record<string, number> = {};
    // Shares written as fractions answer a question for a share as a percentage does.
    const fraction = f.unit !== null && isShareUnit(f.unit);
    const share = kind === 'percent' && fraction;
    // A large amount without a unit (`fast drei Milliarden`) may be money where the question asks for money.
    const bareMoney = kind === 'money' && role.kind === 'count' && !role.thing && f.value !== null && LARGE_AMOUNT.test(f.text)
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
    const shareOf = fraction && kind !== 'count';
    if (shareOf && asked.thing) {
      // `über die Hälfte des verstärkten Treibhauseffekts`: a share counts nothing; of what it is may be the asked thing.
      const whole = populationOf(text, f);
      if (whole) addPart(parts, 'thing', W.thing * thingFit(asked.thing, whole));
    } else if (asked.thing && !input.duration && role.kind === 'count' && !share && kind !== 'money' && kind !== 'percent') {
      thing = role.thing ? Math.max(thingFit(asked.thing, role.thing), asked.also ? thingFit(asked.also, role.thing) : 0) : 0;
      // `Von 340.000 Beschäftigten sind 145.000 Aktionäre`: a part counts some of what its whole counts.
      if (role.partOf) thing = Math.max(thing, 0.9 * thingFit(asked.thing, role.partOf));
      if (thing > 0) addPart(parts, 'thing', W.thing * thing);
      else if (!role.thing && (thingSaid[role.sentence] ??= thingInSentence(input, role, asked.thing))) {
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
      } else if (sentencesWith(input, c) > 1 && !subScopes[c]) {
        // A name several sentences repeat is what the whole text is about (`Wien Energie`, `Österreich`): its figures
        // need not repeat it, unless the text names it as the scope of another figure (`in Deutschland lag das Plus bei 10 Prozent`).
        addPart(parts, 'owner', W.ownerElsewhere * weight);
      } else {
        addPart(parts, 'owner', W.nameApart * weight);
        apart.push(table.list[c]!.written);
      }
    }
    // A number or ordinal of the question right next to the figure pins it (`ab dem sechsten Monat auf 17 Euro`).
    for (const c of binding.close[i]!) if (pinsDown(table.list[c]!.word)) addPart(parts, 'pinned', W.pinned);
    // A name the question asks about stands right next to another figure of the asked kind: this one is not its figure.
    for (const { concept: c, name } of owners) {
      if (!name || ownerPlace(input, c, role.sentence) === 'sentence' || sentencesWith(input, c) > 1) continue;
      if (figures.some((g, j) => j !== i && binding.close[j]!.has(c) && (!kind || roles[j]!.kind === kind))) addPart(parts, 'owner', W.competitor * Math.min(1, table.relative[c]!));
    }
    const otherPlace = placeConflict(input, role, facts.inPlaces);
    addPart(parts, 'place', otherPlace ? W.place : 0);
    addPart(parts, 'place', W.placeBound * placeNear[i]!);
    addPart(parts, 'bound', W.adjective * adjectiveNear(input, f, role, facts.adjectiveRoots));
    if (asked.speed && role.thing && RATE_UNIT.test(role.thing)) addPart(parts, 'thing', W.speed);
    const population = populations[i] ?? null;
    // A share of the asked population counts for the figure, a share of another one against it.
    const populationFit = population === null ? 0 : Math.max(...asked.population.map(p => thingFit(p, population)));
    const otherPopulation = population !== null && populationFit < 0.5;
    if (otherPopulation) addPart(parts, 'thing', W.population);
    else if (population !== null) addPart(parts, 'thing', W.samePopulation * populationFit);
    if (aside[i]) addPart(parts, 'whole', W.restricted);
    const score = Object.values(parts).reduce((a, v) => a + v, 0);
    return { figure: f, role, score, parts, population: otherPopulation ? population : null, thing, time, kindFits, bound: bound[i]!, timeNamed, missing, apart,
      otherCurrency: currency !== null && role.kind === 'money' && role.thing !== null && role.thing !== currency ? currency : null, otherPlace };
  });
}

/**
 * The question's names and rare words, each of which should stand with the answer. A name is spelled as one
 * (capitals or digits inside: `FPÖ`, `PwC`, `A1`, `IFES-Studie`), or is a capitalised word the language's nouns do
 * not include and no article precedes (`in Graz`, `hat Sky`, `wird Nigeria`).
 */
function ownerConcepts(input: QuestionInput, skip: Set<number>): { concept: number; name: boolean }[] {
  const out: { concept: number; name: boolean }[] = [];
  input.table.list.forEach((c, i) => {
    if (skip.has(i) || !c.noun || /^\d/.test(c.word) || !/^\p{Lu}/u.test(c.written)) return;
    const name = /^\p{Lu}[\p{L}\d-]*(\p{Lu}|\d)/u.test(c.written) || isCountry(c.written) || !commonNoun(c.written);
    if (name || (c.known && input.table.relative[i]! >= OWNER_RARITY)) out.push({ concept: i, name });
  });
  return out;
}

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
  // A dateline (`Bern – …`) says where the news was written, not what its first figure is of.
  const dateline = datelineLength(input.text);
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of input.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      const start = m.index;
      if (start < dateline) continue;
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
 * Per concept: whether the paragraph names it, a name of the question, with `in` in a sentence with a figure (`in
 * Deutschland lag das Plus bei 10 Prozent`): there it is the scope of that figure, not what the whole text is about.
 */
function scopedNames(input: ScoreInput, owners: { concept: number; name: boolean }[]): boolean[] {
  const out: boolean[] = [];
  if (!owners.some(o => o.name)) return out;
  const withFigure = new Set((input.allFigures ?? input.figures).map(f => sentenceAt(input.sentences, f.start)));
  for (const { concept, name } of owners) {
    if (!name) continue;
    out[concept] = input.reading.matches.some(m => m.concept === concept && /\bin\s+$/i.test(input.text.slice(Math.max(0, m.start - 4), m.start))
      && withFigure.has(sentenceAt(input.sentences, m.start)));
  }
  return out;
}

/**
 * The other place, when the question names a place with `in` (`in Wien`) and the figure's clause names another
 * one with `in` (`in Österreich`), a country or a name and not a noun of the language (`in Zukunft`, `in Summe`).
 */
function placeConflict(input: ScoreInput, role: FigureRole, asked: string[]): string | null {
  if (asked.length === 0) return null;
  const clause = input.text.slice(role.clause[0], role.clause[1]);
  const there = [...clause.matchAll(IN_PLACE)].map(m => m[1]!);
  // The asked place itself, or its adjective (`in der Stuttgarter Verwaltung` for `in Stuttgart`).
  if (there.some(w => asked.some(a => w.toLowerCase().startsWith(a)))) return null;
  return there.find(w => isCountry(w) || !knownNoun(nounStem(w))) ?? null;
}

/** How close to the figure a name stands that a lower-case adjective of the question derives from (`afghanische` – `Afghanistans`). */
function adjectiveNear(input: ScoreInput, f: Figure, role: FigureRole, roots: string[]): number {
  if (roots.length === 0) return 0;
  const clause = input.text.slice(role.clause[0], role.clause[1]);
  let best = 0;
  for (const m of clause.matchAll(/\p{Lu}\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (!roots.some(r => word.startsWith(r) && word !== r)) continue;
    best = Math.max(best, closeness(wordsBetween(input.text, f, role.clause[0] + m.index, m[0].length)));
  }
  return best;
}

/**
 * Of whom each share is; a share that names none after another one of the same sentence, joined by `und` or a
 * comma, is of the same (`34 Prozent der Unternehmenschefs um A und 47 Prozent um B`).
 */
function sharePopulations(text: string, figures: Figure[], roles: FigureRole[]): (string | null)[] {
  const out: (string | null)[] = [];
  figures.forEach((f, i) => {
    const own = populationOf(text, f);
    const prev = figures[i - 1];
    out.push(own ?? (prev && out[i - 1] && roles[i - 1]!.sentence === roles[i]!.sentence
      && /\b(?:und|sowie|oder)\b|,/.test(text.slice(prev.end, f.start)) ? out[i - 1]! : null));
  });
  return out;
}

/**
 * Shares of one population in one sentence told apart by what each is of (`34 Prozent der Unternehmenschefs um A und
 * 47 Prozent um B`): a share whose word for that the question does not use, where another share's word it does use.
 */
function sharesAside(input: ScoreInput, populations: (string | null)[]): boolean[] {
  const { text, figures, roles } = input;
  const asked = figures.map((f, i) => {
    if (populations[i] === null) return null;
    const next = figures[i + 1];
    const s = input.sentences[roles[i]!.sentence];
    const end = Math.min(next && roles[i + 1]!.sentence === roles[i]!.sentence ? next.start : Infinity, s ? s.start + s.text.length : text.length);
    const population = POPULATION_AFTER.exec(text.slice(f.end, end));
    const noun = nounAfter(text, f.end + (population ? population[0].length : 0), end);
    // The word itself or a synonym of it; a shared compound part (`Wirtschafts-|Cyber-kriminalität`) tells nothing apart.
    return noun ? askedAt(input, noun, SAME_WORD) : null;
  });
  return asked.map((a, i) => a === false && asked.some((b, j) => b === true && j !== i && roles[j]!.sentence === roles[i]!.sentence
    && populations[j] === populations[i]));
}

/** The group after a share: `der Unternehmenschefs`, `aller befragten Eltern`, `unter den Schülern`. */
const POPULATION_AFTER = /^\s*(?:der|des|aller|von|unter\s+den)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u;

/**
 * Of whom a share is (`34 Prozent der Unternehmenschefs`, `3,9 Prozent der Pflichtschüler`; before it: `bei Frauen
 * mit 13 Prozent`, `bei den Männern nur 8 Prozent`), or null.
 */
function populationOf(text: string, f: Figure): string | null {
  return POPULATION_AFTER.exec(text.slice(f.end, f.end + 80))?.[1]
    ?? /(?:^|\s)(?:von|bei|unter)\s+(?:den\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(Math.max(0, f.start - 60), f.start))?.[1] ?? null;
}

/** A part's clause names something besides what it counts that the question does not name (`95 im Bürgerservice`). */
function restricted(input: ScoreInput, f: Figure, role: FigureRole): boolean {
  // The noun right after the figure, within two words and its clause (`95 im Bürgerservice`).
  const noun = nounAfter(input.text, f.end, role.clause[1]);
  return noun !== null && !askedAt(input, noun, 0);
}

/** The first capitalised word after `from`, behind at most two lower-case ones, before `to` (`95 im Bürgerservice`). */
function nounAfter(text: string, from: number, to: number): { start: number; end: number } | null {
  const m = NOUN_AFTER.exec(text.slice(from, to));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  return { start: end - m[1]!.length, end };
}

const NOUN_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]+)/u;
/** The weight of a match of the word itself or a synonym of it (not a part of a compound, not the thesaurus). */
const SAME_WORD = 0.8;

/** Whether a word of the text is one the question asks for, matched at least at `weight`. */
function askedAt(input: ScoreInput, word: { start: number; end: number }, weight: number): boolean {
  return input.reading.matches.some(m => m.start <= word.start && m.end >= word.end && m.weight >= weight);
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
    best = Math.max(best, fit * closeness(wordsBetween(text, f, at, m[0].length)));
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

/** Words between a figure and a word of `length` characters at `at`, before or after it. */
function wordsBetween(text: string, f: Figure, at: number, length: number): number {
  const gap = at < f.start ? text.slice(at + length, f.start) : text.slice(f.end, at);
  return gap.split(/\s+/).filter(Boolean).length;
}
