// Turns a PDF's text layer into an article: header and footer lines that repeat on every page go, pages are
// joined (a paragraph may run on over a page break), then the general page rule reads it as hard-wrapped text.
// A court decision is titled and dated as it is cited (see court-decision.ts). The date is always one the text
// states: the PDF's own creation date is the file's, never the article's.
import type { ParsedFile, PdfText } from '../../types.js';
import { isContactOrPageLine } from '../boilerplate.js';
import { parseDateline, toIso } from '../dates.js';
import { readCourtDecision, type CourtDecision } from '../layouts/court-decision.js';
import { parsePage } from '../layouts/page.js';

/** Lines at the top or bottom of a page that look at: header and footer candidates. */
const EDGE_LINES = 2;

const shape = (line: string) => line.trim().replace(/\d+/g, '#');

/** Header and footer lines: among the first or last lines of a page, the same (numbers aside) on two pages or more. */
function runningLines(pages: string[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const lines = page.filter(l => l.trim() !== '');
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map(shape));
    for (const e of edges) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([s]) => s));
}

/** A metadata title that is only the name of the file it was made from (`Microsoft Word - U_4K1187-19.docx`). */
const FILE_NAME_TITLE = /^(?:Microsoft\s+\w+\s+-\s+)|\.(?:docx?|odt|rtf|pdf|xlsx?|pptx?|indd|txt)$/i;

/** A page number or a margin number on a line of its own (`12`, `- 3 -`, `Rn. 14`). */
const NUMBER_LINE = /^\s*(?:[-–]\s*)?(?:Rn\.?\s*)?\d{1,3}(?:\s*[-–])?\s*$/;

/**
 * A place and date on a line of their own, as a letter, a statement or a decision signs off:
 * `Berlin, den 4. November 2010`, `Potsdam, 09.05.2014`.
 */
function placeDateLine(lines: string[]): { iso: string; place: string } | null {
  for (const line of lines) {
    const t = line.trim();
    if (t.length > 50 || !/,\s*(?:den\s+)?\d/.test(t)) continue;
    const d = parseDateline(t);
    if (d && /^\p{Lu}[\p{L}-]+(?:\s(?:an der|am|im|in der)\s\p{Lu}[\p{L}-]+)?$/u.test(d.place) && t.endsWith(String(d.date.year))) {
      return { iso: toIso(d.date), place: d.place };
    }
  }
  return null;
}

export function parsePdfText(source: string, pdf: PdfText): ParsedFile[] | { reason: string } {
  const running = runningLines(pdf.pages);
  const lines: string[] = [];
  for (const page of pdf.pages) {
    const kept = page.filter(l => !running.has(shape(l)) && !isContactOrPageLine(l) && !NUMBER_LINE.test(l));
    while (kept[0]?.trim() === '') kept.shift();
    // A page break inside a sentence continues the paragraph; after a finished sentence it ends one.
    const last = lines.filter(l => l.trim() !== '').at(-1);
    if (last && /[.!?“"]\s*$/.test(last) && kept.length) lines.push('');
    lines.push(...kept);
  }
  if (lines.every(l => l.trim() === '')) {
    return { reason: pdf.ocr ? 'gescanntes PDF, aber die Texterkennung (OCR) fand keinen Text – nicht indexiert'
      : 'PDF ohne Textebene (vermutlich ein gescanntes Bild) – nicht indexiert' };
  }
  const decision = readCourtDecision(lines, pdf.pages[0]);
  return parsePage(source, lines).map(p => ({ ...ownFacts(p, decision, lines, pdf), ...(pdf.ocr ? { ocr: true } : {}) }));
}

/** Title and date from what the document states: as a decision is cited, else the page rule's, a sign-off's date. */
function ownFacts(p: ParsedFile, decision: CourtDecision | null, lines: string[], pdf: PdfText): ParsedFile {
  if (decision) {
    return {
      ...p, layout: 'pdf', title: decision.title, lead: null,
      paragraphs: p.paragraphs.filter(q => q.kind !== 'lead'),
      date: decision.date ? toIso(decision.date) : null, datePrecision: decision.date ? 'day' : null,
      dateMethod: decision.date ? 'explicit' : null,
    };
  }
  const signed = p.date ? null : placeDateLine(lines);
  return {
    ...p,
    layout: 'pdf',
    title: p.title || (pdf.title && !FILE_NAME_TITLE.test(pdf.title) ? pdf.title : ''),
    ...(signed ? { date: signed.iso, datePrecision: 'day' as const, dateMethod: 'explicit' as const } : {}),
  };
}
