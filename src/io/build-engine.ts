// Builds an engine from a corpus; a large corpus has its sentences and figures computed on all cores.
import { availableParallelism } from 'node:os';
import type { Corpus } from '../core/types.js';
import { Engine, type EngineOptions } from '../core/engine.js';
import { assembleEngineData, tokenizeCorpus } from '../core/answer/engine-data.js';
import { germanGazetteer } from '../core/places/gazetteer.js';
import { FactsStream } from './facts-stream.js';

/** Below this many paragraphs a worker costs more to start than it saves. */
export const PARALLEL_MIN_PARAGRAPHS = 20_000;
/** Corpus files of this many bytes in all most likely hold that many paragraphs: workers start while parsing. */
export const STREAM_FROM_BYTES = 8 * 1024 * 1024;

/**
 * Workers compute the sentences and figures of the paragraphs (handed to them in batches, while parsing when
 * the caller gives a stream it fed, else now) while this thread tokenises the corpus; then this thread takes the
 * batches no worker has started, so that all finish together however fast each one turns out.
 */
export async function buildEngine(corpus: Corpus, options: EngineOptions & {
  /** A stream that was given the paragraph texts as they were parsed (see FactsStream); closed here. */
  stream?: FactsStream;
  /** From how many paragraphs on workers help (default PARALLEL_MIN_PARAGRAPHS), and how many threads in all. */
  parallelFrom?: number;
  threads?: number;
  /** Whether this thread takes batches too once it has tokenised (default true; false leaves all to the workers). */
  helps?: boolean;
} = {}): Promise<Engine> {
  const texts = corpus.articles.flatMap(a => a.paragraphs.map(p => p.text));
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  if (texts.length < (options.parallelFrom ?? PARALLEL_MIN_PARAGRAPHS) || threads < 2) {
    options.stream?.close();
    return Engine.fromCorpus(corpus, options);
  }
  const stream = options.stream ?? new FactsStream(threads);
  try {
    if (!options.stream) stream.add(texts);
    const tokens = tokenizeCorpus(corpus, options.onProgress);
    const facts = await stream.collect(texts, { help: options.helps !== false });
    const data = assembleEngineData(corpus, tokens, options.gazetteer ?? germanGazetteer(), options.onProgress, facts);
    return new Engine(data, options.builtAt ?? new Date());
  } finally {
    stream.close();
  }
}
