// The date that answers a `wann` question: of the dates and years a paragraph names, the one the question's
// words are bound to, asked with the same preposition (`seit wann` – `seit April 2010`), at the precision written.
import type { Figure } from '../figures/types.js';
import { sentenceAt, type Sentence } from '../text/sentences.js';
import { isDated, resolveRelative, timeAgreement, timeRefs, type TimeRef } from '../text/time-refs.js';
import type { Asked } from './asked.js';
import type { ScoredFigure } from './figure-score.js';
import { bindings } from './bind.js';
import type { FigureRole } from './figure-role.js';
import type { ConceptTable, Reading } from './read.js';

export interface DateInput {
  text: string;
  sentences: Sentence[];
  reading: Reading;
  table: ConceptTable;
  sentenceScores: number[];
  asked: Asked;
}

/** How much more a verb of the question binds a date than another word does. */
const VERB_BOOST = 3;
const W = { sentence: 4, preposition: 2, wrongPreposition: -1, year: 1.5, precise: 0.5, given: -4, base: 5 };
/** A preposition and article before the date: the highlighted date is what follows (`ab 1. Jänner 2016` → `1. Jänner 2016`). */
const LEADING = /^(?:(?:seit|ab|bis|von|vor|nach|im|in|am|zum|zur|für|um|zu)\s+(?:(?:dem|den|der|des|das|einem|einer)\s+)?)/iu;

/** A date as a figure: its text without the preposition. */
function dateFigure(ref: TimeRef): Figure {
  const lead = LEADING.exec(ref.text)?.[0].length ?? 0;
  return { text: ref.text.slice(lead), value: null, unit: null, qualifier: null, kind: 'date', start: ref.start + lead, end: ref.end };
}

/** Which prepositions answer which question: `seit wann` → `seit`, `im` (`im April 2010 abgelöst`); `ab wann` → `ab`, `am`. */
const ANSWERING: Record<'seit' | 'ab' | 'bis', string[]> = { seit: ['seit', 'im', 'in', 'am'], ab: ['ab', 'am', 'zum', 'mit'], bis: ['bis'] };

/** The dates of the paragraph (between `from` and `to`) scored as answers to a date question, best first. */
export function scoreDates(input: DateInput, from = 0, to = input.text.length): ScoredFigure[] {
  // Only the sentences the answer may come from are read (from the one before, to count `ein Jahr zuvor` from it).
  const refs = timeRefs(input.text.slice(from, to)).map(r => ({ ...r, start: r.start + from, end: r.end + from }));
  const dated = refs.map((r, i) => resolveRelative(r, refs.slice(0, i))).filter(r => isDated(r) && !r.relative);
  if (dated.length === 0) return [];
  const figures = dated.map(dateFigure);
  const roles: FigureRole[] = dated.map((r, i) => ({
    sentence: sentenceAt(input.sentences, r.start), clause: [figures[i]!.start, figures[i]!.end], thing: null, inherited: false, kind: 'date',
    change: null, tense: null, planned: false, whole: null, times: [r], parallel: -1, partOf: null,
  }));
  // The question's verb says which of a sentence's dates it asks for (`beginnt am 17. März und endet am 2. Mai`).
  const list = input.table.list;
  const bound = bindings({ ...input, figures, roles }, () => false, c => (list[c]!.noun ? 1 : VERB_BOOST), c => !list[c]!.noun).weight;
  const { asked } = input;
  return dated.map((r, i) => {
    const parts: Record<string, number> = { kind: W.base, sentence: W.sentence * (input.sentenceScores[roles[i]!.sentence] ?? 0), bound: bound[i]! };
    if (asked.since) parts.preposition = ANSWERING[asked.since].includes(r.preposition ?? '') ? W.preposition : r.preposition === 'bis' || r.preposition === 'seit' ? W.wrongPreposition : 0;
    if (asked.year) parts.precision = r.year !== null ? W.year : -W.year;
    else if (r.day !== null) parts.precision = W.precise;
    // A time the question names itself is its condition, not its answer.
    if (asked.times.some(a => timeAgreement(a, r) === 1)) parts.given = W.given;
    const score = Object.values(parts).reduce((a, v) => a + v, 0);
    return { figure: figures[i]!, role: roles[i]!, score, parts, thing: null, time: null, kindFits: true, bound: bound[i]!, timeNamed: false, missing: [], apart: [], otherCurrency: null, population: null, otherPlace: null };
  }).sort((a, b) => b.score - a.score);
}
