// Builds an engine from a corpus; a large corpus has its sentences and figures computed on all cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../core/types.js';
import { Engine, type EngineOptions } from '../core/engine.js';
import { assembleEngineData, tokenizeCorpus } from '../core/answer/engine-data.js';
import { germanGazetteer } from '../core/places/gazetteer.js';
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

/** Tokenising a paragraph costs about this share of computing its sentences and figures. */
const TOKENS_PER_FACTS = 0.3;

/**
 * Workers compute the sentences and figures of most paragraphs while this thread tokenises the corpus
 * and then does the remaining share itself, so that both finish at about the same time.
 */
export async function buildEngine(corpus: Corpus, options: EngineOptions = {}): Promise<Engine> {
  const texts = corpus.articles.flatMap(a => a.paragraphs.map(p => p.text));
  const threads = Math.min(availableParallelism(), 4);
  if (texts.length < PARALLEL_MIN_PARAGRAPHS || threads < 2) return Engine.fromCorpus(corpus, options);
  const workers = threads - 1;
  const ownShare = Math.max(0, (1 / workers - TOKENS_PER_FACTS) / (1 + 1 / workers));
  const split = Math.floor(texts.length * ownShare);
  const size = Math.ceil((texts.length - split) / workers);
  const others = Promise.all(Array.from({ length: workers }, (_, i) => inWorker(texts.slice(split + i * size, split + (i + 1) * size))))
    .catch(() => null); // no worker here: this thread computes them too
  const tokens = tokenizeCorpus(corpus, options.onProgress);
  const facts: ParagraphFacts[] = texts.slice(0, split).map(paragraphFacts);
  const fromWorkers = await others;
  // One array holds the facts, so that assembling can let go of them (at 1M paragraphs they are hundreds of MB).
  if (fromWorkers) for (const part of fromWorkers.splice(0)) for (const f of part) facts.push(f);
  else for (let i = split; i < texts.length; i++) facts.push(paragraphFacts(texts[i]!));
  const data = assembleEngineData(corpus, tokens, options.gazetteer ?? germanGazetteer(), options.onProgress, facts);
  return new Engine(data, options.builtAt ?? new Date());
}
