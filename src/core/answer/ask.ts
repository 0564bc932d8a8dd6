// Answers a question from the index, stage after stage: read the question, find candidates, read them
// closely, score, judge the confidence, order. Each stage lives in its own module.
import { concepts, type Concept } from '../search/query.js';
import { editDistance } from '../text/edit-distance.js';
import { foldKey } from '../text/fold.js';
import { cleanInput } from '../text/clean-input.js';
import { lexiconOf, type EngineData } from './engine-data.js';
import { placeParagraphs } from './place-paragraphs.js';
import { shortForm } from '../places/gazetteer.js';
import { datelineLength } from '../text/dateline.js';
import { corrected, corrections, type Correction } from './correct.js';
import { commonNoun } from '../meaning/common-noun.js';
import { placeIndexOf } from '../places/place-index.js';
import { asksForDuration, readQuestion, type Question } from './question.js';
import { readAsked } from './asked.js';
import { best, conceptCoverage, conceptTable, coverage, readArticleFields, readParagraph, type ConceptTable } from './read.js';
import { AskedWords, KIND_FOR, kindReach, maySurelyAnswer, type ChoiceInput } from './choose.js';
import { namesAskedFor } from './figure-score.js';
import { retrieve } from './retrieve.js';
import { confidence, CONFIDENCE_FLOOR, EXTRA_ANSWER_FLOOR } from './confidence.js';
import { order } from './order.js';
import { bestTypeFactor, settle, type Candidate } from './settle.js';
import type { Answer, AskResult } from './types.js';

export const MAX_QUESTION_LENGTH = 300;
export const DEFAULT_ANSWERS = 3;
/** Candidates taken from retrieval, and how many of them are read closely (sentences, figures). */
const CANDIDATES = 40;
const CLOSE_READING = 12;
/**
 * BM25 of a paragraph that matches every concept of the question about twice, relative to the sum of the
 * concepts' importance: what `strength` 1 means.
 */
const STRENGTH_SCALE = 1.6;

export interface AskOptions {
  /** How many answers at most (default 3). */
  limit?: number;
  /** Attach the evidence behind each confidence (for evaluation and calibration). */
  explain?: boolean;
  /** Answers below this confidence are not given (default: the calibrated floors, a higher one after the first answer). */
  minConfidence?: number;
  /** Score every posting instead of skipping what cannot reach the top (the reference; same answers, slower). */
  exhaustive?: boolean;
  /**
   * Choose the figure of every closely read candidate instead of only where it can reach the answers (the reference
   * for that choice; same answers, slower).
   */
  chooseAll?: boolean;
  /** Adds the time each stage took to these totals (for the benchmark). */
  stages?: StageTimes;
}

/** Milliseconds spent per stage of `ask`: reading the question (with its places), searching, reading the candidates, choosing. */
export interface StageTimes {
  analysis: number;
  search: number;
  reading: number;
  choice: number;
}

/** Measures stage after stage into an optional accumulator; costs nothing when there is none. */
class Stopwatch {
  private last = 0;
  constructor(private readonly into: StageTimes | undefined) {
    if (into) this.last = performance.now();
  }

  lap(stage: keyof StageTimes): void {
    if (!this.into) return;
    const now = performance.now();
    this.into[stage] += now - this.last;
    this.last = now;
  }
}

export function ask(data: EngineData, question: string, options: AskOptions = {}): AskResult {
  return askCorrecting(data, question, options, []);
}

/** `ask`, with the corrections already made to the question (the question is corrected once, then asked again). */
function askCorrecting(data: EngineData, question: string, options: AskOptions, made: Correction[]): AskResult {
  const limit = options.limit ?? DEFAULT_ANSWERS;
  const watch = new Stopwatch(options.stages);
  const text = cleanInput(question);
  const empty = (message: string, q?: Question): AskResult =>
    ({ query: text, type: q?.type ?? 'passage', city: q?.places[0] ?? null, message, answers: [] });
  if (text === '') return empty('Bitte stell eine Frage, zum Beispiel: wie viele VPN-Zugänge Stuttgart');
  if (text.length > MAX_QUESTION_LENGTH) return empty(`Die Frage ist zu lang: höchstens ${MAX_QUESTION_LENGTH} Zeichen, diese hat ${text.length}.`);

  const q = readQuestion(text, data.gazetteer, data.knownPlaces, placeIndexOf(data.articles).cities);
  let list = concepts(q.topic, lexiconOf(data));
  const typo = placeTypo(data, list);
  const fixes = [...made];
  if (q.places.length === 0 && typo) {
    q.places.push(typo.place);
    list = list.filter(c => c !== typo.concept);
    if (!fixes.some(f => f.from === typo.concept.written)) fixes.push({ from: typo.concept.written, to: shortForm(typo.place) });
  }
  // Words the corpus does not know but nearly does: asked again as the corpus writes them, and said so; only where
  // something else of the question is known (a place, a word), so that a lone strange word stays unanswered.
  if (made.length === 0 && (q.places.length > 0 || list.some(c => c.known))) {
    const more = corrections(data, list);
    if (more.length) {
      const again = askCorrecting(data, corrected(text, more), options, [...fixes, ...more]);
      // A name read as another name (`Nixon` as `Nimon`) is a guess: its answers are only half as sure.
      const guessed = more.some(c => mayBeName(data, c.to));
      return { ...again, query: text, ...(guessed ? { answers: again.answers.map(a => ({ ...a, confidence: Math.round(a.confidence * 50) / 100 })) } : {}) };
    }
  }
  const withFixes = (r: AskResult): AskResult => (fixes.length ? { ...r, corrections: fixes } : r);
  const allowed = q.places.length ? placeParagraphs(data, q.places) : null;
  // No article is about the place: the paragraphs that name it (`des Landkreises Rotenburg`, `Ladenburg.digital`)
  // still answer, and the answer says so; only a place no paragraph names has nothing.
  let note: string | null = null;
  if (q.places.length > 0 && !q.places.some(p => data.knownPlaces.has(p))) {
    const names = q.places.map(shortForm).join(' und ');
    if (!allowed!.includes(1)) return withFixes(empty(`Zu ${names} habe ich keine Artikel.`, q));
    note = `Kein Artikel handelt von ${names}; die Antworten stammen aus Artikeln, die ${names} erwähnen.`;
  }
  watch.lap('analysis');
  if (list.length === 0) {
    return withFixes(allowed ? overview(data, q, allowed, limit) : empty('Worum geht es? Nenn ein Stichwort, zum Beispiel: Homeoffice Frankfurt', q));
  }
  const unknown = unknownNoun(list);
  // A lone strange word is not answered in its corrected form, but the word meant is offered.
  const offer = unknown && made.length === 0 ? corrections(data, [unknown])[0] : undefined;
  const nothing = () => empty(unknown ? `Zu „${unknown.written}“ steht nichts im Korpus.${offer ? ` Meinten Sie „${offer.to}“?` : ''}`
    : q.places.length ? `Zu ${q.places.join(' und ')} habe ich dazu nichts gefunden.` : 'Dazu habe ich im Korpus nichts gefunden.', q);
  if (!list.some(c => c.known)) return withFixes(nothing());

  const extraFloor = options.minConfidence ?? EXTRA_ANSWER_FLOOR;
  const answers = answer(data, q, list, allowed, { limit, explain: options.explain === true, floor: options.minConfidence ?? CONFIDENCE_FLOOR, watch, exhaustive: options.exhaustive === true, chooseAll: options.chooseAll === true })
    // A further answer needs some confidence, or a sure figure (a newer value of the asked figure joins its history).
    .filter((a, i) => i === 0 || a.confidence >= extraFloor || (a.answer !== null && a.pick?.unsure === false));
  return withFixes(answers.length ? { query: text, type: q.type, city: q.places[0] ?? null, message: null, answers, ...(note ? { note } : {}) } : nothing());
}

/** A word unknown to the corpus that is one or two edits from a known place: `Stutgart`, `frankfut`. */
function placeTypo(data: EngineData, list: Concept[]): { place: string; concept: Concept } | null {
  for (const c of list) {
    if (c.word.length < 5 || c.known || /\d/.test(c.word)) continue;
    const max = c.word.length >= 8 ? 2 : 1;
    let found: { place: string; d: number } | null = null;
    for (const place of data.knownPlaces) {
      for (const form of [place, shortForm(place)]) {
        const d = editDistance(foldKey(c.written), foldKey(form), max);
        if (d <= max && (!found || d < found.d)) found = { place, d };
      }
    }
    if (found) return { place: found.place, concept: c };
  }
  return null;
}

/** The most important noun of the question that the corpus does not know, if any: the refusal names it. */
function unknownNoun(list: Concept[]): Concept | null {
  const unknown = list.filter(c => !c.known && c.noun && /^\p{Lu}/u.test(c.written) && c.word.length >= 4);
  return unknown.sort((a, b) => b.importance - a.importance)[0] ?? null;
}

function answer(data: EngineData, q: Question, list: Concept[], allowed: Uint8Array | null,
  { limit, explain, floor, watch, exhaustive, chooseAll }: { limit: number; explain: boolean; floor: number; watch: Stopwatch; exhaustive: boolean; chooseAll: boolean }): Answer[] {
  const { hits, concepts: searched, query } = retrieve(data, list, allowed, CANDIDATES, exhaustive);
  watch.lap('search');
  if (hits.length === 0) return [];
  const table = conceptTable(searched, data.index.termIds);
  const unknown = unknownShare(table);
  // A first ranking by retrieval score and the share of the question matched; only the best are read closely.
  const ranked = hits.map(h => ({ h, pre: h.score * (0.5 + conceptCoverage(query.covered(h.mask), table)) }))
    .sort((a, b) => b.pre - a.pre)
    .slice(0, CLOSE_READING);
  const duration = asksForDuration(q.text);
  const constraints = readAsked(q.text, q.type);

  const asked = new AskedWords(table, data.vocabulary);
  // The names the question asks about: a paragraph that holds them apart from its figures has no sure figure.
  const names = KIND_FOR[q.type] ? namesAskedFor({ table, question: q.text, asked: constraints }) : [];
  // Candidates often share an article: its title and lead are read once.
  const fieldsOf = new Map<number, number[]>();
  const candidates: Candidate[] = ranked.map(({ h }, rank) => {
    const p = data.store.get(h.doc);
    const article = data.articles.get(p.articleIndex);
    const reading = readParagraph(h.doc, p.text, p.sentences, table, data);
    let fields = fieldsOf.get(p.articleIndex);
    if (!fields) fieldsOf.set(p.articleIndex, (fields = readArticleFields(p.articleIndex, table, data)));
    const cover = coverage(best(reading.text, fields), table);
    watch.lap('reading');
    const input: ChoiceInput = { text: p.text, sentences: p.sentences, figures: p.figures, reading, table, type: q.type, duration,
      // The article's own town is what the whole text is about: it binds to none of its figures in particular,
      // unless the paragraph gives it as a scope beyond a dateline (`Wien – … in Österreich … in Wien unterrichten …`).
      constraints, question: q.text, places: q.places.filter(place => place !== article.city || scopesBeyondDateline(p.text, place)), fields, asked };
    const base = h.score * (0.5 + cover) * (p.kind === 'heading' ? 0.5 : 1);
    const reach = kindReach(p.figures, q.type, duration);
    const maySure = reach !== null && (!KIND_FOR[q.type] || maySurelyAnswer(input, names));
    // Until its sentences are read, a candidate scores what it could at best: no sentence covers more of the
    // question than the paragraph with its article's title (see readSentences), and the best figure it may have.
    const candidate: Candidate = {
      id: h.doc, text: p.text, kind: p.kind, source: p.source, sentences: p.sentences, figures: p.figures, article,
      score: base * (0.5 + cover) * bestTypeFactor(q, p.text, reach, maySure), coverage: cover,
      // Strong while a figure may be chosen surely, so that ordering keeps it where a strong figure would be kept.
      answer: null, strong: maySure, pick: null, sentence: '', base, reach, unread: input, pending: null, rank,
      evidence: { coverage: cover, sentenceCoverage: cover, unknownShare: unknown, lead: 0,
        strength: Math.min(1, h.score / (STRENGTH_SCALE * table.total)) },
      confidence: 0,
    };
    watch.lap('choice');
    return candidate;
  });
  settle(candidates, q, limit, chooseAll, () => watch.lap('choice'));
  const top = candidates[0];
  if (!top) return [];
  for (const c of candidates) {
    c.evidence.lead = lead(c, candidates);
    c.confidence = confidence(c.evidence);
  }
  // When even the best answer is below the floor, the corpus most likely does not hold the answer: none is given.
  // Further answers are given when relevant enough (see order), each with its own, lower confidence.
  if (top.confidence < floor) return [];
  const ordered = order(candidates, q, limit).map(c => toAnswer(c, explain));
  watch.lap('choice');
  return ordered;
}

/** How far a candidate stands above the best other one: 1 alone, 0 level, below 0 beaten (down to -1). */
function lead(c: Candidate, all: Candidate[]): number {
  const other = all.find(o => o !== c);
  if (!other || c.score <= 0) return other ? -1 : 1;
  return Math.max(-1, 1 - other.score / c.score);
}

/** The share of the question's weight that the corpus does not know at all. */
function unknownShare(table: ConceptTable): number {
  if (table.total === 0) return 0;
  return table.list.reduce((n, c, i) => n + (c.known ? 0 : table.importance[i]!), 0) / table.total;
}

function toAnswer(c: Candidate, explain = false): Answer {
  const figures = c.answer ? [c.answer, ...c.figures.filter(f => f !== c.answer)] : c.figures;
  return {
    ...(explain ? { evidence: { ...c.evidence } } : {}),
    passage: c.text,
    sentence: c.sentence,
    score: Math.round(c.score * 100) / 100,
    confidence: Math.round(c.confidence * 100) / 100,
    figures,
    answer: c.answer,
    pick: c.pick,
    article: {
      id: c.article.id, title: c.article.title, city: c.article.city, date: c.article.date,
      datePrecision: c.article.datePrecision, dateMethod: c.article.dateMethod, source: c.source, sources: c.article.sources,
      url: c.article.url,
      ...(c.article.ocrSources?.includes(c.source) ? { ocr: true as const } : {}),
    },
  };
}

/** A question that names only a place: the leads of its newest articles. */
function overview(data: EngineData, q: Question, allowed: Uint8Array, limit: number): AskResult {
  const picks: Answer[] = [];
  const seen = new Set<number>();
  for (let id = 0; id < allowed.length && picks.length < limit; id++) {
    if (allowed[id] !== 1) continue;
    const p = data.store.get(id);
    if (seen.has(p.articleIndex) || p.kind === 'heading') continue;
    seen.add(p.articleIndex);
    const article = data.articles.get(p.articleIndex);
    picks.push(toAnswer({ id, text: p.text, kind: p.kind, source: p.source, sentences: p.sentences, figures: p.figures,
      article, score: 0, coverage: 1, answer: null, strong: false, pick: null, sentence: p.sentences[0]?.text ?? p.text, unread: null, pending: null, base: 0, reach: null, rank: 0,
      evidence: { coverage: 1, sentenceCoverage: 1, unknownShare: 0, lead: 1, strength: 1 }, confidence: 1 }));
  }
  return { query: q.text, type: q.type, city: q.places[0] ?? null, message: null, answers: picks };
}

/** Whether a paragraph gives a place (or its short form) as a scope, `in Wien`, other than in its opening dateline. */
function scopesBeyondDateline(text: string, place: string): boolean {
  const rest = text.slice(datelineLength(text));
  return [place, shortForm(place)].some(name => {
    for (let at = rest.indexOf(name); at >= 0; at = rest.indexOf(name, at + 1)) {
      if (/(?:^|[^\p{L}])[Ii]n\s+$/u.test(rest.slice(Math.max(0, at - 4), at)) && !/\p{L}/u.test(rest[at + name.length] ?? '')) return true;
    }
    return false;
  });
}

/** A capitalised word that is no noun of the language and no known place: possibly a name. */
function mayBeName(data: EngineData, word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return /^\p{Lu}/u.test(last) && !commonNoun(last) && !data.gazetteer.lookup(word);
}
