// `npm run bench:ingest`: reading and parsing N paragraphs from files (default 100k), in the page structures
// ingestion meets: portal pages, local-news pages, hard-wrapped PDF text and scraped web pages with furniture.
// The text is real German news (10kGNAD, benchmarks only); the files are written to a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpusFolder } from '../src/io/corpus-folder.js';
import { paragraphs, random, readGnad } from './corpus.js';

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--paragraphs');
const size = sizeArg >= 0 ? Number(args[sizeArg + 1]) : 100_000;
const runs = 3;

function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length > 90) {
      lines.push(`${line} `);
      line = '';
    }
    line += (line ? ' ' : '') + word;
  }
  return [...lines, line].join('\n');
}

function page(kind: number, title: string, body: string[], day: number): string {
  const date = `${String(1 + (day % 28)).padStart(2, '0')}.${String(1 + (day % 12)).padStart(2, '0')}.${2010 + (day % 15)}`;
  switch (kind) {
    case 0: return `Kassel:\n${title}\n\n\n[${date}] ${body[0]}\n\n${body.slice(1).join('\n')}\n\nStichwörter: Verwaltung\n`;
    case 1: return `5.3 C\nKassel\nFreitag, 19. April , 2024\n\n${title}\n\nKassel.| ${body.join('\n\n')}\n\nWeitere Artikel\n`;
    case 2: return ` ${title} \n \n${body.map(wrap).join('\n \n')}\n`;
    default: return `Aktuelles\nper Mail teilen\n\n${title}\n\n${date}\n\nEin Bild. Foto: Stadt\n\n${body.join('\n')}\n\nZur Übersicht | Drucken\n`;
  }
}

const rnd = random(7);
const paras = paragraphs(readGnad(), size, rnd);
const dir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-ingest-'));
let files = 0;
for (let i = 0; i < paras.length; files++) {
  const n = 4 + Math.floor(rnd() * 9);
  const body = paras.slice(i, i + n);
  i += n;
  const title = body[0]!.split(/[.!?]/)[0]!.slice(0, 80).replace(/[.,;:]+$/, '');
  writeFileSync(path.join(dir, `f${String(files).padStart(6, '0')}.txt`), page(files % 4, title, body, files));
}
const times: number[] = [];
let articles = 0;
for (let r = 0; r < runs; r++) {
  const t = performance.now();
  articles = (await loadCorpusFolder(dir, { today: { year: 2026, month: 11, day: 23 } })).articles.length;
  times.push(performance.now() - t);
}
const best = Math.min(...times);
process.stdout.write(`${size} Absätze in ${files} Dateien → ${articles} Artikel: bestes von ${runs} Läufen ${(best / 1000).toFixed(2)} s `
  + `(${Math.round(size / (best / 1000))} Absätze/s)\n`);

// The user's path, each in a fresh process: from the files to the first answer, then from the cache.
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-ingest-cache-'));
const firstAnswer = () => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx',
  path.join(import.meta.dirname, 'first-answer.ts'), dir, cacheDir, 'Wie viele Einwohner hat die Stadt?'], { maxBuffer: 1 << 20 }).toString()) as
  { ms: number; from: string; peakRssMB: number };
const fromFiles = firstAnswer();
const fromCache = firstAnswer();
process.stdout.write(`Erste Antwort aus den Dateien (${fromFiles.from}): ${(fromFiles.ms / 1000).toFixed(1)} s, Spitzen-RSS ${fromFiles.peakRssMB} MB\n`
  + `Erste Antwort aus dem Cache (${fromCache.from}): ${(fromCache.ms / 1000).toFixed(1)} s, Spitzen-RSS ${fromCache.peakRssMB} MB\n`);
rmSync(dir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
