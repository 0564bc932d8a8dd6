// Watches the corpus folder and rebuilds the engine aside when files change; the new engine is swapped in
// whole, a failed rebuild keeps the old one.
import { watch, type FSWatcher } from 'node:fs';
import type { Engine } from '../core/engine.js';
import type { LoadedEngine, LoadOptions } from './engine-loader.js';
import { loadEngine } from './engine-loader.js';

export interface WatcherEvents {
  /** A rebuilt engine, ready to swap in. */
  onEngine: (engine: Engine, loaded: LoadedEngine) => void;
  onError: (error: Error) => void;
}

/** Changes closer together than this are one change: editors write a file in several steps. */
export const DEBOUNCE_MS = 400;

export interface CorpusWatcher {
  stop(): void;
  /** Resolves when no rebuild is pending or running (for tests and shutdown). */
  idle(): Promise<void>;
}

export function watchCorpus(options: LoadOptions, events: WatcherEvents, load: typeof loadEngine = loadEngine): CorpusWatcher {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const rebuild = async () => {
    do {
      again = false;
      try {
        const loaded = await load(options);
        if (!stopped) events.onEngine(loaded.engine, loaded);
      } catch (err) {
        if (!stopped) events.onError(err as Error);
      }
    } while (again && !stopped);
    running = null;
  };

  const schedule = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) again = true;
      else running = rebuild();
    }, DEBOUNCE_MS);
  };

  const watcher: FSWatcher = watch(options.corpusDir, { persistent: false }, schedule);
  watcher.on('error', err => events.onError(err));

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise(r => setTimeout(r, DEBOUNCE_MS + 20));
      }
    },
  };
}
