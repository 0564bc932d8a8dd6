// Loads or builds the engine of a corpus folder in a worker thread and hands it over whole: while a large
// corpus is read and indexed, the bot keeps acknowledging interactions and the terminal keeps answering.
import { Worker } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import type { Snapshot } from '../core/persist/snapshot.js';
import { engineFromSnapshot, type LoadedEngine, type LoadOptions } from './engine-loader.js';

const BOOT = new URL('./facts-worker-boot.mjs', import.meta.url);
const WORKER = new URL('./engine-worker.ts', import.meta.url).href;

type Message =
  | { kind: 'progress'; progress: Parameters<NonNullable<LoadOptions['onProgress']>>[0] }
  | { kind: 'done'; snapshot: Snapshot; loaded: Omit<LoadedEngine, 'engine'> }
  | { kind: 'error'; message: string; name: string };

export function loadEngineInBackground(options: LoadOptions): Promise<LoadedEngine> {
  const { onProgress, ...rest } = options;
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: { module: WORKER, options: rest } });
    let settled = false;
    worker.on('message', (m: Message) => {
      if (m.kind === 'progress') onProgress?.(m.progress);
      else if (m.kind === 'error') {
        settled = true;
        // A user's mistake (no such folder) stays one across the thread boundary.
        const err = m.name === 'UserError' ? new UserError(m.message) : new Error(m.message);
        reject(err);
      } else {
        settled = true;
        resolve({ engine: engineFromSnapshot(m.snapshot), ...m.loaded });
      }
      if (settled) void worker.terminate();
    });
    worker.once('error', err => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', code => {
      if (!settled) reject(new Error(`Der Index-Worker endete unerwartet (Code ${code}).`));
    });
  });
}
