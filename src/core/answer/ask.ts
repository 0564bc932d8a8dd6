// Answers a question from the index: place filter, retrieval, reranking by figure type, best sentence and figure.
import type { ArticleRecord } from '../types.js';
import type { Figure } from '../figures/types.js';
import type { Sentence } from '../text/sentences.js';
import { analyze, normalise, stem } from '../search/analyzer.js';
import { compileQuery, concepts, type Concept } from '../search/query.js';
import { editDistance } from '../text/edit-distance.js';
import { foldKey } from '../text/fold.js';
import { cleanInput } from '../text/clean-input.js';
import type { EngineData } from './engine-data.js';
import { placeParagraphs } from './place-paragraphs.js';
import { shortForm } from '../places/gazetteer.js';
import { asksForDuration, readQuestion, type Question, type QuestionType } from './question.js';
import type { Answer, AskResult } from './types.js';

export const MAX_QUESTION_LENGTH = 300;
export const DEFAULT_ANSWERS = 3;
/** Candidates taken from retrieval, and how many of them are read closely (figures, sentences). */
const CANDIDATES = 40;
const CLOSE_READING = 15;
/** An answer must score at least this share of the best answer. */
const RELATIVE_FLOOR = 0.35;
/** A strong figure answer from another article is kept down to this share of the best: the figure's history. */
const HISTORY_FLOOR = 0.1;
/** At most this many answers from one article. */
const PER_ARTICLE = 2;

export function ask(data: EngineData, question: string, options: { limit?: number } = {}): AskResult {
  const limit = options.limit ?? DEFAULT_ANSWERS;
  const text = cleanInput(question);
  const empty = (message: string, q?: Question): AskResult =>
    ({ query: text, type: q?.type ?? 'passage', city: q?.places[0] ?? null, message, answers: [] });
  if (text === '') return empty('Bitte stell eine Frage, zum Beispiel: wie viele VPN-Zugänge Stuttgart');
  if (text.length > MAX_QUESTION_LENGTH) return empty(`Die Frage ist zu lang: höchstens ${MAX_QUESTION_LENGTH} Zeichen, diese hat ${text.length}.`);

  const q = readQuestion(text, data.gazetteer, data.knownPlaces);
  let list = concepts(q.topic, data.vocabulary);
  const typo = placeTypo(data, list);
  if (q.places.length === 0 && typo) {
    q.places.push(typo.place);
    list = list.filter(c => c !== typo.concept);
  }
  if (q.places.length > 0 && !q.places.some(p => data.knownPlaces.has(p))) {
    return empty(`Zu ${q.places.join(' und ')} habe ich keine Artikel.`, q);
  }
  const unknown = unknownNoun(data, q.topic, list);
  if (unknown) return empty(`Zu „${unknown}“ steht nichts im Korpus.`, q);
  list = list.filter(c => isKnown(data, c));
  const allowed = q.places.length ? placeParagraphs(data, q.places) : null;
  if (list.length === 0) {
    return allowed ? overview(data, q, allowed, limit) : empty('Worum geht es? Nenn ein Stichwort, zum Beispiel: Homeoffice Frankfurt', q);
  }

  const answers = retrieve(data, q, list, allowed, limit);
  if (answers.length === 0) {
    return empty(q.places.length ? `Zu ${q.places.join(' und ')} habe ich dazu nichts gefunden.` : 'Dazu habe ich im Korpus nichts gefunden.', q);
  }
  return { query: text, type: q.type, city: q.places[0] ?? null, message: null, answers };
}


/** A capitalised word unknown to the corpus that is one or two edits from a known place: `Stutgart`. */
function placeTypo(data: EngineData, list: Concept[]): { place: string; concept: Concept } | null {
  for (const c of list) {
    if (c.word.length < 5 || data.vocabulary.has(c.word) || /\d/.test(c.word)) continue;
    const max = c.word.length >= 8 ? 2 : 1;
    let best: { place: string; d: number } | null = null;
    for (const place of data.knownPlaces) {
      for (const form of [place, shortForm(place)]) {
        const d = editDistance(foldKey(c.word), foldKey(form), max);
        if (d <= max && (!best || d < best.d)) best = { place, d };
      }
    }
    if (best) return { place: best.place, concept: c };
  }
  return null;
}

/**
 * A concept is known when the index has the word itself or a synonym, or every part of the compound:
 * `Serverräume` is known from `Server-Räume`, `Quantencomputer` is not known from `Computer` alone.
 */
function isKnown(data: EngineData, c: Concept): boolean {
  return c.whole.some(t => termInIndex(data, t))
    || c.phrases.some(p => p.every(t => termInIndex(data, t)))
    || (c.parts.length >= 2 && c.parts.every(t => termInIndex(data, t)));
}

function termInIndex(data: EngineData, term: string): boolean {
  return data.index.has(term);
}

/**
 * A noun of the question (capitalised, not the first word) that the corpus does not know, not even
 * with one typo: the corpus has nothing on that topic, and answering with the other words would mislead.
 */
function unknownNoun(data: EngineData, topic: string, list: Concept[]): string | null {
  // The first word is capitalised anyway; it counts as a noun only when no question word opens the question.
  const first = /^(wie|was|wer|wann|wo|welche\w*|warum|weshalb|wieso|seit|bis|an|aus|in|gibt|hat|ist|sind|hatte|wurde|wird)\b/i.test(topic) ? '(?<=\\s)' : '(?<=^|\\s)';
  const nouns = [...topic.matchAll(new RegExp(`${first}\\p{Lu}[\\p{L}-]{3,}`, 'gu'))].map(m => m[0]);
  for (const noun of nouns) {
    const concept = list.find(c => c.word === normalise(noun));
    if (!concept || isKnown(data, concept)) continue;
    if (nearVocabulary(data, concept.word)) continue;
    return noun;
  }
  return null;
}

/** Whether a word is one or two edits from a term of the corpus (typo tolerance for the check above). */
function nearVocabulary(data: EngineData, word: string): boolean {
  if (word.length < 5) return false;
  const term = stem(word);
  return data.index.fuzzy(term, term.length >= 8 ? 2 : 1).length > 0;
}

interface Candidate {
  id: number;
  text: string;
  kind: string;
  source: string;
  sentences: Sentence[];
  figures: Figure[];
  article: ArticleRecord;
  score: number;
  covered: number;
  answer: Figure | null;
  /** The answering figure counts the asked noun or stands among the asked words. */
  strong: boolean;
  sentence: string;
}

function retrieve(data: EngineData, q: Question, list: Concept[], allowed: Uint8Array | null, limit: number): Answer[] {
  const needed = Math.max(1, Math.ceil(list.length * 0.5));
  const query = compileQuery(list);
  const run = (fuzzy: boolean) => data.index.search(query.terms, {
    fuzzy,
    limit: CANDIDATES,
    accept: (doc, mask) => (!allowed || allowed[doc] === 1) && query.count(mask) >= needed,
  });
  let hits = run(false);
  if (hits.length === 0) hits = run(true); // typo tolerance only when exact terms find too little

  // A first ranking by retrieval score and coverage; only the best are read closely.
  const ranked = hits.map(h => ({ h, covered: query.count(h.mask) }))
    .map(x => ({ ...x, pre: x.h.score * (0.5 + x.covered / list.length) }))
    .sort((a, b) => b.pre - a.pre)
    .slice(0, CLOSE_READING);

  const candidates: Candidate[] = ranked.map(({ h, covered, pre }) => {
    const p = data.store.get(h.doc);
    const { answer, sentence, strong } = chooseFigureAndSentence(p.text, p.sentences, p.figures, q.type, list, asksForDuration(q.text));
    const score = pre * typeFactor(q.type, answer, strong, p.text) * (p.kind === 'heading' ? 0.5 : 1);
    return { id: h.doc, text: p.text, kind: p.kind, source: p.source, sentences: p.sentences, figures: p.figures,
      article: data.articles[p.articleIndex]!, score, covered, answer, strong, sentence };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]?.score ?? 0;
  // Further answers cover as much of the question as the best one (one concept less for long questions).
  const bestCoverage = Math.max(0, ...candidates.map(c => c.covered));
  const coverageFloor = list.length >= 4 ? bestCoverage - 1 : bestCoverage;
  const perArticle = new Map<string, number>();
  const kept = candidates.filter(c => {
    // Older answers to the same figure question stay, however much less they score: they are its history.
    const floor = c.strong && KIND_FOR[q.type] ? HISTORY_FLOOR : RELATIVE_FLOOR;
    if (c.score < best * floor || c.covered < coverageFloor) return false;
    const n = perArticle.get(c.article.id) ?? 0;
    perArticle.set(c.article.id, n + 1);
    return n < PER_ARTICLE;
  });
  // A question about an earlier state (`vorher`, `früher`) wants the best match, not the newest figure.
  const aboutThePast = /\b(vorher|zuvor|früher|damals|ursprünglich|anfangs)\b/i.test(q.text);
  return (aboutThePast ? kept : orderHistory(kept, q.type)).slice(0, limit).map(c => toAnswer(c));
}

function unitMatches(figure: Figure, list: Concept[]): boolean {
  if (!figure.unit) return false;
  const unitTerms = new Set(analyze(figure.unit));
  return list.some(c => c.terms.some(t => unitTerms.has(t)));
}

const KIND_FOR: Partial<Record<QuestionType, Figure['kind']>> = { count: 'count', money: 'money', percent: 'percent' };

function typeFactor(type: QuestionType, answer: Figure | null, strong: boolean, text: string): number {
  if (type === 'date') return [1, 1.2, 1.6][dateWeight(text)]!;
  const kind = KIND_FOR[type];
  if (!kind) return 1;
  if (!answer) return 0.8;
  const sameKind = answer.kind === kind ? 1 : 0.8;
  return sameKind * (strong ? 2 : kind === 'count' ? 1.3 : 1.6);
}

/** Words on either side of a figure that count as its neighbourhood. */
const NEAR_WORDS = 6;
/** A date with day and month (`1. Juni 2018`, `30.05.2018`, `Montag, 6. April`, `Dienstag (7. Juni)`). */
const DAY_DATE = /\b\d{1,2}\.\s?(\d{1,2}\.|(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)|\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\s*(,|\(|den)\s*\d{1,2}\./u;
/** A month or a year standing for a date (`Januar 2021`, `seit 2009`, `bis 2025`). */
const ROUGH_DATE = /\b(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter|Ende|Anfang|Mitte) \d{4}\b|\b(seit|im Jahr|bis|ab|zum|im) \d{4}\b/u;

/** How well a text answers a date question: a day and month beats a year. */
function dateWeight(text: string): number {
  return DAY_DATE.test(text) ? 2 : ROUGH_DATE.test(text) ? 1 : 0;
}

function conceptHits(text: string, list: Concept[]): number {
  const terms = new Set(analyze(text));
  return list.filter(c => c.terms.some(t => terms.has(t)) || c.phrases.some(ph => ph.every(t => terms.has(t)))).length;
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  let index = 0;
  sentences.forEach((s, i) => {
    if (s.start <= offset) index = i;
  });
  return index;
}

/** The words around a figure, without the figure itself. */
function neighbourhood(text: string, f: Figure): string {
  const before = text.slice(Math.max(0, f.start - 120), f.start).split(/\s+/).slice(-NEAR_WORDS).join(' ');
  const after = text.slice(f.end, f.end + 140).split(/\s+/).slice(0, NEAR_WORDS + 1).join(' ');
  return `${before} ${after}`;
}

/**
 * The figure that answers: of the asked kind, counting the asked noun, with the other asked words
 * standing next to it, in a sentence that matches the question. The best sentence holds that figure;
 * for a date question, the matching sentence that holds a date.
 */
/** Units of time: a duration answers `wie lange`, and rarely anything else. */
const TIME_UNIT = /^(Jahre|Jahren|Jahr|Monate|Monaten|Monat|Wochen|Woche|Tage|Tagen|Tag|Stunden|Stunde|Minuten|Minute)$/;

function chooseFigureAndSentence(text: string, sentences: Sentence[], figures: Figure[], type: QuestionType, list: Concept[],
  duration = false): { answer: Figure | null; sentence: string; strong: boolean } {
  const sentenceScores = sentences.map(s => conceptHits(s.text, list) + (type === 'date' ? dateWeight(s.text) : 0));
  const bestSentence = sentenceScores.indexOf(Math.max(...sentenceScores));
  const kind = KIND_FOR[type];
  let answer: Figure | null = null;
  let top = 0;
  let strong = false;
  if (kind) {
    for (const f of figures) {
      const unit = unitMatches(f, list);
      const near = conceptHits(neighbourhood(text, f), list);
      // A figure of another kind answers only when it counts the asked noun (`wie viel Papier` → `zwei Millionen Blatt`).
      if (f.kind !== kind && !unit && near < 2) continue;
      // The asked kind comes first: a percentage answers `welchen Anteil`, even when the euros count `Kosten`.
      const time = f.unit !== null && TIME_UNIT.test(f.unit);
      const score = (f.kind === kind ? 5 : 0) + (unit ? 4 : 0) + near + (time ? (duration ? 4 : unit ? 0 : -3) : 0)
        + 0.5 * (sentenceScores[sentenceOf(sentences, f.start)] ?? 0) + (f.value !== null ? 0.5 : 0);
      if (score > top) {
        top = score;
        answer = f;
        strong = unit || near >= 2 || (near >= 1 && f.unit === null);
      }
    }
  }
  const sentence = sentences[answer ? sentenceOf(sentences, answer.start) : bestSentence];
  return { answer, sentence: sentence?.text ?? text, strong };
}

/**
 * Figure history: when several dated articles answer with the asked noun, they are shown newest first,
 * so the user sees how the figure changed.
 */
function orderHistory(list: Candidate[], type: QuestionType): Candidate[] {
  if (!KIND_FOR[type]) return list;
  const history = list.filter(c => c.answer && c.strong && c.article.date);
  if (new Set(history.map(c => c.article.id)).size < 2) return list;
  const sorted = [...history].sort((a, b) => (a.article.date! < b.article.date! ? 1 : a.article.date! > b.article.date! ? -1 : b.score - a.score));
  return [...sorted, ...list.filter(c => !history.includes(c))];
}

function toAnswer(c: Candidate): Answer {
  const figures = c.answer ? [c.answer, ...c.figures.filter(f => f !== c.answer)] : c.figures;
  return {
    passage: c.text,
    sentence: c.sentence,
    score: Math.round(c.score * 100) / 100,
    figures,
    answer: c.answer,
    article: {
      id: c.article.id, title: c.article.title, city: c.article.city, date: c.article.date,
      dateMethod: c.article.dateMethod, source: c.source, url: c.article.url,
    },
  };
}

/** A question that names only a place: the leads of its newest articles. */
function overview(data: EngineData, q: Question, allowed: Uint8Array, limit: number): AskResult {
  const picks: Candidate[] = [];
  const seen = new Set<number>();
  for (let id = 0; id < allowed.length && picks.length < limit; id++) {
    if (allowed[id] !== 1) continue;
    const p = data.store.get(id);
    if (seen.has(p.articleIndex) || p.kind === 'heading') continue;
    seen.add(p.articleIndex);
    picks.push({ id, text: p.text, kind: p.kind, source: p.source, sentences: p.sentences, figures: p.figures,
      article: data.articles[p.articleIndex]!, score: 0, covered: 0, answer: null, strong: false,
      sentence: p.sentences[0]?.text ?? p.text });
  }
  return { query: q.text, type: q.type, city: q.places[0] ?? null, message: null, answers: picks.map(toAnswer) };
}
