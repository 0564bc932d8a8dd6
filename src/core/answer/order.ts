// Orders the candidates that answer: best first, a relevance floor, a limit per article, and the history of
// a figure newest first.
import type { ArticleRecord } from '../types.js';
import type { Figure } from '../figures/types.js';
import { KIND_FOR } from './choose.js';
import type { Question } from './question.js';

/** What ordering needs to know of a candidate answer. */
export interface Ranked {
  score: number;
  /** The importance-weighted share of the question the paragraph covers (with its article's title). */
  coverage: number;
  answer: Figure | null;
  /** The answering figure counts the asked noun or stands among the asked words. */
  strong: boolean;
  article: ArticleRecord;
  confidence: number;
}

/** An answer must score at least this share of the best answer. */
const RELATIVE_FLOOR = 0.2;
/** A strong figure answer from another article is kept down to this share of the best: the figure's history. */
const HISTORY_FLOOR = 0.1;
/** At most this many answers from one article. */
const PER_ARTICLE = 3;
/** Share of the best answer's coverage an older figure needs to count as the same figure's history. */
const SAME_QUESTION = 0.9;
/** A question about an earlier state wants the best match, not the newest figure. */
const ABOUT_THE_PAST = /\b(vorher|zuvor|früher|damals|ursprünglich|anfangs)\b/i;

export function order<T extends Ranked>(sorted: T[], q: Question, limit: number): T[] {
  const best = sorted[0]?.score ?? 0;
  const perArticle = new Map<string, number>();
  const kept = sorted.filter(c => {
    // Older answers to the same figure question stay, however much less they score: they are its history.
    const floor = c.strong && KIND_FOR[q.type] ? HISTORY_FLOOR : RELATIVE_FLOOR;
    if (c.score < best * floor) return false;
    const n = perArticle.get(c.article.id) ?? 0;
    perArticle.set(c.article.id, n + 1);
    return n < PER_ARTICLE;
  });
  return (showsHistory(q) ? history(kept) : kept).slice(0, limit);
}

/** Whether the answers to a question may show a figure's history (see history). */
export function showsHistory(q: Question): boolean {
  return KIND_FOR[q.type] !== undefined && !ABOUT_THE_PAST.test(q.text);
}

/**
 * Whether a candidate below the first few could still be moved ahead as part of a figure's history (see history),
 * for a question that shows one: a strong, dated answer to the same figure question within the history floor of
 * the best candidate, `top`.
 */
export function mayJoinHistory<T extends Ranked>(c: T, top: T): boolean {
  return c.strong && !!c.article.date && c.score >= top.score * HISTORY_FLOOR && c.coverage >= top.coverage * SAME_QUESTION;
}

/**
 * Figure history: when several dated articles answer with the asked noun, they are shown newest first,
 * so the user sees how the figure changed.
 */
function history<T extends Ranked>(list: T[]): T[] {
  const top = list[0];
  if (!top) return list;
  // Only answers to the same question: they cover about as much of it as the best one (the list is past the floors).
  const dated = list.filter(c => c.answer && mayJoinHistory(c, top));
  if (new Set(dated.map(c => c.article.id)).size < 2) return list;
  const sorted = [...dated].sort((a, b) => (a.article.date! < b.article.date! ? 1 : a.article.date! > b.article.date! ? -1 : b.score - a.score));
  return [...sorted, ...list.filter(c => !dated.includes(c))];
}
