// The figure evaluation: hand-written figure questions about real news (figures-dev.json) asked against a corpus
// of all 1,028 articles of the 10kGNAD test split (DER STANDARD; CC BY-NC-SA 4.0, Timo Block), both read from
// ../shared/corpora and never copied into the project. One corpus file per article: a title line, a blank line,
// the text.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/core/ingest/build-corpus.js';
import { Engine } from '../../src/core/engine.js';
import type { Answer, AskResult } from '../../src/core/answer/types.js';
import { UNSURE_BELOW } from '../../src/core/answer/confidence.js';
import type { SourceFile } from '../../src/core/types.js';
import { TEST_TODAY } from '../helpers/paths.js';

export const FIGURES_DEV = fileURLToPath(new URL('../../../shared/corpora/figures-dev.json', import.meta.url));
export const GNAD_TEST = fileURLToPath(new URL('../../../shared/corpora/10kGNAD-test.csv', import.meta.url));

export interface FigureItem {
  id: string;
  row: number;
  question: string;
  answerable: boolean;
  expected: string | null;
  expected_value: number | null;
  traps: string[];
  distractors: string[];
  evidence: string | null;
}

/** The rows of the CSV as Python's csv module reads them (`;`, quote `'`, a doubled quote inside a quoted field). */
export function readCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === "'" && text[i + 1] === "'") {
        field += "'";
        i++;
      } else if (c === "'") quoted = false;
      else field += c;
    } else if (c === "'" && field === '') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface FigureSet {
  items: FigureItem[];
  /** Per CSV row: its label and text. */
  articles: { label: string; text: string }[];
}

export function loadFigureSet(path = FIGURES_DEV, csv = GNAD_TEST): FigureSet | null {
  if (!existsSync(path) || !existsSync(csv)) return null;
  const items = (JSON.parse(readFileSync(path, 'utf8')) as { items: FigureItem[] }).items;
  const articles = readCsvRows(readFileSync(csv, 'utf8')).map(([label, text]) => ({ label: label ?? '', text: text ?? '' }));
  return { items, articles };
}

export function gnadSource(row: number): string {
  return `gnad_${String(row).padStart(4, '0')}.txt`;
}

/** One file per article; the title names only the row, so that it adds no words of its own to retrieval. */
export function gnadFiles(set: FigureSet): SourceFile[] {
  return set.articles.map((a, row) => ({
    name: gnadSource(row),
    bytes: new TextEncoder().encode(`Meldung ${row}\n\n${a.text}\n`),
  }));
}

export function gnadEngine(set: FigureSet): Engine {
  return Engine.fromCorpus(buildCorpus(gnadFiles(set), { today: TEST_TODAY }));
}

const fold = (s: string) => s.normalize('NFC').replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The numbers a text states in digits (`5.77`, `1,84`), as written: their digit strings. */
function digitsOf(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,']\d+)*/g)].map(m => m[0]);
}

const SCALE = /\b(millionen|million|mio|milliarden|milliarde|mrd|tausend|drittel|viertel|hälfte)\b/g;

/**
 * The highlighted figure is the expected one: the same value, or its text holds the expected text, or the
 * expected text holds the figure's numbers with the same scale words (`4,5` in `von 4,5 auf 3,5`).
 */
export function sameFigure(figure: { text: string; value: number | null }, item: FigureItem): boolean {
  if (!item.expected) return false;
  const mine = fold(figure.text);
  const gold = fold(item.expected);
  if (mine.includes(gold)) return true;
  const scalesOf = (s: string) => [...s.matchAll(SCALE)].map(m => m[0].replace(/n$/, '')).sort().join(' ');
  const digits = digitsOf(mine);
  const goldDigits = digitsOf(gold);
  if (digits.length > 0 && digits.join(' ') === goldDigits.join(' ') && scalesOf(mine) === scalesOf(gold)) return true;
  if (figure.value !== null && item.expected_value !== null && goldDigits.length > 0 && digits.length > 0) {
    return Math.abs(figure.value - item.expected_value) <= 1e-9 * Math.max(1, Math.abs(item.expected_value))
      && scalesOf(mine) === scalesOf(gold);
  }
  // Words only (`ein Drittel`, `drei Viertel`, `sechs Megawatt`): the gold words stand in the figure.
  return goldDigits.length === 0 && digits.length === 0 && gold.split(' ').every(w => mine.includes(w));
}

/** Marked unsure: the passage or the figure says so. */
export function markedUnsure(a: Answer): boolean {
  return a.confidence < UNSURE_BELOW || a.pick?.unsure === true;
}

export interface FigureRow {
  item: FigureItem;
  result: AskResult;
  /** The first answer quotes the question's article. */
  article: boolean;
  /** The highlighted figure of the first answer is the expected one. */
  figure: boolean;
  /** The expected figure stands in the quoted sentence of the first answer. */
  sentence: boolean;
  /** A figure was highlighted, it is wrong (any for an unanswerable question), and the answer shows no doubt. */
  confidentlyWrong: boolean;
  /** Unanswerable: no answer, no figure, or marked unsure. */
  abstained: boolean;
}

export interface FigureReport {
  rows: FigureRow[];
  answerable: number;
  figure: number;
  /** Share of the answerable questions whose figure is right and shown without doubt. */
  figureSure: number;
  sentence: number;
  article: number;
  /** Share of all questions answered with a wrong figure and no doubt. */
  confidentlyWrong: number;
  dates: { right: number; of: number };
  unanswerable: { abstained: number; of: number };
  /** Per trap: the answerable questions with it, how many got the figure right, how many confidently wrong. */
  traps: Map<string, { of: number; right: number; wrong: number }>;
}

export function evaluateFigures(set: FigureSet, engine = gnadEngine(set)): FigureReport {
  const rows = set.items.map((item): FigureRow => {
    const result = engine.ask(item.question, { limit: 3 });
    const first = result.answers[0];
    const figure = !!first?.answer && item.answerable && sameFigure(first.answer, item);
    const wrongFigure = !!first?.answer && !figure;
    return {
      item, result,
      article: !!first && first.article.source === gnadSource(item.row),
      figure,
      sentence: !!first && item.answerable && item.expected !== null && fold(first.sentence).includes(fold(item.expected)),
      confidentlyWrong: wrongFigure && !markedUnsure(first!),
      abstained: !first || !first.answer || markedUnsure(first),
    };
  });
  const answerable = rows.filter(r => r.item.answerable);
  const unanswerable = rows.filter(r => !r.item.answerable);
  const share = (f: (r: FigureRow) => boolean, of: FigureRow[]) => of.filter(f).length / Math.max(1, of.length);
  const dates = answerable.filter(r => r.item.traps.includes('date'));
  const traps = new Map<string, { of: number; right: number; wrong: number }>();
  for (const r of answerable) {
    for (const t of r.item.traps) {
      const e = traps.get(t) ?? { of: 0, right: 0, wrong: 0 };
      e.of++;
      if (r.figure) e.right++;
      if (r.confidentlyWrong) e.wrong++;
      traps.set(t, e);
    }
  }
  return {
    rows,
    answerable: answerable.length,
    figure: share(r => r.figure, answerable),
    figureSure: share(r => r.figure && !markedUnsure(r.result.answers[0]!), answerable),
    sentence: share(r => r.sentence, answerable),
    article: share(r => r.article, answerable),
    confidentlyWrong: share(r => r.confidentlyWrong, rows),
    dates: { right: dates.filter(r => r.figure).length, of: dates.length },
    unanswerable: { abstained: unanswerable.filter(r => r.abstained).length, of: unanswerable.length },
    traps,
  };
}
