// Runs the question set against an engine over the seeds and fixtures and scores hit@1 and hit@3.
import type { Engine } from '../../src/core/engine.js';
import type { AskResult } from '../../src/core/answer/types.js';
import type { Answer } from '../../src/core/answer/types.js';
import { QUESTIONS, type EvalQuestion } from './questions.js';

export interface EvalRow {
  question: EvalQuestion;
  result: AskResult;
  rank: number | null;
  got: string;
}

export interface EvalReport {
  rows: EvalRow[];
  hitAt1: number;
  hitAt3: number;
}

function matches(q: EvalQuestion, a: Answer): boolean {
  if (q.source && a.article.source !== q.source) return false;
  if (q.figure && !(a.answer?.text.includes(q.figure) ?? false)) return false;
  if (q.sentence && !a.sentence.includes(q.sentence)) return false;
  return true;
}

/** `exhaustive`: search without pruning and choose the figure for every candidate (the reference; the answers must be the same). */
export function evaluate(engine: Engine, questions: EvalQuestion[] = QUESTIONS, { exhaustive = false } = {}): EvalReport {
  const rows = questions.map((question): EvalRow => {
    const result = engine.ask(question.q, { limit: 3, exhaustive, chooseAll: exhaustive });
    const first = result.answers[0];
    const got = result.message ?? (first ? `${first.answer?.text ?? first.sentence.slice(0, 60)} [${first.article.source}]` : '—');
    if (question.none) return { question, result, rank: result.answers.length === 0 ? 1 : null, got };
    const index = result.answers.findIndex(a => matches(question, a));
    return { question, result, rank: index >= 0 ? index + 1 : null, got };
  });
  const share = (k: number) => rows.filter(r => r.rank !== null && r.rank <= k).length / rows.length;
  return { rows, hitAt1: share(1), hitAt3: share(3) };
}
