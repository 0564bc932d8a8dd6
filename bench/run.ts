// `npm run bench`: build time, memory, persisted size, cold start and ask latency at 10k, 100k and 1M
// paragraphs, with the pruned search and the exhaustive one (the reference) in turn, per stage of ask, against
// plain MiniSearch with default options on the same paragraphs and queries; and up to 100k paragraphs the user's
// path from process start to the first answer, from files and from the cache.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { buildEngine } from '../src/io/build-engine.js';
import { toSnapshot } from '../src/core/persist/snapshot.js';
import { writeSnapshot } from '../src/io/index-cache.js';
import { loadCorpusFolder } from '../src/io/corpus-folder.js';
import { benchCorpus } from './corpus.js';
import type { StageTimes } from '../src/core/answer/ask.js';
import { benchQueries } from './queries.js';
import { firstAnswers, writeBenchFiles, YOUNG_GENERATION, type FirstAnswer } from './user-path.js';

interface Latency { p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number }
/** p95 of each stage of `ask` on its own (the stages of one question need not be slow together). */
type StageLatency = Record<keyof StageTimes, number>;
interface Result {
  paragraphs: number; buildMs: number; samples: number; coldStartMs: number; rssMB: number; heapMB: number; persistedMB: number;
  coldRssMB: number; queries: number; ask: Latency; reference: Latency & { buildMs: number };
  /** The same questions with the exhaustive search (the reference the pruning must equal). */
  askExhaustive: Latency;
  search: Latency; searchExhaustive: Latency;
  stages: StageLatency; stagesExhaustive: StageLatency;
  /** From process start to the first answer (written as files; up to FILES_MAX_PARAGRAPHS). */
  fromFiles: FirstAnswer | null; fromCache: FirstAnswer | null;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizeArg = args.indexOf('--paragraphs');
const sizes = sizeArg >= 0 ? [Number(args[sizeArg + 1])] : [10_000, 100_000, 1_000_000];
const skipReference = args.includes('--no-reference');
/** Every query is timed this many times (after one warm-up pass). */
const TIMED_PASSES = 3;
/** Beyond this size the path from files is not run (writing and parsing a million paragraphs takes minutes). */
const FILES_MAX_PARAGRAPHS = 100_000;

function latency(times: number[]): Latency {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 100) / 100;
  return { p50Ms: q(0.5), p95Ms: q(0.95), p99Ms: q(0.99), maxMs: Math.round(s.at(-1)! * 100) / 100 };
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function measure(size: number): Promise<Result> {
  const seeds = (await loadCorpusFolder(path.join(import.meta.dirname, '..', 'seeds'))).articles;
  const corpus = benchCorpus(size, seeds);
  const paragraphs = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  global.gc?.();
  const started = performance.now();
  const engine = await buildEngine(corpus);
  const buildMs = performance.now() - started;
  // Only the engine is held from here on: the corpus strings go before memory and latency are measured.
  corpus.articles.length = 0;
  global.gc?.();
  const queries = benchQueries(engine);

  for (const q of queries) engine.ask(q); // warm up: JIT, place masks, the fuzzy term map, the block bounds
  for (const q of queries) engine.ask(q, { exhaustive: true });
  // Pruned and exhaustive in turn, question by question, so that both meet the same machine; which goes first
  // alternates, since the second ask of a question finds its paragraphs and terms still in the cache.
  const modes = [false, true].map(exhaustive => ({ exhaustive, totals: [] as number[], stages: [] as StageTimes[] }));
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const [i, q] of queries.entries()) {
      for (const mode of (pass + i) % 2 === 0 ? modes : [...modes].reverse()) {
        const stages: StageTimes = { analysis: 0, search: 0, reading: 0, choice: 0 };
        mode.totals.push(time(() => engine.ask(q, { exhaustive: mode.exhaustive, stages }))[1]);
        mode.stages.push(stages);
      }
    }
  }
  const [pruned, exhaustive] = modes as [typeof modes[0], typeof modes[0]];
  const stageP95 = (list: StageTimes[]): StageLatency => ({
    analysis: latency(list.map(s => s.analysis)).p95Ms, search: latency(list.map(s => s.search)).p95Ms,
    reading: latency(list.map(s => s.reading)).p95Ms, choice: latency(list.map(s => s.choice)).p95Ms,
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-bench-'));
  const file = path.join(dir, 'index.bin');
  const persisted = await writeSnapshot(file, toSnapshot(engine.data, 'bench', new Date()));
  global.gc?.();
  const mem = process.memoryUsage();
  const cold = JSON.parse(execFileSync(process.execPath, [...YOUNG_GENERATION, '--import', 'tsx', path.join(import.meta.dirname, 'cold-start.ts'), file, queries[0]!],
    { encoding: 'utf8', maxBuffer: 1 << 20 })) as { coldStartMs: number; rssMB: number };
  rmSync(dir, { recursive: true, force: true });

  let reference: Latency & { buildMs: number } = { p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, buildMs: 0 };
  if (!skipReference) {
    const docs: { id: number; text: string }[] = [];
    for (let id = 0; id < engine.data.store.count; id++) docs.push({ id, text: engine.data.store.text(id) });
    const mini = new MiniSearch({ fields: ['text'] });
    const [, refBuild] = time(() => mini.addAll(docs));
    docs.length = 0;
    for (const q of queries) mini.search(q);
    reference = { ...latency(queries.map(q => time(() => mini.search(q))[1])), buildMs: Math.round(refBuild) };
  }
  let user: { fromFiles: FirstAnswer; fromCache: FirstAnswer } | null = null;
  if (size <= FILES_MAX_PARAGRAPHS) {
    const written = writeBenchFiles(size);
    try {
      user = firstAnswers(written.dir);
    } finally {
      rmSync(written.dir, { recursive: true, force: true });
    }
  }
  return {
    fromFiles: user?.fromFiles ?? null, fromCache: user?.fromCache ?? null,
    paragraphs, buildMs: Math.round(buildMs), coldStartMs: cold.coldStartMs, rssMB: Math.round(mem.rss / 1e6),
    heapMB: Math.round(mem.heapUsed / 1e6), persistedMB: Math.round(persisted / 1e5) / 10, coldRssMB: cold.rssMB,
    queries: queries.length, samples: pruned.totals.length, ask: latency(pruned.totals), reference,
    askExhaustive: latency(exhaustive.totals),
    search: latency(pruned.stages.map(s => s.search)), searchExhaustive: latency(exhaustive.stages.map(s => s.search)),
    stages: stageP95(pruned.stages), stagesExhaustive: stageP95(exhaustive.stages),
  };
}

function table(results: Result[]): string {
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  const lat = (l: Latency) => `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms} / ${l.maxMs}`;
  const stages = (s: StageLatency) => `${s.analysis} / ${s.search} / ${s.reading} / ${s.choice}`;
  const rows = [
    ['Absätze', ...results.map(r => r.paragraphs.toLocaleString('de-DE'))],
    ['Erste Antwort aus Dateien (s, Spitzen-RSS MB)', ...results.map(r => (r.fromFiles ? `${(r.fromFiles.ms / 1000).toFixed(1)} (${r.fromFiles.peakRssMB})` : '–'))],
    ['Erste Antwort aus dem Cache (s, Spitzen-RSS MB)', ...results.map(r => (r.fromCache ? `${(r.fromCache.ms / 1000).toFixed(1)} (${r.fromCache.peakRssMB})` : '–'))],
    ['Aufbau im Speicher (ms)', ...results.map(r => `${r.buildMs} (MiniSearch ${r.reference.buildMs})`)],
    ['Kaltstart (ms)', ...results.map(r => String(r.coldStartMs))],
    ['RSS / Heap (MB)', ...results.map(r => `${r.rssMB} / ${r.heapMB}`)],
    ['RSS nach Kaltstart (MB)', ...results.map(r => String(r.coldRssMB))],
    ['Cache (MB)', ...results.map(r => String(r.persistedMB))],
    ['ask p50 / p95 / p99 / max (ms)', ...results.map(r => lat(r.ask))],
    ['ask ohne Pruning p50 / p95 / p99 / max (ms)', ...results.map(r => lat(r.askExhaustive))],
    ['ask ohne / mit Pruning (p95; p99)', ...results.map(r => `${ratio(r.askExhaustive.p95Ms, r.ask.p95Ms)}; ${ratio(r.askExhaustive.p99Ms, r.ask.p99Ms)}`)],
    ['Suche mit / ohne Pruning p50; p95 (ms)', ...results.map(r => `${r.search.p50Ms} / ${r.searchExhaustive.p50Ms}; ${r.search.p95Ms} / ${r.searchExhaustive.p95Ms}`)],
    ['ask-Stufen p95: Frage / Suche / Lesen / Wahl (ms)', ...results.map(r => stages(r.stages))],
    ['MiniSearch p50 / p95 / p99 / max (ms)', ...results.map(r => lat(r.reference))],
    ['ask / MiniSearch (p95)', ...results.map(r => ratio(r.ask.p95Ms, r.reference.p95Ms))],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map(r => r[c]!.length)));
  return rows.map(r => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`).join('\n');
}

const results: Result[] = [];
for (const size of sizes) {
  process.stderr.write(`Messe ${size.toLocaleString('de-DE')} Absätze …\n`);
  results.push(await measure(size));
}
if (json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
else process.stdout.write(`${table(results)}\n\n${results.length} Größen, ${results[0]!.queries} Anfragen je Größe, ${os.cpus().length} Kerne, Node ${process.version}\n`);
