// `npm run bench:ingest`: reading and parsing N paragraphs from files (default 100k), best of three, then the
// user's path from process start to the first answer, from the files and from the cache (see user-path.ts).
import { rmSync } from 'node:fs';
import { loadCorpusFolder } from '../src/io/corpus-folder.js';
import { firstAnswers, writeBenchFiles } from './user-path.js';

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--paragraphs');
const size = sizeArg >= 0 ? Number(args[sizeArg + 1]) : 100_000;
const runs = 3;

const { dir, files } = writeBenchFiles(size);
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
const { fromFiles, fromCache } = firstAnswers(dir);
process.stdout.write(`Erste Antwort aus den Dateien (${fromFiles.from}): ${(fromFiles.ms / 1000).toFixed(1)} s, Spitzen-RSS ${fromFiles.peakRssMB} MB\n`
  + `Erste Antwort aus dem Cache (${fromCache.from}): ${(fromCache.ms / 1000).toFixed(1)} s, Spitzen-RSS ${fromCache.peakRssMB} MB\n`);
rmSync(dir, { recursive: true, force: true });
