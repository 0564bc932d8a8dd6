// Sentences and figures of paragraphs (and, when asked, their tokens) computed by worker threads while the
// building thread does other work: paragraph texts are handed over in batches as soon as they are parsed. A
// worker tokenises each batch at once (cheap) and computes facts in turn, so that the building thread can index
// while the last facts are still computed; at the end it takes the facts batches no worker has started yet (a
// shared flag per batch decides who computes it), waits for the rest and computes whatever is missing (a text
// that changed after parsing, a worker that failed; missing tokens are left to the building thread's tokeniser).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { paragraphFacts, type ParagraphFacts } from '../core/search/paragraph-facts.js';
import { ForeignTokens, type ForeignRun, type TokenBatch } from '../core/answer/engine-data.js';

const BOOT = new URL('./facts-worker-boot.mjs', import.meta.url);
const WORKER = new URL('./facts-worker.ts', import.meta.url).href;

/** Paragraphs per batch: small enough that no thread waits long for the last one, large enough to be cheap to hand over. */
export const BATCH = 500;
/** Batches that can be claimed (32 million paragraphs); texts beyond are computed by the building thread. */
const MAX_BATCHES = 1 << 16;
/** A batch's shared flag: nobody has taken it yet, a worker has, the building thread has. */
export const FREE = 0;
export const WORKER_TOOK = 1;
const BUILDER_TOOK = 2;

export type WorkerMessage =
  | { kind: 'start'; claims: Int32Array; tokens: boolean }
  | { kind: 'batch'; index: number; texts: string[] }
  | { kind: 'tokens-done' }
  | { kind: 'end' };
export type WorkerReply =
  | { kind: 'tokens'; index: number; tokens: TokenBatch }
  | { kind: 'facts'; index: number; facts: ParagraphFacts[] }
  | { kind: 'ended' };

export class FactsStream {
  private readonly claims = new Int32Array(new SharedArrayBuffer(4 * MAX_BATCHES));
  private readonly batches: string[][] = [];
  private readonly results: (ParagraphFacts[] | undefined)[] = [];
  private readonly tokenResults: ({ table: ForeignTokens; batch: TokenBatch } | undefined)[] = [];
  private readonly ids = new Map<string, number>();
  private pending: string[] = [];
  private turn = 0;
  private readonly ended: Promise<void>[] = [];
  /** Batches handed to workers whose tokens have not come back yet (in all, and per worker), and who waits for them. */
  private tokensDue = 0;
  private readonly dueOf: number[] = [];
  private tokensDone: (() => void) | null = null;
  private readonly workers: Worker[];
  /** Workers that have neither failed nor stopped: only they are sent batches. */
  private readonly alive: boolean[] = [];
  /** Whether workers tokenise the texts too. */
  readonly tokenises: boolean;
  /** Whether the tokens have been taken (tokenRuns): later batches are not tokenised. */
  private tokensTaken = false;

  /**
   * A stream with `threads - 1` workers (none on a single core: then this thread computes everything). With
   * `tokens` the workers tokenise the texts too (worth it when this thread has other work meanwhile, such as parsing).
   */
  constructor(threads = Math.min(availableParallelism(), 4), { tokens = false }: { tokens?: boolean } = {}) {
    this.tokenises = tokens && threads > 1;
    this.workers = Array.from({ length: Math.max(0, threads - 1) }, (_, k) => {
      const worker = new Worker(BOOT, { workerData: { module: WORKER } });
      this.alive[k] = true;
      this.dueOf[k] = 0;
      worker.postMessage({ kind: 'start', claims: this.claims, tokens } satisfies WorkerMessage);
      // Each worker numbers tokens its own way; its replies come in order, so its list grows as they arrive.
      const table = new ForeignTokens();
      this.ended.push(new Promise(resolve => {
        worker.on('message', (m: WorkerReply) => {
          if (m.kind === 'facts') this.results[m.index] = m.facts;
          else if (m.kind === 'tokens') {
            table.append(m.tokens.fresh);
            this.tokenResults[m.index] = { table, batch: m.tokens };
            this.dueOf[k]!--;
            if (--this.tokensDue === 0) this.tokensDone?.();
          } else resolve();
        });
        // A failed worker delivers nothing more: its batches are computed here, nobody waits for its tokens, and
        // it is sent nothing more.
        const failed = () => {
          this.alive[k] = false;
          this.tokensDue -= this.dueOf[k]!;
          this.dueOf[k] = 0;
          if (this.tokensDue === 0) this.tokensDone?.();
          resolve();
        };
        worker.once('error', failed);
        worker.once('exit', failed);
      }));
      return worker;
    });
  }

  /** Paragraph texts as they are parsed; a full batch goes to the next worker at once. */
  add(texts: string[]): void {
    // Without workers there is nobody to hand them to: collect computes every text itself.
    if (this.workers.length === 0) return;
    for (const text of texts) {
      if (this.ids.has(text)) continue;
      this.ids.set(text, this.batches.length * BATCH + this.pending.length);
      this.pending.push(text);
      if (this.pending.length === BATCH) this.send();
    }
  }

  private send(): void {
    if (this.pending.length === 0) return;
    const index = this.batches.length;
    this.batches.push(this.pending);
    this.pending = [];
    const k = this.turn++ % Math.max(1, this.workers.length);
    const worker = this.workers[k];
    if (worker && this.alive[k] && index < MAX_BATCHES) {
      worker.postMessage({ kind: 'batch', index, texts: this.batches[index]! } satisfies WorkerMessage);
      if (this.tokenises && !this.tokensTaken) {
        this.tokensDue++;
        this.dueOf[k]!++;
      }
    }
  }

  /**
   * The tokens of these texts as the workers computed them, in order (a gap where no worker tokenised the text:
   * it changed after parsing, or the stream does not tokenise). Waits for the tokens still due; call before collect.
   */
  async tokenRuns(texts: string[]): Promise<(ForeignRun | undefined)[]> {
    if (!this.tokenises) return [];
    this.send();
    if (this.tokensDue > 0) await new Promise<void>(resolve => (this.tokensDone = resolve));
    this.tokensDone = null;
    // The workers let go of their token tables (tens of MB) before this thread builds the index.
    this.tokensTaken = true;
    for (const worker of this.workers) worker.postMessage({ kind: 'tokens-done' } satisfies WorkerMessage);
    const runs = texts.map(text => {
      const id = this.ids.get(text);
      const tokens = id === undefined ? undefined : this.tokenResults[Math.floor(id / BATCH)];
      if (!tokens) return undefined;
      const at = id! % BATCH;
      return { table: tokens.table, ids: tokens.batch.ids.subarray(at === 0 ? 0 : tokens.batch.ends[at - 1], tokens.batch.ends[at]) };
    });
    this.tokenResults.length = 0;
    return runs;
  }

  /**
   * The facts of these texts, in order: this thread computes the batches no worker has started, from the last
   * one back, then waits for the workers; texts never handed over are computed here too.
   */
  async collect(texts: string[], { help = true }: { help?: boolean } = {}): Promise<ParagraphFacts[]> {
    this.send();
    for (let index = this.batches.length - 1; help && index >= 0; index--) {
      if (index >= MAX_BATCHES || Atomics.compareExchange(this.claims, index, FREE, BUILDER_TOOK) === FREE) {
        this.results[index] = this.batches[index]!.map(paragraphFacts);
      }
    }
    for (const worker of this.workers) worker.postMessage({ kind: 'end' } satisfies WorkerMessage);
    await Promise.all(this.ended);
    this.close();
    const facts = texts.map(text => {
      const id = this.ids.get(text);
      return (id === undefined ? undefined : this.results[Math.floor(id / BATCH)]?.[id % BATCH]) ?? paragraphFacts(text);
    });
    // Only the returned array holds the facts now: the caller lets go of them while it assembles (hundreds of MB at 1M).
    this.results.length = 0;
    this.tokenResults.length = 0;
    this.batches.length = 0;
    this.ids.clear();
    return facts;
  }

  /** Stops the workers (when the corpus turns out too small to need them, or after collecting). */
  close(): void {
    this.workers.forEach((worker, k) => {
      this.alive[k] = false;
      void worker.terminate();
    });
  }
}
