// Builds an engine from a corpus; a large corpus has its sentences and figures computed on all cores.
import { availableParallelism } from 'node:os';
import type { Corpus } from '../core/types.js';
import { Engine, type EngineOptions } from '../core/engine.js';
import { assembleEngineData, finishEngineData, indexParagraphs, storeParagraphs, tokenizeCorpus, type EngineData } from '../core/answer/engine-data.js';
import { germanGazetteer } from '../core/places/gazetteer.js';
import { FactsStream } from './facts-stream.js';

/** Below this many paragraphs a worker costs more to start than it saves. */
export const PARALLEL_MIN_PARAGRAPHS = 20_000;
/** Corpus files of this many bytes in all most likely hold that many paragraphs: workers start while parsing. */
export const STREAM_FROM_BYTES = 8 * 1024 * 1024;

/**
 * Threads in all while files are parsed and streamed: each worker costs its own heap, model, token table and
 * texts (~80–100 MB more peak RSS at 100k paragraphs; measured 840–920 MB with one worker, 910–935 with two,
 * 1,030–1,040 with three), so more than two would take the path from files over 1 GB.
 */
export function streamThreads(): number {
  return Math.min(availableParallelism(), 3);
}

/** Tokenising a paragraph costs about this share of computing its sentences and figures. */
const TOKENS_PER_FACTS = 0.3;

/** The share of paragraphs this thread computes itself when all are known at once, so that all threads end together. */
function ownShare(workers: number): number {
  return Math.max(0, (1 / workers - TOKENS_PER_FACTS) / (1 + 1 / workers));
}

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
  /** Whether this thread takes batches too once it has tokenised (default true; false: only what was never handed over). */
  helps?: boolean;
} = {}): Promise<Engine> {
  const texts = corpus.articles.flatMap(a => a.paragraphs.map(p => p.text));
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  // A stream that was fed while parsing has done its work already: it is used whatever the corpus's size.
  if ((!options.stream && texts.length < (options.parallelFrom ?? PARALLEL_MIN_PARAGRAPHS)) || threads < 2) {
    options.stream?.close();
    return Engine.fromCorpus(corpus, options);
  }
  const stream = options.stream ?? new FactsStream(threads);
  try {
    // Texts already in memory: the workers get the share they can do while this thread tokenises (each handed-over
    // text is a copy in a worker; at 1M paragraphs all of them would add hundreds of MB), this thread the rest.
    if (!options.stream) stream.add(texts.slice(0, Math.ceil(texts.length * (1 - ownShare(threads - 1)))));
    const help = options.helps !== false;
    let data: EngineData;
    if (stream.tokenises) {
      // The workers tokenised while this thread parsed: their runs are only renumbered here, and the index is
      // built while they finish the last sentences and figures.
      const tokens = tokenizeCorpus(corpus, options.onProgress, await stream.tokenRuns(texts));
      const indexed = indexParagraphs(corpus, tokens, options.onProgress);
      const stored = storeParagraphs(corpus, await stream.collect(texts, { help }));
      data = finishEngineData(corpus, indexed, stored, options.gazetteer ?? germanGazetteer());
    } else {
      const tokens = tokenizeCorpus(corpus, options.onProgress);
      const facts = await stream.collect(texts, { help });
      data = assembleEngineData(corpus, tokens, options.gazetteer ?? germanGazetteer(), options.onProgress, facts);
    }
    return new Engine(data, options.builtAt ?? new Date());
  } finally {
    stream.close();
  }
}
