// Building blocks for replies shared by the commands: dates, citations, emphasised figures.
import type { Answer } from './core/answer/types.js';
import { UNSURE_BELOW } from './core/answer/confidence.js';
import type { Segment } from './command.js';
import type { AddResult } from './io/add-to-corpus.js';

const NUMBER = new Intl.NumberFormat('de-DE');
const DAY = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const NUMERIC_DAY = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const WHEN_DAY = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' });
const WHEN_TIME = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' });

/**
 * The day an ISO date names, as precise as it is (`2021-04` → 1 April 2021, `2021` → 1 January), midnight UTC;
 * years below 100 stay as they are, unlike Date.UTC.
 */
export function isoDay(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day;
}

/** `7714` → `7.714`. */
export function germanNumber(n: number): string {
  return NUMBER.format(n);
}

/** `7.714 Absätze`, `1 Datei`: German digits and the right number of the noun. */
export function countOf(n: number, one: string, many: string): string {
  return `${germanNumber(n)} ${n === 1 ? one : many}`;
}

/** A moment in this machine's time zone: `6. April 2020, 14:38 Uhr`. */
export function dateTime(when: Date): string {
  return `${WHEN_DAY.format(when)}, ${WHEN_TIME.format(when)} Uhr`;
}

/** `2020-04-06` → `6. April 2020`; a month, `2021-04`, → `April 2021`; a year stays `2021`; null → `ohne Datum`. */
export function longDate(iso: string | null): string {
  if (!iso) return 'ohne Datum';
  const parts = iso.split('-').length;
  return parts === 1 ? iso : (parts === 2 ? MONTH : DAY).format(isoDay(iso));
}

/** `2021-03-09` → `09.03.2021`; a month, `2021-04`, → `April 2021`; a year stays `2021`; null → `ohne Datum`. */
export function shortDate(iso: string | null): string {
  if (!iso) return 'ohne Datum';
  return iso.length === 10 ? NUMERIC_DAY.format(isoDay(iso)) : longDate(iso);
}

/** `Stuttgart · 6. April 2020 · 002_8b0194dd2a0f3f1f.txt`; a merged article names its other files too, a scan says it was read by OCR. */
export function citationFooter(a: Answer): string {
  const ocr = a.article.ocr ? ' · Text per Texterkennung (OCR) aus einem Scan, Lesefehler möglich' : '';
  return `${a.article.city ?? 'ohne Ort'} · ${longDate(a.article.date)} · ${sourceList(a)}${ocr}`;
}

/** The citation under an answer: the article's title, then place, date and file (see citationFooter). */
export function answerFooter(a: Answer): string {
  return `${a.article.title} · ${citationFooter(a)}`;
}

/** `release.html (auch release.pdf)`: the quoted file first, then the article's other files. */
export function sourceList(a: Answer): string {
  const others = (a.article.sources ?? []).filter(s => s !== a.article.source);
  return others.length ? `${a.article.source} (auch ${others.join(', ')})` : a.article.source;
}

/** The text with `text[start, end)` as an emphasised segment (no empty segments). */
function emphasised(text: string, start: number, end: number): Segment[] {
  return [
    { text: text.slice(0, start) },
    { text: text.slice(start, end), emphasis: true },
    { text: text.slice(end) },
  ].filter(s => s.text !== '');
}

/** The passage with the answering figure as an emphasised segment. */
export function passageSegments(a: Answer): Segment[] {
  const f = a.answer;
  if (!f || a.passage.slice(f.start, f.end) !== f.text) return [{ text: a.passage }];
  return emphasised(a.passage, f.start, f.end);
}

/**
 * The answering sentence (or sentences) with its figure as an emphasised segment: found by its offset in the
 * paragraph, so that the same figure text earlier in the quote (`2019 … bis 2019`) is not emphasised instead.
 */
export function sentenceSegments(a: Answer): Segment[] {
  const f = a.answer;
  if (!f) return [{ text: a.sentence }];
  const offset = f.start - a.passage.indexOf(a.sentence);
  const at = offset >= 0 && a.sentence.slice(offset, offset + f.text.length) === f.text ? offset : a.sentence.indexOf(f.text);
  if (at < 0) return [{ text: a.sentence }];
  return emphasised(a.sentence, at, at + f.text.length);
}

/** `0.32` → `32 %`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/**
 * For an answer the bot is unsure of: a short German note that says so (the passage fits the question poorly, or
 * the figure may not be the asked one, and why); null for a sure one.
 */
export function cautionNote(a: Answer): string | null {
  if (a.confidence < UNSURE_BELOW) {
    const fit = a.confidence < 0.2 ? 'passt kaum zur Frage' : 'passt nur zum Teil zur Frage';
    return `Unsicher (Konfidenz ${percent(a.confidence)}): Die Stelle ${fit}.`;
  }
  if (a.pick?.unsure) return `Zahl unsicher (Konfidenz ${percent(a.pick.confidence)}): ${a.pick.doubt ?? 'Eine andere Zahl der Stelle passt ebenso gut.'}`;
  return null;
}

/** The answer is marked unsure: its passage fits the question poorly, or its figure may not be the asked one. */
export function isUnsure(a: Answer): boolean {
  return a.confidence < UNSURE_BELOW || a.pick?.unsure === true;
}

/** How `add` read a file, and how to take it out again: lines for the reply. */
export function addedLines(result: AddResult, removeHint: string): string[] {
  return [
    `Hinzugefügt: ${result.file} (aus ${result.origin})`,
    ...result.articles.map(a => `${a.title} · ${a.city ?? 'ohne Ort'} · ${longDate(a.date)} · ${a.paragraphs} ${a.paragraphs === 1 ? 'Absatz' : 'Absätze'}`),
    `Entfernen: ${removeHint}`,
  ];
}
