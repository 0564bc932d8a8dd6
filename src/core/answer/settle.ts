// Scores the closely read candidates as far as the answers need: a bound first, then the sentences, then the
// figure, best bound first, until every candidate that orders, leads or may join a figure's history has its own score.
import type { ArticleRecord } from '../types.js';
import type { Figure } from '../figures/types.js';
import type { Sentence } from '../text/sentences.js';
import type { FigurePick } from './figure-doubt.js';
import type { Question } from './question.js';
import { chooseFigure, KIND_FOR, readSentences, type ChoiceInput, type kindReach, type SentenceReading } from './choose.js';
import { quoteText } from './quote.js';
import { dateWeight } from './expect.js';
import type { Evidence } from './confidence.js';
import { mayJoinHistory, order, showsHistory, type Ranked } from './order.js';

export interface Candidate extends Ranked {
  id: number;
  text: string;
  kind: string;
  source: string;
  sentences: Sentence[];
  figures: Figure[];
  article: ArticleRecord;
  sentence: string;
  evidence: Evidence;
  pick: FigurePick | null;
  /** Before its sentences are read: what reading them needs. */
  unread: ChoiceInput | null;
  /** Without its own figure choice yet: the sentences as read. */
  pending: SentenceReading | null;
  /** The score before sentence and figure, and how well its figures can fit the asked kind. */
  base: number;
  reach: ReturnType<typeof kindReach>;
  /** The place in the first ranking (by retrieval score and the share of the question matched). */
  rank: number;
}

/**
 * Reads and chooses for the candidates the answers depend on (all of them with `chooseAll`, the reference) and
 * leaves them sorted best first; equal scores keep the order of the first ranking. `lap` is called after each round.
 */
export function settle(candidates: Candidate[], q: Question, limit: number, chooseAll: boolean, lap: () => void): void {
  if (chooseAll) for (const c of candidates) while (!settled(c)) step(c, q);
  const history = showsHistory(q);
  for (;;) {
    candidates.sort((a, b) => b.score - a.score || a.rank - b.rank);
    const open = mattering(candidates, q, limit, history).filter(c => !settled(c));
    if (open.length === 0) return;
    for (const c of open) step(c, q);
    lap();
  }
}

/**
 * The candidates whose exact score the answer depends on: the ones `order` would give, the best two (the lead of the
 * first is measured against the second), and the newest one that could still join the figure's history.
 */
function mattering(sorted: Candidate[], q: Question, limit: number, history: boolean): Candidate[] {
  const out = new Set([...order(sorted, q, limit), ...sorted.slice(0, 2)]);
  const top = sorted[0];
  if (!history || !top) return [...out];
  // A figure's history shows its newest answers first: of the candidates that could still join it, the newest is
  // read next, and none that `limit` members from two articles or more are all newer than (it would come after them).
  const members = sorted.filter(c => settled(c) && c.answer !== null && mayJoinHistory(c, top));
  let next: Candidate | null = null;
  for (const c of sorted) {
    if (settled(c) || !mayJoinHistory(c, top)) continue;
    const newer = members.filter(m => m.article.date! > c.article.date!);
    if (newer.length >= limit && new Set(newer.map(m => m.article.id)).size >= 2) continue;
    if (!next || c.article.date! > next.article.date!) next = c;
  }
  if (next) out.add(next);
  return [...out];
}

function settled(c: Candidate): boolean {
  return c.unread === null && c.pending === null;
}

/**
 * One step closer to a candidate's own score: reading its sentences (the bound then counts its best sentence),
 * then choosing its figure and quoted sentence.
 */
function step(c: Candidate, q: Question): void {
  if (c.unread) {
    c.pending = readSentences(c.unread);
    c.unread = null;
    c.score = c.base * (0.5 + c.pending.bestCoverage) * bestTypeFactor(q, c.text, c.reach, c.strong);
    c.evidence.sentenceCoverage = c.pending.bestCoverage;
    return;
  }
  const choice = chooseFigure(c.pending!);
  c.pending = null;
  c.score = c.base * (0.5 + choice.sentenceCoverage) * typeFactor(q, choice.answer, choice.strong, c.text);
  c.answer = choice.answer;
  c.strong = choice.strong;
  c.pick = choice.pick;
  c.sentence = quoteText(c.text, c.sentences, choice.span);
  c.evidence.sentenceCoverage = choice.sentenceCoverage;
}

export /**
 * The highest `typeFactor` a paragraph can reach, whichever of its figures it answers with (see kindReach), and
 * whether one of them may be chosen surely (see maySurelyAnswer).
 */
function bestTypeFactor(q: Question, text: string, reach: ReturnType<typeof kindReach>, maySure: boolean): number {
  return Math.max(factorFor(q, null, false, text), reach === null ? 0 : factorFor(q, reach, maySure, text));
}

function typeFactor(q: Question, answer: Figure | null, strong: boolean, text: string): number {
  return factorFor(q, answer === null ? null : answer.kind === KIND_FOR[q.type] ? 'same' : 'other', strong, text);
}

/** How much the answer's figure counts for a paragraph: none, one of the asked kind (`same`) or of another, sure or not. */
function factorFor(q: Question, answer: 'same' | 'other' | null, strong: boolean, text: string): number {
  if (q.type === 'date') return dateWeight(text) > 0 ? 1.25 : 1;
  const kind = KIND_FOR[q.type] ?? (q.type === 'measure' ? 'any' : null);
  if (!kind) return 1;
  if (kind === 'any') return answer ? 1.2 : 1;
  if (!answer) return 0.8;
  return (answer === 'same' ? 1 : 0.8) * (strong ? 2 : kind === 'count' ? 1.3 : 1.6);
}
