// Worker thread of a FactsStream: computes the sentences and figures of each batch of paragraphs it is sent,
// unless the building thread has already taken that batch (one shared flag per batch). It loads wink-nlp's
// model at once, so that it is ready when the first paragraphs come.
import { parentPort } from 'node:worker_threads';
import { paragraphFacts } from '../core/search/paragraph-facts.js';
import { FREE, WORKER_TOOK, type WorkerMessage, type WorkerReply } from './facts-stream.js';

paragraphFacts('Bereit: 1 Satz.');
let claims: Int32Array | null = null;
parentPort!.on('message', (m: WorkerMessage) => {
  if (m.kind === 'start') claims = m.claims;
  else if (m.kind === 'batch') {
    if (!claims || Atomics.compareExchange(claims, m.index, FREE, WORKER_TOOK) !== FREE) return;
    parentPort!.postMessage({ kind: 'facts', index: m.index, facts: m.texts.map(paragraphFacts) } satisfies WorkerReply);
  } else {
    parentPort!.postMessage({ kind: 'ended' } satisfies WorkerReply);
  }
});
