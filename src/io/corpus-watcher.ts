// Watches the corpus folder and rebuilds the engine aside when files change; the new engine is swapped in
// whole, a failed rebuild keeps the old one.
import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Engine } from '../core/engine.js';
import type { LoadedEngine, LoadOptions } from './engine-loader.js';
import { loadEngine } from './engine-loader.js';

export interface WatcherEvents {
  /** A rebuilt engine, ready to swap in. */
  onEngine: (engine: Engine, loaded: LoadedEngine) => void;
  onError: (error: Error) => void;
  /** The folder itself went away, came back or was replaced (German, for the log or the terminal). */
  onNotice?: (message: string) => void;
}

/** How often the folder itself is looked at: a watch on a folder that is moved away goes blind without a word. */
export const FOLDER_CHECK_MS = 2000;

/** Changes closer together than this are one change: editors write a file in several steps. */
export const DEBOUNCE_MS = 400;

export interface CorpusWatcher {
  stop(): void;
  /** Resolves when no rebuild is pending or running (for tests and shutdown). */
  idle(): Promise<void>;
}

/** The identity of a folder (device and inode), or null when there is none at the path. */
function folderId(dir: string): string | null {
  try {
    const s = statSync(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : null;
  } catch {
    return null;
  }
}

export function watchCorpus(options: LoadOptions, events: WatcherEvents, load: typeof loadEngine = loadEngine,
  folderCheckMs = FOLDER_CHECK_MS): CorpusWatcher {
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

  let watcher: FSWatcher | null = null;
  let watched: string | null = null;
  const follow = () => {
    watcher?.close();
    watcher = null;
    watched = folderId(options.corpusDir);
    if (!watched) return;
    watcher = watch(options.corpusDir, { persistent: false }, schedule);
    watcher.on('error', () => {}); // the folder check below notices what went wrong and says it
  };
  follow();

  // A moved, deleted or replaced folder: say so, keep the old index, follow the new folder when there is one.
  const check = setInterval(() => {
    const now = folderId(options.corpusDir);
    if (now === watched) return;
    if (!now) {
      events.onNotice?.(`Der Korpusordner „${options.corpusDir}“ ist nicht mehr da; der bisherige Index bleibt aktiv, bis er wieder da ist.`);
      watcher?.close();
      watcher = null;
      watched = null;
      return;
    }
    events.onNotice?.(watched
      ? `Der Korpusordner „${options.corpusDir}“ wurde ersetzt; der neue wird eingelesen und beobachtet.`
      : `Der Korpusordner „${options.corpusDir}“ ist wieder da; er wird eingelesen und beobachtet.`);
    follow();
    schedule();
  }, folderCheckMs);
  check.unref();

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(check);
      watcher?.close();
    },
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise(r => setTimeout(r, DEBOUNCE_MS + 20));
      }
    },
  };
}
