// Renders ask and city results for scripts (JSON); text goes through the commands and reply-text.
import type { AskResult } from '../core/answer/types.js';
import type { CityResult } from '../core/answer/city.js';
import type { Figure } from '../core/figures/types.js';
import { articleSummary } from './render-articles.js';
import { UNSURE_BELOW } from '../core/answer/confidence.js';

function figureJson(f: Figure) {
  return { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, kind: f.kind };
}

export function askJson(r: AskResult) {
  return {
    query: r.query, type: r.type, city: r.city, message: r.message,
    answers: r.answers.map(a => ({
      passage: a.passage, sentence: a.sentence, score: a.score, confidence: a.confidence, unsure: a.confidence < UNSURE_BELOW,
      answer: a.answer ? figureJson(a.answer) : null,
      figures: a.figures.map(figureJson),
      article: a.article,
    })),
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
