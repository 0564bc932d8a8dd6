// `npm run bench:formats`: reading 1,000 HTML pages and a PDF of 1,000 pages of ordinary size (real German news
// text from 10kGNAD, benchmarks only), through the same readers as the corpus folder: in reader processes within
// the ingest limits, as the product reads them (and, for comparison, the same parsers in this process).
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { buildCorpus } from '../src/core/ingest/build-corpus.js';
import { readPdfText } from '../src/io/pdf-text.js';
import { loadCorpusFolder } from '../src/io/corpus-folder.js';
import { paragraphs, random, readGnad } from './corpus.js';

const COUNT = 1000;
const rnd = random(11);
const paras = paragraphs(readGnad(), COUNT * 6, rnd);
const today = { year: 2026, month: 11, day: 23 };

function htmlPage(i: number): string {
  const body = paras.slice(i * 6, i * 6 + 6);
  const title = body[0]!.split(/[.!?]/)[0]!.slice(0, 80);
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title} | Stadt</title>
<meta property="article:published_time" content="2022-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+02:00"></head><body>
<nav><ul>${['Startseite', 'Rathaus', 'Aktuelles', 'Kontakt', 'Suche'].map(n => `<li><a href="#">${n}</a></li>`).join('')}</ul></nav>
<main><article><h1>${title}</h1>${body.map(p => `<p>${p}</p>`).join('\n')}</article>
<aside><h3>Weitere Meldungen</h3><ul><li><a href="#">Neue Öffnungszeiten …</a></li><li><a href="#">Glasfaser im Gewerbegebiet …</a></li></ul></aside></main>
<footer>Impressum · Datenschutz</footer></body></html>`;
}

const html = Array.from({ length: COUNT }, (_, i) => ({ name: `p${i}.html`, bytes: new TextEncoder().encode(htmlPage(i)) }));

/** Milliseconds of `run`, the first time (cold: modules, JIT, the reader process starting) and the second. */
async function twice(run: () => Promise<number> | number): Promise<{ articles: number; first: number; second: number }> {
  let t = performance.now();
  const articles = await run();
  const first = performance.now() - t;
  t = performance.now();
  await run();
  return { articles, first, second: performance.now() - t };
}

// In this process without limits (the parsers alone), then as the product reads a folder: in a reader process,
// which starts while the folder is read and then waits for the next call (a rebuild, an `/add`).
const htmlDir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-formats-html-'));
for (const f of html) writeFileSync(path.join(htmlDir, f.name), f.bytes);
const htmlInProcess = await twice(() => buildCorpus(html, { today }).articles.length);
const htmlIsolated = await twice(async () => (await loadCorpusFolder(htmlDir, { today })).articles.length);
rmSync(htmlDir, { recursive: true, force: true });
if (htmlIsolated.articles !== htmlInProcess.articles) throw new Error(`HTML: ${htmlIsolated.articles} Artikel isoliert, ${htmlInProcess.articles} im Prozess`);

// One PDF of 1,000 pages, each a heading and about 2,500 characters of wrapped text.
const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: false });
const chunks: Buffer[] = [];
doc.on('data', c => chunks.push(c as Buffer));
const done = new Promise<Buffer>(r => doc.on('end', () => r(Buffer.concat(chunks))));
for (let i = 0; i < COUNT; i++) {
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(13).text(`Meldung ${i + 1}`);
  doc.font('Helvetica').fontSize(10).text(paras.slice(i * 6, i * 6 + 4).join('\n\n').slice(0, 2500));
}
doc.end();
const bytes = await done;
const dir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-formats-'));
writeFileSync(path.join(dir, 'lang.pdf'), bytes);
const pdfInProcess = await twice(async () => {
  const text = await readPdfText(bytes);
  return 'pages' in text ? buildCorpus([{ name: 'lang.pdf', bytes, pdf: text }], { today }).articles.length : 0;
});
const pdfIsolated = await twice(async () => (await loadCorpusFolder(dir, { today })).articles.length);
if (pdfIsolated.articles !== pdfInProcess.articles) throw new Error(`PDF: ${pdfIsolated.articles} Artikel isoliert, ${pdfInProcess.articles} im Prozess`);
rmSync(dir, { recursive: true, force: true });
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const line = (what: string, isolated: typeof htmlIsolated, inProcess: typeof htmlInProcess) =>
  `${what}: ${s(isolated.second)} (${(isolated.second / COUNT).toFixed(1)} ms je Seite, ${isolated.articles} Artikel), erster Aufruf ${s(isolated.first)}; `
  + `im selben Prozess ohne Grenzen ${s(inProcess.second)}, erster Aufruf ${s(inProcess.first)}\n`;
process.stdout.write(line(`HTML: ${COUNT} Seiten`, htmlIsolated, htmlInProcess)
  + line(`PDF:  ${COUNT} Seiten (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`, pdfIsolated, pdfInProcess));

// A scan read by OCR: the test fixture's scanned court order (one A4 page, typed text as an image at 200 dpi),
// three times in one PDF, so that starting the OCR worker counts once, as it does for one scan of a corpus.
{
  const { readFileSync } = await import('node:fs');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fixture = await getDocument({ data: new Uint8Array(readFileSync(new URL('../test/fixtures/formats/pdf_scan_beschluss.pdf', import.meta.url))),
    isEvalSupported: false, verbosity: 0 }).promise;
  const page = await fixture.getPage(1);
  const viewport = page.getViewport({ scale: 200 / 72 });
  const { canvas, context } = (fixture as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(t: string): Buffer }; context: unknown } } })
    .canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
  const image = canvas.toBuffer('image/png');
  await fixture.destroy();
  const pages = 3;
  const scan = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const parts: Buffer[] = [];
  scan.on('data', c => parts.push(c as Buffer));
  const scanned = new Promise<Buffer>(r => scan.on('end', () => r(Buffer.concat(parts))));
  for (let i = 0; i < pages; i++) scan.addPage().image(image, 0, 0, { width: 595.28 });
  scan.end();
  const input = await scanned;
  const t0 = performance.now();
  const read = await readPdfText(input);
  const ms = performance.now() - t0;
  const chars = 'pages' in read ? read.pages.flat().join('').length : 0;
  process.stdout.write(`OCR:  ${pages} gescannte Seiten in ${(ms / 1000).toFixed(1)} s (${(ms / pages / 1000).toFixed(1)} s je Seite, ${chars} Zeichen erkannt)\n`);
}
