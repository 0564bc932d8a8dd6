// Gives the engine for a corpus folder: from the cache when it matches the corpus, else built and cached.
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { Engine } from '../core/engine.js';
import type { BuildProgress } from '../core/answer/engine-data.js';
import { corpusHash } from '../core/persist/corpus-hash.js';
import { fromSnapshot, snapshotMismatch, toSnapshot, type Snapshot, type SnapshotHeader } from '../core/persist/snapshot.js';
import { germanGazetteer } from '../core/places/gazetteer.js';
import type { YMD } from '../core/ingest/dates.js';
import { corpusOf, folderFingerprint, folderLook, readCorpusFolder, type FolderFiles } from './corpus-folder.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from '../core/ingest/limits.js';
import { prepareReader } from './parse-pool.js';
import { CacheDamage, LAZY_TEXT_FROM, NotAccepted, readSnapshot, writeSnapshot } from './index-cache.js';
import { buildEngine, STREAM_FROM_BYTES, streamThreads } from './build-engine.js';
import { FactsStream } from './facts-stream.js';

export const DEFAULT_CACHE_DIR = '.cache';

export interface LoadOptions {
  corpusDir: string;
  cacheDir?: string;
  /** Build even when the cache matches (`cli index`). */
  force?: boolean;
  today?: YMD;
  onProgress?: (p: BuildProgress) => void;
  /** From how many bytes of corpus files on workers help while the files are parsed (default STREAM_FROM_BYTES). */
  streamFromBytes?: number;
  /** The limits each file is read within (default DEFAULT_INGEST_LIMITS). */
  limits?: IngestLimits;
}

/**
 * A folder's look or contents together with the limits it was read within: other limits may keep or skip other
 * files, so a cache built under them does not fit.
 */
function withLimits(hash: string, limits: IngestLimits = DEFAULT_INGEST_LIMITS): string {
  return createHash('sha256').update(`${hash}\u0000${limitsKey(limits)}`).digest('hex');
}

/** The limits as the cache's header keeps them: `fileMb=64,fileSeconds=10,…`. */
function limitsKey(limits: IngestLimits = DEFAULT_INGEST_LIMITS): string {
  return Object.entries(limits).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',');
}

export interface LoadedEngine {
  engine: Engine;
  from: 'cache' | 'build';
  /** Why the index was built instead of loaded (German), or null. */
  reason: string | null;
  cacheFile: string;
  /** Set when the cache could not be written (German); the engine works all the same. */
  cacheError: string | null;
  persistedBytes: number | null;
}

/** The folder's fingerprint (see folderFingerprint) under the limits it is read within: what a cache must match. */
export async function folderKey(corpusDir: string, limits?: IngestLimits): Promise<string> {
  return withLimits(await folderFingerprint(corpusDir), limits);
}

/** The cache file of a corpus folder: one per folder, named after its real path. */
export async function cacheFileFor(corpusDir: string, cacheDir = DEFAULT_CACHE_DIR): Promise<string> {
  const real = await realpath(corpusDir).catch(() => path.resolve(corpusDir));
  return path.join(cacheDir, `index-${createHash('sha1').update(real).digest('hex').slice(0, 12)}.bin`);
}

/** An engine over a verified snapshot (from the cache file, or handed over by the build worker). */
export function engineFromSnapshot(snapshot: Snapshot): Engine {
  return new Engine(fromSnapshot(snapshot, germanGazetteer()), new Date(snapshot.header.builtAt));
}

/**
 * The engine from the cache when the folder looks exactly as the cache saw it (no corpus file is read), else
 * null. Quick enough for the thread that answers; everything else (reading files, building) is loadEngine's.
 */
export async function loadFromCacheQuickly(options: Pick<LoadOptions, 'corpusDir' | 'cacheDir' | 'limits'> & {
  /** A large cache leaves its paragraph text in the file; told when a chunk read later turns out damaged. */
  onCacheDamage?: (reason: string) => void;
  /** From how many bytes of text on it stays in the file (default LAZY_TEXT_FROM). */
  lazyTextFrom?: number;
}): Promise<LoadedEngine | null> {
  const cacheFile = await cacheFileFor(options.corpusDir, options.cacheDir);
  try {
    const fingerprint = await folderKey(options.corpusDir, options.limits);
    // The header decides before anything else is read (at 1M paragraphs it alone is 5 MB of JSON, parsed once).
    const snapshot = await readSnapshot(cacheFile, { lazyTextFrom: options.lazyTextFrom ?? LAZY_TEXT_FROM, onDamage: options.onCacheDamage,
      accept: header => !snapshotMismatch(header) && header.folderFingerprint === fingerprint });
    const engine = engineFromSnapshot(snapshot);
    return { engine, from: 'cache', reason: null, cacheFile, cacheError: null, persistedBytes: null };
  } catch {
    return null; // loadEngine says why
  }
}

export async function loadEngine(options: LoadOptions): Promise<LoadedEngine> {
  const cacheFile = await cacheFileFor(options.corpusDir, options.cacheDir);
  // First the folder's outside (names, sizes, times): when it is as the cache saw it, no file is read.
  const look = await folderLook(options.corpusDir);
  const { bytes } = look;
  const fingerprint = withLimits(look.fingerprint, options.limits);
  let header = null as SnapshotHeader | null; // set by the reader of the cache below (in a callback)
  let reason = options.force ? 'Neubau angefordert' : null;
  const fromCache = async (refresh = false): Promise<LoadedEngine> => {
    const snapshot = await readSnapshot(cacheFile);
    const engine = engineFromSnapshot(snapshot);
    // The same bytes under new times: the cache learns the folder's new look, so the next start reads no file.
    if (refresh) await writeSnapshot(cacheFile, { ...snapshot, header: { ...snapshot.header, folderFingerprint: fingerprint } }).catch(() => {});
    return { engine, from: 'cache', reason: null, cacheFile, cacheError: null, persistedBytes: null };
  };
  const cacheProblem = (err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'noch kein Index im Cache'
      : err instanceof CacheDamage ? `Cache beschädigt (${err.message})` : `Cache unlesbar (${(err as Error).message})`;
  };
  if (!options.force) {
    try {
      // The header is parsed once: when it fits, the rest of the snapshot is read on; else only the header was.
      const snapshot = await readSnapshot(cacheFile, {
        accept: h => {
          header = h;
          reason = snapshotMismatch(h) ?? (h.ingestLimits === limitsKey(options.limits) ? null : 'andere Grenzen für das Einlesen (INGEST_…)');
          return !reason && h.folderFingerprint === fingerprint;
        },
      });
      return { engine: engineFromSnapshot(snapshot), from: 'cache', reason: null, cacheFile, cacheError: null, persistedBytes: null };
    } catch (err) {
      if (!(err instanceof NotAccepted)) {
        header = null;
        reason = cacheProblem(err);
      }
    }
  }
  // A large corpus: workers compute sentences, figures and tokens of the paragraphs while the files are still
  // parsed. They start now, so that they are ready (modules and wink's model loaded) while this thread reads.
  const streamFrom = options.streamFromBytes ?? STREAM_FROM_BYTES;
  let stream = bytes >= streamFrom ? new FactsStream(streamThreads(), { tokens: true }) : undefined;
  let folder: FolderFiles;
  let hash: string;
  try {
    // Otherwise the contents decide: the same bytes (only times changed) still use the cache. A reader process
    // starts meanwhile, in case the files are to be read.
    prepareReader(options.limits ?? DEFAULT_INGEST_LIMITS);
    folder = await readCorpusFolder(options.corpusDir, {}, options.limits);
    hash = withLimits(corpusHash(folder.files, folder.skipped.map(s => s.source)), options.limits);
    if (!options.force && header && !reason) {
      if (header.corpusHash === hash) {
        try {
          const loaded = await fromCache(true);
          stream?.close();
          return loaded;
        } catch (err) {
          reason = cacheProblem(err);
        }
      } else {
        reason = 'der Korpus hat sich geändert';
      }
    }
  } catch (err) {
    stream?.close();
    throw err;
  }
  // The listing counts links by their own size: the files as read decide whether the workers are worth it.
  const read = folder.files.reduce((n, f) => n + f.bytes.length, 0);
  if (!stream && read >= streamFrom) stream = new FactsStream(streamThreads(), { tokens: true });
  const builtAt = new Date();
  let engine: Engine;
  try {
    const corpus = await corpusOf(folder, { today: options.today, limits: options.limits, onProgress: options.onProgress,
      ...(stream ? { onParsed: (texts: string[]) => stream.add(texts) } : {}) });
    engine = await buildEngine(corpus, { builtAt, onProgress: options.onProgress, ...(stream ? { stream } : {}) });
  } finally {
    stream?.close();
  }
  let cacheError: string | null = null;
  let persistedBytes: number | null = null;
  try {
    persistedBytes = await writeSnapshot(cacheFile, toSnapshot(engine.data, hash, builtAt, fingerprint, limitsKey(options.limits)));
  } catch (err) {
    cacheError = `Cache konnte nicht geschrieben werden: ${(err as Error).message}`;
  }
  return { engine, from: 'build', reason, cacheFile, cacheError, persistedBytes };
}
