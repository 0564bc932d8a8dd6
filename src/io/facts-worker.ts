// Worker thread of a FactsStream: tokenises each batch of paragraphs it is sent at once (when asked to), and
// computes their sentences and figures in turn, unless the building thread has already taken that batch (one
// shared flag per batch). It loads wink-nlp's model at once, so that it is ready when the first paragraphs come.
import { parentPort } from 'node:worker_threads';
import { paragraphFacts } from '../core/search/paragraph-facts.js';
import { LocalTokens } from '../core/answer/engine-data.js';
import { FREE, WORKER_TOOK, type WorkerMessage, type WorkerReply } from './facts-stream.js';

paragraphFacts('Bereit: 1 Satz.');
let claims: Int32Array | null = null;
let tokens: LocalTokens | null = null;
/** Batches whose facts are still to be computed, one per turn of the event loop so that new batches are tokenised at once. */
const queue: { index: number; texts: string[] }[] = [];
let ending = false;
let scheduled = false;

function nextFacts(): void {
  scheduled = false;
  const job = queue.shift();
  if (job && claims && Atomics.compareExchange(claims, job.index, FREE, WORKER_TOOK) === FREE) {
    parentPort!.postMessage({ kind: 'facts', index: job.index, facts: job.texts.map(paragraphFacts) } satisfies WorkerReply);
  }
  if (queue.length > 0) schedule();
  else if (ending) parentPort!.postMessage({ kind: 'ended' } satisfies WorkerReply);
}

function schedule(): void {
  if (!scheduled) {
    scheduled = true;
    setImmediate(nextFacts);
  }
}

parentPort!.on('message', (m: WorkerMessage) => {
  if (m.kind === 'start') {
    claims = m.claims;
    if (m.tokens) tokens = new LocalTokens();
  } else if (m.kind === 'batch' && !tokens) {
    // Facts only: computed as the batches come, the others wait in the port (compact, not as strings in this heap).
    queue.push(m);
    nextFacts();
  } else if (m.kind === 'batch') {
    const batch = tokens!.batch(m.texts);
    parentPort!.postMessage({ kind: 'tokens', index: m.index, tokens: batch } satisfies WorkerReply, [batch.ids.buffer as ArrayBuffer, batch.ends.buffer as ArrayBuffer]);
    queue.push(m);
    schedule();
  } else if (m.kind === 'tokens-done') {
    tokens = null;
  } else {
    // The building thread has claimed every batch not yet started: what is left in the queue is skipped.
    ending = true;
    schedule();
  }
});
