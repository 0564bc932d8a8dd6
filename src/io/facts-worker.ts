// Worker thread: computes the sentences and figures of the paragraphs it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { paragraphFacts } from '../core/search/paragraph-facts.js';

const { texts } = workerData as { texts: string[] };
parentPort!.postMessage(texts.map(paragraphFacts));
