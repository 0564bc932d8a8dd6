// Turns one corpus file into its parsed articles within the ingest limits, or says why it was skipped: the unit of
// work that runs isolated, one file at a time (see io/parse-pool.ts).
import type { LoadWarning, ParsedFile, SourceFile } from '../types.js';
import { decodeText } from './decode.js';
import { parseFile } from './parse-file.js';
import { parseHtml } from './formats/html.js';
import { htmlOverLimit } from './formats/html-shape.js';
import { parsePdfText } from './formats/pdf.js';
import type { YMD } from './dates.js';
import { overLimit, type IngestLimits } from './limits.js';
import { withoutControls } from '../text/printable.js';

/** What became of one file: its articles (none when skipped), why it was skipped, and notes. */
export interface FileOutcome {
  source: string;
  parsed: ParsedFile[];
  skipped: string | null;
  warnings: LoadWarning[];
}

const MB = 1024 * 1024;

export function readSourceFile(file: SourceFile, today: YMD, limits: IngestLimits): FileOutcome {
  const warnings: LoadWarning[] = [];
  const out = (parsed: ParsedFile[], skipped: string | null): FileOutcome => ({ source: file.name, parsed, skipped, warnings });
  if (file.bytes.length > limits.fileMb * MB) return out([], overLimit.fileSize(file.bytes.length / MB, limits.fileMb));
  const ext = file.name.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  let found: ParsedFile[];
  if (ext === 'pdf') {
    const pdf = file.pdf ?? { error: 'Text der PDF wurde nicht gelesen' };
    if ('error' in pdf) return out([], pdf.error);
    for (const message of pdf.warnings ?? []) warnings.push({ source: file.name, message });
    const result = parsePdfText(file.name, pdf);
    if ('reason' in result) return out([], result.reason);
    found = result;
  } else {
    if (file.bytes.length > limits.textMb * MB) return out([], overLimit.textSize(file.bytes.length / MB, limits.textMb));
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) return out([], decoded.reason);
    if (decoded.warning) warnings.push({ source: file.name, message: decoded.warning });
    const html = ext === 'html' || ext === 'htm';
    if (html) {
      const over = htmlOverLimit(decoded.text, limits);
      if (over) return out([], over === 'depth' ? overLimit.htmlDepth(limits.htmlDepth) : overLimit.htmlElements(limits.htmlElements));
    } else if (longestWord(decoded.text) > limits.paragraphChars) {
      // Checked before parsing: no paragraph of such text could be split, and parsing it would cost the most.
      return out([], overLimit.paragraphChars(limits.paragraphChars));
    }
    try {
      found = html ? parseHtml(file.name, decoded.text) : parseFile(file.name, decoded.text, today);
    } catch (err) {
      return out([], `konnte nicht zerlegt werden: ${(err as Error).message}`);
    }
  }
  const articles: ParsedFile[] = [];
  for (const p of found.filter(f => f.paragraphs.length > 0 && f.title !== '')) {
    const fitted = withinParagraphChars(cleaned(p, limits.titleChars), limits.paragraphChars);
    if (!fitted) return out([], overLimit.paragraphChars(limits.paragraphChars));
    articles.push(fitted);
  }
  if (articles.length === 0) return out([], 'kein Artikeltext gefunden');
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  if (paragraphs > limits.paragraphs) return out([], overLimit.paragraphs(paragraphs, limits.paragraphs));
  // The text a file gives, whatever its format (a PDF's pages can hold far more than its bytes suggest).
  const chars = articles.reduce((n, a) => a.paragraphs.reduce((m, p) => m + p.text.length, n), 0);
  if (chars > limits.textMb * MB) return out([], overLimit.textSize(chars / MB, limits.textMb));
  return out(articles, null);
}

/** The longest run of characters without white space. */
function longestWord(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      if (run > longest) longest = run;
      run = 0;
    } else {
      run++;
    }
  }
  return Math.max(longest, run);
}

/** A paragraph over the limit is split into pieces of about this size: the length of a long ordinary paragraph. */
const PIECE_CHARS = 2000;

/**
 * The article with every paragraph longer than `max` split where a sentence ends (else at a space) into pieces
 * of ordinary length (a page that lost its line breaks is still text); null when a piece cannot be split.
 */
function withinParagraphChars(p: ParsedFile, max: number): ParsedFile | null {
  if (p.paragraphs.every(para => para.text.length <= max)) return p;
  const piece = Math.min(max, PIECE_CHARS);
  const paragraphs: ParsedFile['paragraphs'] = [];
  for (const para of p.paragraphs) {
    let rest = para.text;
    while (rest.length > (para.text.length > max ? piece : max)) {
      const head = rest.slice(0, piece + 1);
      const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
      let cut = sentence > piece / 4 ? sentence + 1 : head.lastIndexOf(' ');
      // No space in a piece: the next one within the limit will do; none there, and the text is not text.
      if (cut <= 0) cut = rest.slice(0, max + 1).lastIndexOf(' ');
      if (cut <= 0) return null;
      paragraphs.push({ ...para, text: rest.slice(0, cut).trim() });
      rest = rest.slice(cut).trimStart();
    }
    if (rest) paragraphs.push({ ...para, text: rest });
  }
  return { ...p, paragraphs };
}

/** Text as data: no control or direction characters (an entity can bring them back after decoding); a title capped. */
function cleaned(p: ParsedFile, titleChars: number): ParsedFile {
  return {
    ...p,
    title: capped(withoutControls(p.title), titleChars),
    lead: p.lead === null ? null : withoutControls(p.lead),
    paragraphs: p.paragraphs.map(para => ({ ...para, text: withoutControls(para.text) })),
    tags: p.tags.map(withoutControls),
    urls: p.urls.map(withoutControls),
  };
}

/** At most `max` characters, cut after a whole word with `…`. */
function capped(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
