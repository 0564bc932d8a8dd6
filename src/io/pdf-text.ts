// Reads the text layer of a PDF with pdf.js: lines per page, a blank line where the gap between two lines is
// wider than the page's usual line spacing (a paragraph break), and the document's title and creation date.
// Asynchronous, so it runs at the edge; the core turns the result into an article (core/ingest/formats/pdf.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfText } from '../core/types.js';
import { recognisePages, type OcrDocument, type OcrProgress } from './pdf-ocr.js';
import { DEFAULT_INGEST_LIMITS, overLimit, type IngestLimits } from '../core/ingest/limits.js';
import { unpacksBeyond } from './pdf-unpacked.js';

/** A gap this many times the page's usual line spacing separates two paragraphs. */
const PARAGRAPH_GAP = 1.45;
/** The largest image pdf.js decodes (pixels): an A0 scan at 300 dpi has 140 million, an A4 one 8.7 million. */
const MAX_IMAGE_PIXELS = 150_000_000;
/** The widest line spacing ordinary text has, in font sizes (double spacing leaves a gap this size). */
const LINE_SPACING = 1.6;

const require = createRequire(import.meta.url);
const FONTS = pathToFileURL(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep).href;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

export interface PdfReadOptions {
  /** Read a PDF without a text layer (a scan) by OCR; on by default. */
  ocr?: boolean;
  /** Pages recognised so far, while a scan is read by OCR. */
  onOcrProgress?: (p: OcrProgress) => void;
  /** Pages, unpacked bytes and OCR pages (default DEFAULT_INGEST_LIMITS). */
  limits?: Pick<IngestLimits, 'pdfPages' | 'unpackedMb' | 'ocrPages'>;
}

/** pdf.js's reasons, in German (the common ones; others keep pdf.js's words). */
function unreadable(err: Error): string {
  return `PDF nicht lesbar: ${why(err)}`;
}

function why(err: Error): string {
  if (err.name === 'InvalidPDFException') return 'ungültige oder beschädigte PDF-Struktur';
  if (err.name === 'MissingPDFException') return 'die Datei ist leer oder fehlt';
  if (/circular reference/i.test(err.message)) return 'der Seitenbaum verweist auf sich selbst';
  if (/maximum call stack/i.test(err.message)) return 'Objekte zu tief verschachtelt';
  return err.message;
}

/** The PDF's text and metadata, or why it cannot be read (German). A scan is read by OCR (see pdf-ocr.ts). */
export async function readPdfText(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfText | { error: string }> {
  const limits = options.limits ?? DEFAULT_INGEST_LIMITS;
  if (await unpacksBeyond(bytes, limits.unpackedMb * 1024 * 1024)) return { error: overLimit.unpacked(limits.unpackedMb) };
  // pdf.js is loaded with the first PDF, not at every start.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // An image larger than MAX_IMAGE_PIXELS is not decoded (pdf.js leaves it out of a page drawn for OCR).
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, standardFontDataUrl: FONTS, verbosity: 0,
      maxImageSize: MAX_IMAGE_PIXELS }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') return { error: 'PDF ist passwortgeschützt' };
    return { error: unreadable(err as Error) };
  }
  try {
    if (doc.numPages > limits.pdfPages) return { error: overLimit.pdfPages(doc.numPages, limits.pdfPages) };
    const pages: string[][] = [];
    const warnings: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        pages.push(pageLines(content.items.filter(i => 'str' in i) as TextItem[]));
        page.cleanup();
      } catch (err) {
        // A broken page tree (a loop, a missing page): what came before it is kept, and the rest reported.
        if (pages.length === 0) return { error: unreadable(err as Error) };
        const lost = n === doc.numPages ? `Seite ${n}` : `Seiten ${n}–${doc.numPages}`;
        warnings.push(`${lost} nicht lesbar (${why(err as Error)}); gelesen: ${n - 1 === 1 ? 'Seite 1' : `Seiten 1–${n - 1}`}`);
        break;
      }
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const meta = {
      title: typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null,
      created: typeof info.CreationDate === 'string' ? pdfDate(info.CreationDate) : null,
    };
    // No text on any page: a scan, read by OCR.
    if (options.ocr !== false && pages.every(p => p.every(l => l.trim() === ''))) {
      try {
        const read = await recognisePages(doc as unknown as OcrDocument, options.onOcrProgress, limits.ocrPages);
        if (read.length < doc.numPages) warnings.push(`nur die ersten ${read.length} von ${doc.numPages} gescannten Seiten per Texterkennung gelesen (höchstens ${limits.ocrPages})`);
        return { pages: read, ...meta, ocr: { pages: read.length, of: doc.numPages }, ...(warnings.length ? { warnings } : {}) };
      } catch (err) {
        return { error: `Texterkennung (OCR) fehlgeschlagen: ${(err as Error).message}` };
      }
    }
    return { pages, ...meta, ...(warnings.length ? { warnings } : {}) };
  } finally {
    await doc.destroy();
  }
}

/** The lines of a page, top to bottom (items on one baseline make a line); an empty string where a paragraph ends. */
function pageLines(items: TextItem[]): string[] {
  const lines: { text: string; y: number; size: number }[] = [];
  for (const item of items) {
    const y = item.transform[5]!;
    const last = lines.at(-1);
    if (last && Math.abs(last.y - y) <= Math.max(1, item.height * 0.4)) {
      last.text += item.str;
      last.size = Math.max(last.size, item.height);
    } else {
      lines.push({ text: item.str, y, size: item.height });
    }
  }
  const kept = lines.filter(l => l.text.trim() !== '');
  const gaps = kept.slice(1).map((l, i) => kept[i]!.y - l.y).filter(g => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  kept.forEach((l, i) => {
    const gap = i > 0 ? kept[i - 1]!.y - l.y : 0;
    // The usual spacing, but never more than a line of this size needs: on a page of short blocks (a decision's
    // head, a letter) the gaps between blocks are the commonest, and must still part them.
    const spacing = l.size > 0 ? Math.min(usual, l.size * LINE_SPACING) : usual;
    if (i > 0 && spacing > 0 && (gap > spacing * PARAGRAPH_GAP || gap < 0)) out.push('');
    out.push(l.text);
  });
  return out;
}

/** `D:20210309101500+01'00'` → `2021-03-09`. */
function pdfDate(value: string): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
