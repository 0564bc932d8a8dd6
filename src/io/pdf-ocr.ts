// Reads the pages of a scanned PDF (no text layer) with OCR, offline: pdf.js draws each page at 300 dpi, and
// tesseract.js recognises it with the German model from @tesseract.js-data/deu, in a worker thread of its own.
// Nothing is downloaded and nothing is written to disk (no cache of the model next to the corpus).
import { createRequire } from 'node:module';

/** The resolution a page is drawn at for recognition: what Tesseract is trained for. */
const DPI = 300;
/** The largest image a page is drawn to (pixels): an oversized page is drawn at a lower resolution, not in gigabytes. */
const MAX_PIXELS = 40e6;

const require = createRequire(import.meta.url);

/** How far the recognition of a scan has come: pages done of pages to read. */
export interface OcrProgress {
  done: number;
  total: number;
}

/** What pdf.js gives of a page and of its own canvas maker (drawing needs pdf.js's own @napi-rs/canvas). */
interface PageProxy {
  getViewport(o: { scale: number }): { width: number; height: number };
  render(o: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
  cleanup(): void;
}
export interface OcrDocument {
  numPages: number;
  getPage(n: number): Promise<PageProxy>;
  canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown } };
}

/**
 * The lines of each page as recognised (a blank line where Tesseract sees a paragraph end), for the first
 * `maxPages` pages; throws when the OCR engine cannot start or read.
 */
export async function recognisePages(doc: OcrDocument, onProgress: ((p: OcrProgress) => void) | undefined, maxPages: number): Promise<string[][]> {
  const { createWorker, OEM } = await import('tesseract.js');
  const model = require('@tesseract.js-data/deu') as { langPath: string; gzip: boolean };
  const worker = await createWorker('deu', OEM.LSTM_ONLY, { langPath: model.langPath, gzip: model.gzip, cacheMethod: 'none' });
  const total = Math.min(doc.numPages, maxPages);
  const pages: string[][] = [];
  onProgress?.({ done: 0, total });
  try {
    for (let n = 1; n <= total; n++) {
      const page = await doc.getPage(n);
      const size = page.getViewport({ scale: 1 });
      const scale = Math.min(DPI / 72, Math.sqrt(MAX_PIXELS / Math.max(1, size.width * size.height)));
      const viewport = page.getViewport({ scale });
      const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: context, viewport, canvas }).promise;
      page.cleanup();
      const { data } = await worker.recognize(canvas.toBuffer('image/png'));
      pages.push(data.text.split('\n').map(l => l.trimEnd()));
      onProgress?.({ done: n, total });
    }
  } finally {
    await worker.terminate();
  }
  return pages;
}
