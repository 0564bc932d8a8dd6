// Reads what a figure is in its sentence: the clause it stands in, what it counts (its own noun, or one the
// sentence names once for two figures), for when it holds, whether it is a change, a former or a new value, a
// plan or a fact, a part or a whole. General German sentence rules, no word of any topic.
import type { Figure } from '../figures/types.js';
import { sentenceAt, type Sentence } from '../text/sentences.js';
import { clauseOf } from '../text/clauses.js';
import { PLAN_WORDS } from './question.js';
import { isDated, resolveRelative, timeRefs, type TimeRef } from '../text/time-refs.js';

export interface FigureRole {
  sentence: number;
  /** Offsets of the figure's clause in the paragraph (a relative clause reaches back to what it refers to). */
  clause: [number, number];
  /** What it counts: its own unit, or one named once for it and a neighbour (`von 4,5 auf 3,5 Prozent`). */
  thing: string | null;
  /** The unit came from a neighbouring figure, not from the figure itself. */
  inherited: boolean;
  /** The figure's kind, or the kind of the figure whose unit it shares (`50 davon` after `200 Milliarden Euro`). */
  kind: Figure['kind'];
  /** A change (`um 51`, `plus 18.329`, `ein Minus von 2,2 Prozent`), the value before one, the value after one. */
  change: 'delta' | 'old' | 'new' | null;
  /** Given as the present (`derzeit`, `nun`) or the past (`zuvor`, `noch` before a past verb, `statt`). */
  tense: 'present' | 'past' | null;
  /** A plan, target, forecast or expectation rather than a fact. */
  planned: boolean;
  /** The whole (`insgesamt`, `von insgesamt 370`) or a part of one (`110 von 370`, `davon 50`). */
  whole: 'total' | 'part' | null;
  /** The dated times the figure holds for: named in its clause, else the one its sentence names. */
  times: TimeRef[];
  /**
   * The figure whose clause this one's mirrors, leaving out all but the figure and its time (`2021 lag der Anteil bei
   * 18 Prozent, 2022 bei 29 Prozent`: the 29's is the 18's), or -1 (an index into the figures the roles were read for).
   */
  parallel: number;
  /** For a part: what the whole it is part of counts (`Von 340.000 Beschäftigten sind 145.000 Aktionäre`), or null. */
  partOf: string | null;
}

/** Verbs and nouns of change: a figure after `um` beside them is the change, after `auf` the new value. */
const CHANGE_WORD = /\b(stieg|steigt|steigen|gestiegen|sank|sinkt|sinken|gesunken|wuchs|wächst|wachsen|gewachsen|erhöh\w*|verringer\w*|reduzier\w*|senk\w*|zurück\w*|gefallen|fiel|fällt|verdoppel\w*|verdreifach\w*|zugenommen|nahm|nimmt|abgenommen|gewann|gewonnen|verlor\w*|ver(?:loren)|gaben|nach|ausgebaut|baute|aus|angestiegen|legte|gelegt|Zuwachs|Anstieg|Rückgang|Plus|Minus|Steigerung|Erhöhung|Senkung|Verringerung)\b/iu;
/** Words right before a figure that make it a change: `plus 18.329`, `ein Minus von 2,2 Prozent`, `um weitere 200`. */
const DELTA_BEFORE = /(?:\b(?:plus|minus|ein\s+(?:Plus|Minus|Zuwachs|Anstieg|Rückgang)\s+(?:von|um)|(?:Zuwachs|Anstieg|Rückgang|Steigerung|Wachstum|Vorsprung|Rückstand|Abstand|Differenz)\s+(?:von|um)|weitere[n]?|zusätzliche[n]?))\s+(?:\S+\s+)?$/iu;
const DELTA_AFTER = /^\s*(?:\S+\s+){0,2}?(?:mehr|weniger|zusätzlich\w*|dazu|hinzu\w*|hinter|Vorsprung|Rückstand|Abstand)\b/iu;
/** Words that make a figure a former value: `statt der zuvor 200`, `von 4,5 auf`, `waren es noch`. */
const PAST_BEFORE = /\b(?:statt|anstatt|anstelle|zuvor|vorher|früher|damals|ursprünglich|einst|ehemals|vormals|noch)\b(?:\s+\S+){0,3}\s*$/iu;
/** A past verb in the clause: `noch 949,3 Millionen` is a former value only in the past tense. */
const PAST_VERB = /\b(war|waren|hatte|hatten|wurde|wurden|lag|lagen|gab|betrug|zählte)\b/iu;
const PRESENT_BEFORE = /\b(derzeit|aktuell|momentan|gegenwärtig|nun|jetzt|mittlerweile|inzwischen|heute|nunmehr)\b(?:\s+\S+){0,4}\s*$/iu;
/** What makes a figure a plan, a target, a forecast or an expectation. */
const PLAN = new RegExp(`${PLAN_WORDS.source}|\\b(Erwartung\\w*|Schätzung\\w*|rechnet|rechnen|dürfte|dürften|wäre|wären|maximal|höchstens|bis\\s+(?:19|20)\\d\\d)\\b`, 'giu');
/**
 * The future with `werden` (`wird … fast 400 Millionen Einwohner erreichen`, `… um 0,3 Grad ansteigen wird`): an
 * infinitive ends the clause, before or after the `wird`; a participle (`wird … bezeichnet`) is the passive.
 */
const FUTURE = /\b(?:wird|werden)\b[^,.;:()]{0,100}?\s\p{Ll}+(?:en|ern|eln)\s*(?=[,.;:()]|$)|\s\p{Ll}+(?:en|ern|eln)\s+(?:wird|werden)\s*(?=[,.;:()]|$)/u;
const TOTAL_BEFORE = /\b(insgesamt|gesamt\w*|in\s+Summe|zusammen|alle|allen|total)\s+(?:\S+\s+){0,2}$/iu;
const TOTAL_AFTER = /^\s*(?:\S+\s+){0,2}?(insgesamt|gesamt|zusammen)\b/iu;
const PART_BEFORE = /\b(davon|darunter|von\s+denen|von\s+ihnen)\s+(?:\S+\s+){0,1}$/iu;
/** Words that join a bare number to a neighbour that names the unit for both: `von 4,5 auf 3,5 Prozent`, `64 von insgesamt 420 Stellen`. */
const JOINED = /^\s*(?:\(?\s*)?(auf|bis|oder|und|bzw\.?|zu|von|,)\s*(?:\S+\s+){0,2}?$/iu;

/** The roles of a paragraph's figures, in the figures' order (without times given, `times` stays empty). */
export function figureRoles(text: string, sentences: Sentence[], figures: Figure[],
  /** The paragraph's times (`timeRefs`), of which each figure's are read; none: a question that names no time needs none. */
  refs: TimeRef[] = timeRefs(text),
  /** Which figures need a role (the others are only neighbours: their units may be inherited); all when absent. */
  wanted?: boolean[]): FigureRole[] {
  const resolved = refs.map((r, i) => resolveRelative(r, refs.slice(0, i)));
  // A wanted figure reads the role of the one before it too (parallel clauses, a whole and its part).
  const needed = figures.map((_, i) => !wanted || wanted[i] === true || wanted[i + 1] === true);
  // The plan words of the paragraph, found once for all its figures.
  const plans = needed.some(Boolean) ? planSpans(text) : [];
  const roles = figures.map((f, i) => (needed[i] ? readRole(text, sentences, figures, resolved, plans, f, i) : undefined));
  roles.forEach((r, i) => {
    if (r) r.parallel = parallelTo(text, figures, roles, i);
  });
  // `Von den rund 340.000 Beschäftigten seien etwa 145.000 Aktionäre`: after a whole, the next figure of its clause is a part of it.
  roles.forEach((r, i) => {
    const before = roles[i - 1];
    const whole = figures[i - 1];
    if (r && r.whole === null && before && whole && before.sentence === r.sentence && before.clause[0] === r.clause[0]
      && /\bvon\s+(?:den|der)\s+$|^\s*von\s+$/i.test(text.slice(before.clause[0], whole.start))) r.whole = 'part';
    if (r?.whole === 'part' && before?.whole === 'total' && before.sentence === r.sentence) r.partOf = before.thing;
  });
  return roles.map((r, i) => r ?? UNREAD(figures[i]!));
}

/** The role of a figure that was not asked for: nothing known but its own unit. */
function UNREAD(f: Figure): FigureRole {
  return { sentence: -1, clause: [f.start, f.end], thing: f.unit, inherited: false, kind: f.kind, change: null, tense: null,
    planned: false, whole: null, times: [], parallel: -1, partOf: null };
}

/**
 * The figure of the clause before in the same sentence, when this figure's clause holds no noun and at most a few
 * words besides the figure (`, 2022 bei 29 Prozent`, `, für 1965 bei 42 Prozent`): it says the same of this figure.
 */
function parallelTo(text: string, figures: Figure[], roles: (FigureRole | undefined)[], i: number): number {
  const r = roles[i]!;
  const prev = roles[i - 1];
  const f = figures[i]!;
  if (!prev || prev.sentence !== r.sentence || prev.clause[0] === r.clause[0] || prev.kind !== r.kind) return -1;
  // A figure in brackets belongs to the name before the bracket, not to the clause before.
  if (text[r.clause[0] - 1] === '(') return -1;
  const rest = (text.slice(r.clause[0], f.start) + ' ' + text.slice(f.end, r.clause[1])).replace(/[.,;:!?()–]/g, ' ');
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= 4 && !words.some(w => /^\p{Lu}\p{Ll}/u.test(w)) ? i - 1 : -1;
}

/** One figure's role in its sentence. */
function readRole(text: string, sentences: Sentence[], figures: Figure[], resolved: TimeRef[], plans: [number, number][], f: Figure, i: number): FigureRole {
  const at = sentenceAt(sentences, f.start);
  const s = sentences[at];
  const clause = clauseOf(text, s, f);
  const sentenceEnd = s ? s.start + s.text.length : text.length;
  // The words right around the figure decide its role: long clauses are read only so far from it.
  const before = text.slice(Math.max(clause[0], f.start - NEAR_TEXT), f.start);
  const after = text.slice(f.end, Math.min(clause[1], f.end + NEAR_TEXT));
  const clauseText = text.slice(Math.max(clause[0], f.start - NEAR_TEXT), Math.min(clause[1], f.end + NEAR_TEXT));
  const { thing, inherited, kind } = thingOf(text, figures, i, at, sentences, clause);
  return {
    sentence: at, clause, thing, inherited, kind,
    change: changeOf(before, after, clauseText),
    tense: PRESENT_BEFORE.test(before) || /\b(derzeit|heute|aktuell)\b/i.test(f.text) ? 'present'
      : /\b(ehemals|ehemalige\w*|vormals|früher|frühere\w*|damals|damalige\w*)\b/i.test(f.text) ? 'past'
      : PAST_BEFORE.test(before) && (!/\bnoch\s+(?:\S+\s+){0,3}$/iu.test(before) || PAST_VERB.test(clauseText) || /^statt|^anstatt/i.test(before.trim())) ? 'past' : null,
    planned: plannedAt(text, f, s?.start ?? 0, clause, plans),
    whole: /^\s*von\s+(insgesamt\s+)?[\d]/i.test(after) ? 'part'
      : TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after) || /insgesamt/i.test(f.qualifier ?? '') || /\bvon\s+(?:den|der|insgesamt)\s+$|^\s*von\s+$/i.test(before) ? 'total'
        : PART_BEFORE.test(before) || /^\s*davon\b/i.test(after) ? 'part' : null,
    times: timesOf(text, resolved, f, clause, s ? [s.start, sentenceEnd] : [0, text.length], figures),
    parallel: -1,
    partOf: null,
  };
}

/** `um 51 Personen auf 2680`: 51 the change, 2680 the new value; `von 4,5 auf 3,5`: 4,5 the old one. */
function changeOf(before: string, after: string, clause: string): FigureRole['change'] {
  if (DELTA_BEFORE.test(before)) return 'delta';
  const changing = CHANGE_WORD.test(clause);
  if (/\bum\s+$/i.test(before) && changing) return 'delta';
  if (DELTA_AFTER.test(after) && !/^\s*(?:\S+\s+){0,2}?mehr\s+als\b/i.test(after)) return 'delta';
  if (/\bvon\s+(?:\S+\s+){0,1}$/i.test(before) && /^\s*(?:\S+\s+){0,3}?auf\s/i.test(after)) return 'old';
  if (/\bauf\s+(?:\S+\s+){0,2}$/i.test(before) && (changing || /\b(?:von|um|plus|minus)\s+\S/i.test(clause))) return 'new';
  return null;
}

/**
 * Whether a figure is a plan: a plan word before it in its sentence (within a few words: `sollen weitere 200`,
 * `sind … vorgesehen, für … 800.000`), or after it in its clause up to a conjunction that opens a clause of its own
 * (`hat sich … auf 2680 verringert und soll weiter sinken`: the plan is the next clause's).
 */
function plannedAt(text: string, f: Figure, sentenceStart: number, clause: [number, number], plans: [number, number][]): boolean {
  const from = Math.max(sentenceStart, f.start - 60);
  const before = text.slice(from, f.start);
  const lastBreak = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  if (planWithin(plans, from + lastBreak + 1, f.start)) return true;
  const after = text.slice(f.end, clause[1]);
  const cut = /\s(und|oder|aber|sowie|sondern|doch)\s/i.exec(after);
  const own = cut ? after.slice(0, cut.index) : after;
  return planWithin(plans, f.end, f.end + own.length) || FUTURE.test(text.slice(clause[0], f.end) + own);
}

/** Where the text names a plan (PLAN), as [start, end) offsets in order. */
function planSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(PLAN)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether a plan word stands wholly within [from, to). */
function planWithin(plans: [number, number][], from: number, to: number): boolean {
  for (const [a, b] of plans) {
    if (a >= to) return false;
    if (a >= from && b <= to) return true;
  }
  return false;
}

/** Characters on either side of a figure read for its role. */
const NEAR_TEXT = 120;
/** `die Zahl der X`, `die Anzahl an X`: a figure of the clause counts X. */
const NUMBER_OF = /\b(?:Zahl|Anzahl)\s+(?:der|an|von)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u;
/** Units of time: a duration is rarely the noun a later figure leaves out. */
const DURATION = /^(Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Stunden|Minuten|Sekunden)$/;
/** A bare number after which German leaves out the counted noun: `50 davon`, `davon 110`, `waren es noch 949,3 Millionen`. */
const ELLIPTIC = /\b(?:davon|darunter|es)\b/iu;

/**
 * The unit of the figure, or the one named once for it and a joined neighbour in the same sentence (`von 4,5 auf
 * 3,5 Prozent`, `um 51 Personen auf 2680`), or the one of the figure before it where the clause leaves the noun out
 * (`50 davon`, `Ein Quartal zuvor waren es noch 949,3 Millionen`).
 */
function thingOf(text: string, figures: Figure[], i: number, at: number, sentences: Sentence[], clause: [number, number]): { thing: string | null; inherited: boolean; kind: Figure['kind'] } {
  const f = figures[i]!;
  if (f.unit) return { thing: f.unit, inherited: false, kind: f.kind };
  // `die Zahl der VPN-Zugänge auf inzwischen 7.500 erhöht`: the number counts what `die Zahl der` names.
  const named = NUMBER_OF.exec(text.slice(clause[0], f.start));
  if (named) return { thing: named[1]!, inherited: true, kind: 'count' };
  const next = figures[i + 1];
  if (sameSentenceUnit(next, sentences, at) && JOINED.test(text.slice(f.end, next!.start).replace(/\)$/, ''))) return { thing: next!.unit, inherited: true, kind: next!.kind };
  const prev = figures[i - 1];
  if (sameSentenceUnit(prev, sentences, at) && /^\s*(?:\(|,|und|oder|bzw\.?|bis|auf|von)?\s*$/i.test(text.slice(prev!.end, f.start).replace(/^[^\p{L}\d(]*/u, ''))) {
    return { thing: prev!.unit, inherited: true, kind: prev!.kind };
  }
  // `die 74 neuen Ladepunkte auf Nordhorn (31), Lingen (22) und Meppen (21)`: numbers in brackets after names count
  // what the figure before them in the sentence counts (after a verb, `bei den Tackles anführte (118)`, they do not).
  if (/(?:^|[^\p{L}])\p{Lu}[\p{L}-]*\s*\(\s*$/u.test(text.slice(Math.max(0, f.start - 40), f.start)) && /^\s*\)/.test(text.slice(f.end))) {
    for (let k = i - 1; k >= 0; k--) {
      const g = figures[k]!;
      if (sentenceAt(sentences, g.start) !== at) break;
      if (g.unit) return { thing: g.unit, inherited: true, kind: g.kind };
    }
  }
  // `statt der zuvor rund 60 Arbeitsplätze sind derzeit rund 410 eingerichtet`: a bare number followed by no noun in
  // its clause counts what the figure before it in the sentence counts.
  if (!/\p{Lu}/u.test(text.slice(f.end, clause[1]).replace(/^\W+/u, '')) || /^\s*[.;:!?]?\s*$/.test(text.slice(f.end, clause[1]))) {
    const g = figures[i - 1];
    if (g?.unit && !DURATION.test(g.unit) && sentenceAt(sentences, g.start) === at && !/[;:()]/.test(text.slice(g.end, f.start)) && text[clause[0] - 1] !== '(') {
      return { thing: g.unit, inherited: true, kind: g.kind };
    }
  }
  // The noun left out: the clause says `davon` or `es` instead; it is the noun of the last figure before, in this
  // sentence or the one before.
  const clauseText = text.slice(clause[0], clause[1]);
  // `Pensionen wird es 2,46 Millionen geben`: the `es` of `es gibt` leaves nothing out.
  if (ELLIPTIC.test(clauseText) && !/\b(gibt|gab|geben|gegeben)\b/i.test(clauseText)) {
    for (let k = i - 1; k >= 0; k--) {
      const g = figures[k]!;
      if (sentenceAt(sentences, g.start) < at - 1) break;
      if (g.unit) return { thing: g.unit, inherited: true, kind: g.kind };
    }
  }
  return { thing: null, inherited: false, kind: f.kind };
}

/** A figure with a unit in sentence `at`. */
function sameSentenceUnit(g: Figure | undefined, sentences: Sentence[], at: number): boolean {
  return !!g && g.unit !== null && sentenceAt(sentences, g.start) === at;
}

/** Characters between a time and a figure (0 when they overlap). */
function gap(r: TimeRef, g: { start: number; end: number }): number {
  return r.end <= g.start ? g.start - r.end : r.start >= g.end ? r.start - g.end : 0;
}

/**
 * The dated times a figure holds for: those in its clause; else the one time its sentence names outside other
 * figures' clauses (`2012 waren es noch 5.77 Milliarden Minuten`).
 */
function timesOf(text: string, refs: TimeRef[], f: Figure, clause: [number, number], sentence: [number, number], figures: Figure[]): TimeRef[] {
  const mine = refs.filter(r => !(r.start >= f.start && r.end <= f.end));
  const others = figures.filter(g => g !== f && g.start >= sentence[0] && g.end <= sentence[1]);
  // In the figure's clause, one time holds for all its figures (`hat sich 2015 um 51 Personen auf 2680 verringert`);
  // of several, each belongs to the figure it stands closest to (`von 442 Millionen Euro im Jahr 2014 im Vorjahr
  // auf 757 Millionen Euro`: 2014 is the 442's, the year before the 757's).
  const inClause = mine.filter(r => r.start >= clause[0] && r.end <= clause[1]);
  if (inClause.length === 1) return inClause.filter(isDated);
  if (inClause.length > 1) {
    const clauseFigures = others.filter(g => g.start >= clause[0] && g.end <= clause[1]);
    return inClause.filter(r => isDated(r) && !clauseFigures.some(g => gap(r, g) < gap(r, f)));
  }
  // A time with nothing but words between it and another figure belongs to that figure.
  const free = mine.filter(r => isDated(r) && r.start >= sentence[0] && r.end <= sentence[1]
    && !others.some(g => !/[;:()–]|,(?!\d)/.test(text.slice(Math.min(r.end, g.end), Math.max(r.start, g.start)))));
  return free.length === 1 ? free : [];
}
