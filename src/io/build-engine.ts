// Builds an engine from a corpus; a large corpus has its sentences and figures computed on all cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../core/types.js';
import { Engine, type EngineOptions } from '../core/engine.js';
import { paragraphFacts, type ParagraphFacts } from '../core/search/paragraph-facts.js';

/** Below this many paragraphs a worker costs more to start than it saves. */
export const PARALLEL_MIN_PARAGRAPHS = 20_000;

const BOOT = new URL('./facts-worker-boot.mjs', import.meta.url);
const WORKER = new URL('./facts-worker.ts', import.meta.url).href;

function inWorker(texts: string[]): Promise<ParagraphFacts[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: { module: WORKER, texts } });
    worker.once('message', facts => {
      resolve(facts as ParagraphFacts[]);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', code => code !== 0 && reject(new Error(`Worker endete mit ${code}`)));
  });
}

/** Sentences and figures of all texts: the first share here, the others in worker threads. */
async function parallelFacts(texts: string[], threads: number): Promise<ParagraphFacts[]> {
  const size = Math.ceil(texts.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => texts.slice(i * size, (i + 1) * size));
  const others = Promise.all(chunks.slice(1).map(inWorker));
  const own = chunks[0]!.map(paragraphFacts);
  return [own, ...(await others)].flat();
}

export async function buildEngine(corpus: Corpus, options: EngineOptions = {}): Promise<Engine> {
  const texts = corpus.articles.flatMap(a => a.paragraphs.map(p => p.text));
  const threads = Math.min(availableParallelism(), 4);
  if (texts.length < PARALLEL_MIN_PARAGRAPHS || threads < 2) return Engine.fromCorpus(corpus, options);
  let facts: ParagraphFacts[] | undefined;
  try {
    facts = await parallelFacts(texts, threads);
  } catch {
    facts = undefined; // no worker here: the engine computes them itself
  }
  return Engine.fromCorpus(corpus, { ...options, facts });
}
