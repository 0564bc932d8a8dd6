// Turns a PDF's text layer into an article: header and footer lines that repeat on every page go, pages are
// joined (a paragraph may run on over a page break), then the general page rule reads it as hard-wrapped text.
// The PDF's own title and creation date are only fallbacks after the text.
import type { ParsedFile, PdfText } from '../../types.js';
import { isContactOrPageLine } from '../boilerplate.js';
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

export function parsePdfText(source: string, pdf: PdfText): ParsedFile[] | { reason: string } {
  const running = runningLines(pdf.pages);
  const lines: string[] = [];
  for (const page of pdf.pages) {
    const kept = page.filter(l => !running.has(shape(l)) && !isContactOrPageLine(l) && !/^\s*\d{1,3}\s*$/.test(l));
    while (kept[0]?.trim() === '') kept.shift();
    // A page break inside a sentence continues the paragraph; after a finished sentence it ends one.
    const last = lines.filter(l => l.trim() !== '').at(-1);
    if (last && /[.!?“"]\s*$/.test(last) && kept.length) lines.push('');
    lines.push(...kept);
  }
  if (lines.every(l => l.trim() === '')) return { reason: 'PDF ohne Textebene (vermutlich ein gescanntes Bild) – nicht indexiert' };
  return parsePage(source, lines).map(p => ({
    ...p,
    layout: 'pdf',
    title: p.title || pdf.title || '',
    ...(p.date || !pdf.created ? {} : { date: pdf.created, datePrecision: 'day' as const, dateMethod: 'metadata' as const }),
  }));
}
