// A child process that reads corpus files one at a time, within the ingest limits (see parse-pool.ts): PDF text
// (and OCR) with pdf.js, then the core's reader. Whatever a file does to it (an endless loop, a stack overflow, a
// parser's exception, memory beyond the limit) ends at most this process, never the bot.
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../core/types.js';
import { readSourceFile, type FileOutcome } from '../core/ingest/read-source.js';
import { readPdfText } from './pdf-text.js';
import { MEMORY_MARK, type ChildReply, type ChildRequest } from './parse-protocol.js';
import type { YMD } from '../core/ingest/dates.js';
import type { IngestLimits } from '../core/ingest/limits.js';

const send = (reply: ChildReply) => process.send!(reply);

/**
 * A thread of its own watches the resident memory (the main thread may be stuck in a parser) and ends the process
 * when it passes the limit: a decompression bomb's buffers are outside the JavaScript heap's own limit.
 */
function watchMemory(limitMb: number): void {
  const watchdog = new Worker(`
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    setInterval(() => {
      if (process.memoryUsage.rss() > workerData.limit) {
        writeSync(2, '\\n${MEMORY_MARK}\\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }, 20);`, { eval: true, workerData: { limit: limitMb * 1024 * 1024 } });
  watchdog.unref();
}

let current: number | null = null;
let watching = false;
/** Files to read, each with the settings of the request that brought it. */
const queue: { id: number; name: string; bytes: Uint8Array; today: YMD; limits: IngestLimits }[] = [];
let busy = false;

async function readOne(job: (typeof queue)[number]): Promise<FileOutcome> {
  const file: SourceFile = { name: job.name, bytes: job.bytes };
  if (job.name.toLowerCase().endsWith('.pdf')) {
    file.pdf = await readPdfText(job.bytes, {
      limits: job.limits,
      onOcrProgress: p => send({ kind: 'progress', id: job.id, ...p }),
    });
  }
  return readSourceFile(file, job.today, job.limits);
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  while (queue.length > 0) {
    const job = queue.shift()!;
    if (!watching) {
      watchMemory(job.limits.memoryMb);
      watching = true;
    }
    current = job.id;
    try {
      send({ kind: 'done', id: job.id, outcome: JSON.stringify(await readOne(job)) });
    } catch (err) {
      send({ kind: 'failed', id: job.id, message: (err as Error).message });
    }
    current = null;
  }
  busy = false;
}

// An exception a parser throws outside the awaited path (pdf.js does): that file failed; this process ends, the
// parent starts another for the rest.
const fail = (err: unknown) => {
  const exit = () => process.exit(70);
  if (current === null) exit();
  else process.send!({ kind: 'failed', id: current, message: (err as Error)?.message ?? String(err), fatal: true } satisfies ChildReply, undefined, {}, exit);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
process.on('disconnect', () => process.exit(0));
process.on('message', (m: ChildRequest) => {
  for (const f of m.files) queue.push({ ...f, today: m.today, limits: m.limits });
  void drain();
});
send({ kind: 'ready' });
