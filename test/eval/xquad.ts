// The external evaluation: XQuAD German (questions people wrote about Wikipedia paragraphs, CC BY-SA 4.0,
// Artetxe et al. 2019), read from ../shared/corpora and never copied into the project. One corpus file per
// article; every question asked against all articles, and again with its own article removed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/core/ingest/build-corpus.js';
import { Engine } from '../../src/core/engine.js';
import type { Answer, AskResult } from '../../src/core/answer/types.js';
import { parseGermanDigits, parseNumberWord } from '../../src/core/figures/german-number.js';
import type { SourceFile } from '../../src/core/types.js';
import { TEST_TODAY } from '../helpers/paths.js';

export const XQUAD_DEV = fileURLToPath(new URL('../../../shared/corpora/xquad-de-dev.json', import.meta.url));

interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[] }[];
}

export interface XquadItem {
  id: string;
  question: string;
  answers: string[];
  article: number;
  paragraph: number;
}

export interface XquadSet {
  titles: string[];
  contexts: string[][];
  items: XquadItem[];
}

export function loadXquad(path = XQUAD_DEV): XquadSet | null {
  if (!existsSync(path)) return null;
  const json = JSON.parse(readFileSync(path, 'utf8')) as SquadFile;
  const items: XquadItem[] = [];
  json.data.forEach((a, article) => a.paragraphs.forEach((p, paragraph) => p.qas.forEach(qa =>
    items.push({ id: qa.id, question: qa.question, answers: qa.answers.map(x => x.text), article, paragraph }))));
  return {
    titles: json.data.map(a => a.title.replace(/_/g, ' ')),
    contexts: json.data.map(a => a.paragraphs.map(p => p.context)),
    items,
  };
}

/** The corpus file of an article. */
export function xquadSource(article: number): string {
  return `xquad_${String(article).padStart(2, '0')}.txt`;
}

/** One corpus file per article: title line, blank line, paragraphs separated by blank lines. */
export function xquadFiles(set: XquadSet, without?: number): SourceFile[] {
  return set.titles.flatMap((title, i) => i === without ? [] : [{
    name: xquadSource(i),
    bytes: new TextEncoder().encode(`${title}\n\n${set.contexts[i]!.join('\n\n')}\n`),
  }]);
}

export function xquadEngine(set: XquadSet, without?: number): Engine {
  return Engine.fromCorpus(buildCorpus(xquadFiles(set, without), { today: TEST_TODAY }));
}

const flat = (s: string) => s.normalize('NFC').replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim();

/** Each article's questions, asked of an engine over all the other articles. */
export function eachArticleRemoved(set: XquadSet, run: (engine: Engine, items: XquadItem[]) => void): void {
  set.titles.forEach((_, article) => run(xquadEngine(set, article), set.items.filter(i => i.article === article)));
}

/** Whether a quoted passage is (part of) the paragraph the question was written about. */
export function quotesParagraph(set: XquadSet, a: Answer, item: XquadItem): boolean {
  if (a.article.source !== xquadSource(item.article)) return false;
  const gold = flat(set.contexts[item.article]![item.paragraph]!);
  const passage = flat(a.passage);
  return gold.includes(passage.slice(0, 80)) || passage.includes(gold.slice(0, 80));
}

function holdsAnswer(text: string, item: XquadItem): boolean {
  const t = flat(text);
  return item.answers.some(x => t.includes(flat(x)));
}

/** The numbers a text states, digits or number words. */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*|\p{L}+/gu)) {
    const v = /^\d/.test(m[0]) ? parseGermanDigits(m[0]) : parseNumberWord(m[0]);
    if (v !== null) out.push(v);
  }
  return out;
}

export const HOW_MANY = /\bwie\s*viele?[nrs]?\b/i;

/** The answering figure is the gold one: its text holds the gold span, or they state the same number. */
function figureRight(a: Answer | undefined, item: XquadItem): boolean {
  const f = a?.answer;
  if (!f) return false;
  if (holdsAnswer(f.text, item)) return true;
  const mine = numbersIn(f.text);
  return item.answers.some(x => numbersIn(x).some(v => mine.includes(v)));
}

export interface XquadRow {
  item: XquadItem;
  result: AskResult;
  /** Rank of the first answer quoting the gold paragraph (1-based), or null. */
  rank: number | null;
  sentence: boolean;
  figure: boolean | null;
}

export interface XquadReport {
  rows: XquadRow[];
  first: number;
  top3: number;
  none: number;
  sentence: number;
  figure: number;
  figureQuestions: number;
  meanAnswers: number;
  /** Without its own article: silent, or marked unsure. */
  silent: number | null;
  /** Without its own article: silent. */
  silentStrict: number | null;
}

export interface XquadOptions {
  /** Ask each question again with its article removed (24 more engines). */
  leaveOneOut?: boolean;
  /** Below this confidence an answer counts as marked unsure. */
  unsureBelow?: number;
  /** Search without pruning and choose the figure for every candidate (the reference; the answers must be the same). */
  exhaustive?: boolean;
}

export function evaluateXquad(set: XquadSet, options: XquadOptions = {}): XquadReport {
  const engine = xquadEngine(set);
  const rows = set.items.map((item): XquadRow => {
    const result = engine.ask(item.question, { limit: 3, exhaustive: options.exhaustive === true, chooseAll: options.exhaustive === true });
    const index = result.answers.findIndex(a => quotesParagraph(set, a, item));
    const first = result.answers[0];
    return {
      item, result, rank: index >= 0 ? index + 1 : null,
      sentence: first !== undefined && holdsAnswer(first.sentence, item),
      figure: HOW_MANY.test(item.question) ? figureRight(first, item) : null,
    };
  });
  const share = (f: (r: XquadRow) => boolean, of = rows) => of.filter(f).length / Math.max(1, of.length);
  const figureRows = rows.filter(r => r.figure !== null);
  let silent: number | null = null;
  let silentStrict: number | null = null;
  if (options.leaveOneOut) {
    let quiet = 0;
    let quietStrict = 0;
    eachArticleRemoved(set, (without, items) => {
      for (const item of items) {
        const top = without.ask(item.question, { limit: 3, exhaustive: options.exhaustive === true, chooseAll: options.exhaustive === true }).answers[0];
        if (!top) {
          quiet++;
          quietStrict++;
        } else if (top.confidence < (options.unsureBelow ?? 0)) {
          quiet++;
        }
      }
    });
    silent = quiet / set.items.length;
    silentStrict = quietStrict / set.items.length;
  }
  return {
    rows,
    first: share(r => r.rank === 1),
    top3: share(r => r.rank !== null && r.rank <= 3),
    none: share(r => r.result.answers.length === 0),
    sentence: share(r => r.sentence),
    figure: share(r => r.figure === true, figureRows),
    figureQuestions: figureRows.length,
    meanAnswers: rows.reduce((n, r) => n + r.result.answers.length, 0) / rows.length,
    silent, silentStrict,
  };
}
