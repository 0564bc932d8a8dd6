// The path a user takes, for `npm run bench` and `npm run bench:ingest`: N paragraphs of real German news
// (10kGNAD, benchmarks only) written as corpus files in the page structures ingestion meets (portal pages,
// local-news pages, hard-wrapped PDF text, scraped web pages with furniture), then a fresh process from start to
// the first answer: once from the files (read, parse, merge, index, write the cache), once from that cache.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { paragraphs, random, readGnad } from './corpus.js';

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

/** Writes a corpus of `size` paragraphs in files of 4–12 paragraphs to a new temporary folder. */
export function writeBenchFiles(size: number): { dir: string; files: number } {
  const rnd = random(7);
  const paras = paragraphs(readGnad(), size, rnd);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-files-'));
  let files = 0;
  for (let i = 0; i < paras.length; files++) {
    const n = 4 + Math.floor(rnd() * 9);
    const body = paras.slice(i, i + n);
    i += n;
    const title = body[0]!.split(/[.!?]/)[0]!.slice(0, 80).replace(/[.,;:]+$/, '');
    writeFileSync(path.join(dir, `f${String(files).padStart(6, '0')}.txt`), page(files % 4, title, body, files));
  }
  return { dir, files };
}

export interface FirstAnswer { ms: number; from: string; peakRssMB: number }

/** The young generation the bench was started with (as `npm start` starts the bot), passed on to its child processes. */
export const YOUNG_GENERATION = process.execArgv.filter(arg => arg.startsWith('--max-semi-space-size'));

/** From process start to the first answer over the folder, from the files and then from the cache they left. */
export function firstAnswers(dir: string): { fromFiles: FirstAnswer; fromCache: FirstAnswer } {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-files-cache-'));
  const run = () => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', ...YOUNG_GENERATION, '--import', 'tsx',
    path.join(import.meta.dirname, 'first-answer.ts'), dir, cacheDir, 'Wie viele Einwohner hat die Stadt?'], { maxBuffer: 1 << 20 }).toString()) as FirstAnswer;
  try {
    return { fromFiles: run(), fromCache: run() };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
