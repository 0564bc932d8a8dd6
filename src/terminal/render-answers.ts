// Renders ask and city results for scripts (JSON); text goes through the commands and reply-text.
import type { Answer, AskResult } from '../core/answer/types.js';
import type { CityResult } from '../core/answer/city.js';
import type { Figure } from '../core/figures/types.js';
import { articleSummary } from './render-articles.js';
import { isUnsure } from '../reply-parts.js';

function figureJson(f: Figure) {
  return { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, kind: f.kind };
}

export function askJson(r: AskResult) {
  return {
    query: r.query, type: r.type, city: r.city, message: r.message, ...(r.note ? { note: r.note } : {}),
    ...(r.corrections ? { corrections: r.corrections } : {}),
    answers: r.answers.map(a => ({
      passage: a.passage, sentence: a.sentence, score: a.score, confidence: a.confidence, unsure: isUnsure(a),
      answer: a.answer ? { ...figureJson(a.answer), ...pickJson(a) } : null,
      // Asked for a figure, but none of the asked kind stands there: why, and what was considered.
      ...(a.pick && !a.answer ? { noFigure: pickJson(a) } : {}),
      figures: a.figures.map(figureJson),
      article: a.article,
    })),
  };
}

/** How surely the figure was chosen, why it may not be the asked one, and the other figures considered with their scores. */
function pickJson(a: Answer) {
  const p = a.pick;
  if (!p) return {};
  return {
    confidence: p.confidence, unsure: p.unsure, doubt: p.doubt,
    alternatives: p.alternatives.map(x => ({ text: x.text, score: x.score })),
  };
}

export function cityJson(r: CityResult) {
  return {
    city: r.city, message: r.message, suggestions: r.suggestions,
    articles: r.articles.map(articleSummary),
    mentions: r.mentions.map(articleSummary),
    figures: r.figures.map(f => ({ ...figureJson(f), source: f.source, date: f.date, title: f.title, articleId: f.articleId })),
  };
}
