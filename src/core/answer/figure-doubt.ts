// How sure the chosen figure is: the margin to the best other figure, and whether it fails a constraint the
// question sets (the asked thing, the asked time, a plan against a fact). Says in German what the doubt is.
import type { Asked } from './asked.js';
import type { QuestionType } from './question.js';
import type { ScoredFigure } from './figure-score.js';

export interface FigureAlternative {
  text: string;
  score: number;
  /** What the score is made of (`kind`, `sentence`, `bound`, `thing`, `time` …). */
  parts: Record<string, number>;
}

/** The figure chosen within one paragraph, and how sure that choice is. */
export interface FigurePick {
  /** 0–1; below 0.5 the figure is shown as unsure. */
  confidence: number;
  unsure: boolean;
  /** What makes it unsure, in German; null when sure. */
  doubt: string | null;
  /** What the chosen figure is in its sentence: a change, a former value, a part, a plan (null for a date). */
  role: { change: 'delta' | 'old' | 'new' | null; tense: 'present' | 'past' | null; whole: 'total' | 'part' | null; planned: boolean } | null;
  /** The chosen figure's score and its parts. */
  score: number;
  parts: Record<string, number>;
  /** The other figures considered, best first, with their scores. */
  alternatives: FigureAlternative[];
}

/** A margin (in score points) at which a figure is as likely chosen right as wrong; and how fast that changes. */
const EVEN_MARGIN = 1.2;
const MARGIN_SLOPE = 0.9;
/** The highest confidence of a figure that fails a constraint of the question. */
const FAILED_CAP = 0.4;
/** Figures shown as alternatives. */
const ALTERNATIVES = 3;

const NO_FIGURE_OF_KIND = 'In der Stelle steht keine Zahl der gefragten Art.';

const round = (x: number) => Math.round(x * 100) / 100;

/** The scored figures of the paragraph, best first, distinct by text (a figure repeated is one figure). */
function distinct(scored: ScoredFigure[]): ScoredFigure[] {
  const seen = new Set<string>();
  return [...scored].sort((a, b) => b.score - a.score).filter(s => {
    const key = `${s.figure.value ?? s.figure.text}|${s.role.thing ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first constraint the figure fails, as a German sentence, or null; `others` are the paragraph's other figures. */
function failed(best: ScoredFigure, asked: Asked, others: ScoredFigure[]): string | null {
  if (!best.kindFits) return NO_FIGURE_OF_KIND;
  const names = (list: string[]) => list.map(w => `„${w}“`).join(' und ');
  if (best.missing.length) return `${names(best.missing)} ${best.missing.length > 1 ? 'kommen' : 'kommt'} in der Stelle nicht vor.`;
  if (best.apart.length) return `${names(best.apart)} ${best.apart.length > 1 ? 'stehen' : 'steht'} nicht im Satz mit der Zahl.`;
  if (best.thing !== null && best.thing < 0.5) {
    return best.role.thing ? `Die Zahl zählt „${best.role.thing}“, gefragt war nach „${asked.thing}“.`
      : `Die Stelle sagt nicht, ob die Zahl „${asked.thing}“ zählt.`;
  }
  if (best.population) return `Die Zahl bezieht sich auf „${best.population}“, gefragt war nach „${asked.population.join('“ oder „')}“.`;
  if (best.otherCurrency) return `Die Zahl ist nicht in ${best.otherCurrency} angegeben.`;
  if (best.otherPlace) return `Die Zahl gilt für „${best.otherPlace}“, nicht für den gefragten Ort.`;
  if (best.time !== null && best.time < 0) {
    return `Die Zahl gilt für ${best.role.times[0]?.text ?? 'eine andere Zeit'}, gefragt war ${asked.times[0]!.text}.`;
  }
  if (best.time === 0 && !best.timeNamed) return `Die Stelle sagt nicht, ob die Zahl ${asked.times[0]!.text} gilt.`;
  // A plan answers a question about a fact (and the other way round) when the text has nothing else for that thing.
  const rival = others.some(o => o.role.planned !== best.role.planned && o.kindFits && (o.thing ?? 0) >= 0.5);
  if (rival && asked.planned && !best.role.planned) return 'Gefragt war nach einem Plan oder einer Erwartung; die Zahl ist ein erreichter Wert.';
  if (rival && !asked.planned && best.role.planned) return 'Die Zahl ist ein Plan oder eine Erwartung, kein erreichter Wert.';
  return null;
}

/** The chosen figure (the best scored) and its doubt. */
export function pickFigure(scored: ScoredFigure[], asked: Asked): { best: ScoredFigure; pick: FigurePick } | null {
  const ranked = distinct(scored);
  const best = ranked[0];
  if (!best) return null;
  const runner = ranked[1];
  const margin = runner ? best.score - runner.score : 2 * EVEN_MARGIN;
  const reason = failed(best, asked, ranked.slice(1));
  const z = MARGIN_SLOPE * (Math.min(margin, 6) - EVEN_MARGIN);
  // A figure that fails a constraint is unsure however far ahead of the others it stands.
  const confidence = Math.min(1 / (1 + Math.exp(-z)), reason ? FAILED_CAP : 1);
  const close = !reason && runner && confidence < 0.5;
  return {
    best,
    pick: {
      confidence: round(confidence),
      unsure: confidence < 0.5 || reason !== null,
      doubt: reason ?? (close ? `Unsicher, welche Zahl gemeint ist: ${best.figure.text} oder ${runner.figure.text}.` : null),
      role: best.figure.kind === 'date' ? null
        : { change: best.role.change, tense: best.role.tense, whole: best.role.whole, planned: best.role.planned },
      score: round(best.score),
      parts: best.parts,
      alternatives: ranked.slice(1, 1 + ALTERNATIVES).map(s => ({ text: s.figure.text, score: round(s.score), parts: s.parts })),
    },
  };
}

/** The pick when the paragraph has no figure (or date) at all. */
export function nothingPicked(type: QuestionType): FigurePick {
  return { confidence: 0, unsure: true, role: null, score: 0, parts: {}, alternatives: [],
    doubt: type === 'date' ? 'In der Stelle steht kein Datum.' : NO_FIGURE_OF_KIND };
}
