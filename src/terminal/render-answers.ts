// Renders ask and city results for the terminal (German text) and for scripts (JSON).
import type { AskResult, Answer } from '../core/answer/types.js';
import type { CityResult } from '../core/answer/city.js';
import type { Figure } from '../core/figures/types.js';
import { articleSummary, longDate, shortDate } from './render-articles.js';
import { cautionNote, sourceList } from '../reply-parts.js';
import { UNSURE_BELOW } from '../core/answer/confidence.js';

/** How the answering figure is emphasised: ANSI bold on a terminal, `**…**` in a pipe. */
export type Emphasis = (text: string) => string;
export const ansiBold: Emphasis = t => `\u001b[1m${t}\u001b[22m`;
export const markBold: Emphasis = t => `**${t}**`;

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

export function citationLine(a: Answer): string {
  return `— ${a.article.title} · ${a.article.city ?? 'ohne Ort'} · ${longDate(a.article.date)} · ${sourceList(a)}`;
}

/** The sentence with the answering figure emphasised. */
export function emphasisedSentence(a: Answer, emphasis: Emphasis): string {
  if (!a.answer || !a.sentence.includes(a.answer.text)) return a.sentence;
  return a.sentence.replace(a.answer.text, emphasis(a.answer.text));
}

export function askText(r: AskResult, emphasis: Emphasis): string {
  if (r.message) return r.message;
  const lines: string[] = [];
  r.answers.forEach((a, i) => {
    if (i > 0) lines.push('');
    lines.push(`${i + 1}. ${a.answer ? emphasis(a.answer.text) : a.article.title}`);
    const caution = cautionNote(a);
    if (caution) lines.push(`   ${caution}`);
    lines.push(`   „${emphasisedSentence(a, emphasis)}“`);
    const more = a.figures.filter(f => f !== a.answer).map(f => f.text);
    if (more.length) lines.push(`   Weitere Zahlen im Absatz: ${more.join(' · ')}`);
    lines.push(`   ${citationLine(a)}`);
  });
  return lines.join('\n');
}

export function cityJson(r: CityResult) {
  return {
    city: r.city, message: r.message, suggestions: r.suggestions,
    articles: r.articles.map(articleSummary),
    mentions: r.mentions.map(articleSummary),
    figures: r.figures.map(f => ({ ...figureJson(f), source: f.source, date: f.date, title: f.title, articleId: f.articleId })),
  };
}

export function cityText(r: CityResult): string {
  if (r.message) return r.message;
  const lines = [`${r.city}: ${r.articles.length} Artikel, in ${r.mentions.length} weiteren erwähnt`, ''];
  lines.push('Artikel:', ...r.articles.map(a => `  ${shortDate(a.date).padEnd(10)}  ${a.title}  (${a.source})`));
  if (r.mentions.length) lines.push('', 'Erwähnt in:', ...r.mentions.map(a => `  ${shortDate(a.date).padEnd(10)}  ${a.title} · ${a.city ?? 'ohne Ort'}  (${a.source})`));
  if (r.figures.length) lines.push('', 'Kennzahlen:', ...r.figures.map(f => `  ${f.text} — ${f.title} · ${shortDate(f.date)} · ${f.source}`));
  return lines.join('\n');
}
