// Worker thread of a FactsStream: computes the sentences and figures (and, when asked, the tokens) of each batch
// of paragraphs it is sent, unless the building thread has already taken that batch (one shared flag per batch).
// It loads wink-nlp's model at once, so that it is ready when the first paragraphs come.
import { parentPort } from 'node:worker_threads';
import { paragraphFacts } from '../core/search/paragraph-facts.js';
import { LocalTokens } from '../core/answer/engine-data.js';
import { FREE, WORKER_TOOK, type WorkerMessage, type WorkerReply } from './facts-stream.js';

paragraphFacts('Bereit: 1 Satz.');
let claims: Int32Array | null = null;
let tokens: LocalTokens | null = null;
parentPort!.on('message', (m: WorkerMessage) => {
  if (m.kind === 'start') {
    claims = m.claims;
    if (m.tokens) tokens = new LocalTokens();
  } else if (m.kind === 'batch') {
    if (!claims || Atomics.compareExchange(claims, m.index, FREE, WORKER_TOOK) !== FREE) return;
    const batch = tokens?.batch(m.texts);
    const reply: WorkerReply = { kind: 'facts', index: m.index, facts: m.texts.map(paragraphFacts), ...(batch ? { tokens: batch } : {}) };
    parentPort!.postMessage(reply, batch ? [batch.ids.buffer as ArrayBuffer, batch.ends.buffer as ArrayBuffer] : []);
  } else {
    parentPort!.postMessage({ kind: 'ended' } satisfies WorkerReply);
  }
});
