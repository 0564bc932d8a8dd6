// Worker thread: loads (or builds) the engine of a corpus folder and sends it back as a snapshot, its binary
// blobs transferred, not copied. The thread that answers questions never builds an index itself.
import { parentPort, workerData } from 'node:worker_threads';
import { toSnapshot } from '../core/persist/snapshot.js';
import { loadEngine, type LoadOptions } from './engine-loader.js';

const options = workerData.options as Omit<LoadOptions, 'onProgress'>;
try {
  const loaded = await loadEngine({ ...options, onProgress: p => parentPort!.postMessage({ kind: 'progress', progress: p }) });
  const snapshot = toSnapshot(loaded.engine.data, 'worker', loaded.engine.builtAt);
  const buffers = new Set<ArrayBuffer>();
  for (const b of Object.values(snapshot.blobs)) if (b.buffer instanceof ArrayBuffer) buffers.add(b.buffer);
  const { engine: _engine, ...rest } = loaded;
  try {
    parentPort!.postMessage({ kind: 'done', snapshot, loaded: rest }, [...buffers]);
  } catch {
    parentPort!.postMessage({ kind: 'done', snapshot, loaded: rest }); // a buffer that may not move is copied
  }
} catch (err) {
  parentPort!.postMessage({ kind: 'error', message: (err as Error).message, name: (err as Error).name });
}
