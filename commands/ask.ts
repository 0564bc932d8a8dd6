// /ask: answers a question with passages, their figures and citations.
import { defineCommand, type Card } from '../src/command.js';
import { MAX_QUESTION_LENGTH } from '../src/core/answer/ask.js';
import { askSeries } from '../src/core/answer/figure-series.js';
import { answerFooter, cautionNote, longDate, passageSegments, sentenceSegments } from '../src/reply-parts.js';

/** Answers computed at once; "Weitere Treffer" pages through them. */
const MAX_ANSWERS = 15;
/** Further figures shown as fields under an answer. */
const MAX_FIELDS = 5;

export default defineCommand({
  name: 'ask',
  nameDe: 'frage',
  description: 'Beantwortet eine Frage zu den Artikeln – mit Zitat, Zahl und Quelle',
  descriptionEn: 'Answers a question about the articles with quote, figure and source',
  options: [
    { name: 'question', nameDe: 'frage', type: 'string', required: true, maxLength: MAX_QUESTION_LENGTH, rest: true,
      description: 'Deine Frage, z. B. „wie viele VPN-Zugänge Stuttgart“', descriptionEn: 'Your question' },
    { name: 'count', nameDe: 'anzahl', type: 'integer', min: 1, max: 5,
      description: 'Wie viele Antworten auf einmal (1–5, Standard 3)', descriptionEn: 'Answers per page (1–5)' },
  ],
  run(engine, input) {
    const question = String(input.question ?? '');
    const result = engine.ask(question, { limit: MAX_ANSWERS });
    if (result.message) return { message: result.message, cards: [], userError: result.answers.length === 0 && question.trim().length === 0 };
    // The answer first: the figure with its place and date as the card's title line, then the quoted sentence,
    // the context, the paragraph's other figures (each once, as written with its noun), the citation.
    const cards: Card[] = result.answers.map(a => {
      const others = a.figures.filter(f => f !== a.answer).slice(0, MAX_FIELDS).map(f => f.text);
      return {
        title: a.answer ? [a.answer.text, a.article.city, a.article.date ? longDate(a.article.date) : null].filter(Boolean).join(' · ') : a.article.title,
        caution: cautionNote(a) ?? undefined,
        url: a.article.url,
        body: passageSegments(a),
        quote: sentenceSegments(a),
        fields: others.length ? [{ name: 'Weitere Zahlen im Absatz', value: others.join(' · ') }] : [],
        footer: answerFooter(a),
      };
    });
    const said = [meant(result.corrections), result.note].filter(Boolean).join(' ');
    return {
      ...(said ? { message: said } : {}),
      cards,
      pageSize: Number(input.count ?? 3),
      feedback: { question: result.query, articleIds: [...new Set(result.answers.map(a => a.article.id))] },
      chart: askSeries(result) ?? undefined,
    };
  },
});

/** `Meinten Sie: „Endgeräte“?` for the words of the question read as the corpus writes them; empty without any. */
function meant(corrections: { to: string }[] | undefined): string {
  if (!corrections?.length) return '';
  return `Meinten Sie: ${corrections.map(c => `„${c.to}“`).join(', ')}?`;
}
