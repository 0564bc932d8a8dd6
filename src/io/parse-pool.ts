// Reads corpus files in child processes (parse-child.ts), each file within a time limit and the process within a
// memory limit: a file that loops, overflows, crashes its parser or eats memory is skipped with a German reason
// that names the limit, its reader is replaced, and every other file is read. A reader that finished its files
// waits a while for the next call (a rebuild, an `/add`), so that starting one (about half a second) is paid once.
import { fork, type ChildProcess } from 'node:child_process';
import type { SourceFile } from '../core/types.js';
import type { YMD } from '../core/ingest/dates.js';
import { overLimit, type IngestLimits } from '../core/ingest/limits.js';
import type { FileOutcome } from '../core/ingest/read-source.js';
import type { BuildProgress } from '../core/answer/engine-data.js';
import { MEMORY_MARK, type ChildReply, type ChildRequest } from './parse-protocol.js';

const CHILD = new URL('./parse-child.ts', import.meta.url);
const TSX = import.meta.resolve('tsx');

/** Files handed to a reader ahead of the one it reads (fewer round trips), and at most this many bytes of them. */
const AHEAD_FILES = 16;
const AHEAD_BYTES = 4 * 1024 * 1024;
/** A reader that has not started after this long is a broken installation, not a bad file. */
const START_MS = 60_000;
/** How long a reader without work waits for the next call before it ends. */
const IDLE_MS = 30_000;

export interface IsolatedReadOptions {
  today: YMD;
  limits: IngestLimits;
  /**
   * Child processes reading at once (default one: on two cores a second reader made the path to the first answer
   * at 100k paragraphs slower, 17.5–23.5 s against 17.4–20.7 s, since the index workers need the other core).
   */
  processes?: number;
  onProgress?: (p: BuildProgress) => void;
  /** The paragraph texts of each file as soon as it is read (in whatever order the readers finish). */
  onParsed?: (texts: string[]) => void;
  /** A seam for tests: the module the readers run instead of parse-child.ts (such readers are never kept). */
  readerModule?: URL;
}

/** One reader process, and while it works for a call, the files handed to it (the first is the one it reads). */
interface Reader {
  child: ChildProcess;
  memoryMb: number;
  ready: boolean;
  ahead: number[];
  aheadBytes: number;
  timer: NodeJS.Timeout | null;
  /** Set when this side ended the process (the time limit): its exit is then no crash. */
  ended: boolean;
  stderr: string;
  /** Whether it may wait for the next call (a reader of the real module). */
  keep: boolean;
  /** While it waits for the next call: when it ends. */
  idle: NodeJS.Timeout | null;
}

/** Readers without work, waiting for the next call (each started with its memory limit). */
const parked = new Set<Reader>();

function spawnReader(memoryMb: number, module = CHILD): Reader {
  const child = fork(module, [], {
    execArgv: ['--import', TSX, `--max-old-space-size=${memoryMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const r: Reader = { child, memoryMb, ready: false, ahead: [], aheadBytes: 0, timer: null, ended: false, stderr: '', keep: module === CHILD, idle: null };
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (s: string) => (r.stderr = (r.stderr + s).slice(-4096)));
  child.on('error', () => {}); // the exit that follows says what happened
  return r;
}

/** Drops the listeners of the call the reader worked for; `held`: whether it keeps this process alive. */
function detach(r: Reader, held: boolean): void {
  r.child.removeAllListeners('message');
  r.child.removeAllListeners('exit');
  const hold = (h: { ref?: () => void; unref?: () => void } | null | undefined) => (held ? h?.ref?.() : h?.unref?.());
  hold(r.child);
  hold(r.child.channel as { ref?: () => void; unref?: () => void } | undefined);
  hold(r.child.stderr as unknown as { ref?: () => void; unref?: () => void } | null);
}

/** Lets a reader wait for the next call without keeping this process alive; it ends after IDLE_MS. */
function park(r: Reader): void {
  detach(r, false);
  r.child.on('message', (m: ChildReply) => {
    if (m.kind === 'ready') r.ready = true;
  });
  r.child.once('exit', () => unpark(r));
  parked.add(r);
  r.idle = setTimeout(() => {
    unpark(r);
    if (r.child.connected) r.child.disconnect();
  }, IDLE_MS).unref();
}

function unpark(r: Reader): void {
  parked.delete(r);
  if (r.idle) clearTimeout(r.idle);
  r.idle = null;
}

/** A waiting reader with this memory limit, taken out of the waiting ones, or a new one. */
function takeReader(memoryMb: number): Reader {
  for (const r of parked) {
    if (r.memoryMb !== memoryMb || !r.child.connected) continue;
    unpark(r);
    detach(r, true);
    Object.assign(r, { ahead: [], aheadBytes: 0, timer: null, ended: false, stderr: '' });
    return r;
  }
  return spawnReader(memoryMb);
}

/** Starts a reader now (while the caller reads the folder), so that it is ready when the files come. */
export function prepareReader(limits: Pick<IngestLimits, 'memoryMb'>): void {
  if ([...parked].some(r => r.memoryMb === limits.memoryMb)) return;
  park(spawnReader(limits.memoryMb));
}

export function readFilesIsolated(files: SourceFile[], options: IsolatedReadOptions): Promise<FileOutcome[]> {
  const { limits } = options;
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const waiting: number[] = files.map((_, i) => i);
  let finished = 0;
  const every = Math.max(100, Math.floor(files.length / 20));
  const wanted = options.processes ?? 1;
  const readers = new Set<Reader>();

  return new Promise((resolve, reject) => {
    let failed = false;
    const settle = (i: number, outcome: FileOutcome) => {
      if (outcomes[i]) return;
      outcomes[i] = outcome;
      finished++;
      if (outcome.parsed.length > 0) for (const p of outcome.parsed) options.onParsed?.(p.paragraphs.map(para => para.text));
      if (options.onProgress && finished % every === 0 && finished < files.length) options.onProgress({ phase: 'Dateien', done: finished, total: files.length });
      if (finished === files.length) {
        for (const r of readers) release(r);
        resolve(outcomes as FileOutcome[]);
      }
    };
    const skip = (i: number, reason: string) => settle(i, { source: files[i]!.name, parsed: [], skipped: reason, warnings: [] });

    const clock = (r: Reader, seconds: number) => {
      if (r.timer) clearTimeout(r.timer);
      r.timer = null;
      const head = r.ahead[0];
      if (head === undefined) return;
      r.timer = setTimeout(() => {
        r.ended = true;
        r.child.kill('SIGKILL');
        skip(head, overLimit.seconds(seconds));
      }, seconds * 1000);
    };

    // The reader gets files ahead in batches: when it has no more than half of AHEAD_FILES left, it is topped up.
    const feed = (r: Reader) => {
      if (r.ahead.length > AHEAD_FILES / 2) return;
      const batch: ChildRequest['files'] = [];
      const idle = r.ahead.length === 0;
      while (waiting.length > 0 && r.ahead.length < AHEAD_FILES && (r.ahead.length === 0 || r.aheadBytes < AHEAD_BYTES)) {
        const i = waiting.shift()!;
        const file = files[i]!;
        r.ahead.push(i);
        r.aheadBytes += file.bytes.length;
        batch.push({ id: i, name: file.name, bytes: file.bytes });
      }
      if (batch.length === 0) return;
      r.child.send({ kind: 'files', files: batch, today: options.today, limits } satisfies ChildRequest);
      if (idle) clock(r, limits.fileSeconds);
    };

    const start = () => {
      const r = options.readerModule ? spawnReader(limits.memoryMb, options.readerModule) : takeReader(limits.memoryMb);
      readers.add(r);
      const startTimer = setTimeout(() => fail(new Error('Der Lese-Prozess für die Korpusdateien startet nicht.')), START_MS);
      if (r.ready) {
        clearTimeout(startTimer);
        feed(r);
      }
      r.child.on('message', (m: ChildReply) => {
        if (m.kind === 'ready') {
          clearTimeout(startTimer);
          r.ready = true;
          feed(r);
          return;
        }
        if (m.kind === 'progress') {
          // A scan read by OCR: each page gets its own time.
          if (m.id === r.ahead[0]) clock(r, limits.ocrPageSeconds);
          options.onProgress?.({ phase: 'Texterkennung (Seiten)', done: m.done, total: m.total });
          return;
        }
        const i = r.ahead[0];
        if (i !== m.id) return; // a file whose time ran out, finishing late
        r.ahead.shift();
        r.aheadBytes -= files[i]!.bytes.length;
        if (m.kind === 'done') settle(i, JSON.parse(m.outcome) as FileOutcome);
        else {
          // The reader ends after a fatal failure: its exit blames no further file.
          if (m.fatal) r.ended = true;
          skip(i, overLimit.crashed(m.message));
        }
        if (r.ended) return;
        if (finished === files.length) return;
        clock(r, limits.fileSeconds);
        feed(r);
      });
      r.child.on('exit', (code, signal) => {
        clearTimeout(startTimer);
        if (r.timer) clearTimeout(r.timer);
        readers.delete(r);
        if (failed || finished === files.length) return;
        if (!r.ready && !r.ended) {
          fail(new Error(`Der Lese-Prozess für die Korpusdateien endete beim Start (${exitText(code, signal)}): ${r.stderr.trim().split('\n').at(-1) ?? ''}`));
          return;
        }
        const head = r.ahead[0];
        if (head !== undefined && !r.ended) {
          const memory = r.stderr.includes(MEMORY_MARK) || /heap out of memory|heap limit/i.test(r.stderr);
          skip(head, memory ? overLimit.memory(limits.memoryMb) : overLimit.crashed(exitText(code, signal)));
        }
        // The files handed over after it go to the next reader, first.
        waiting.unshift(...r.ahead.filter(i => !outcomes[i]));
        if (waiting.length > 0 && readers.size < wanted) start();
      });
    };

    /** A reader whose files are all read waits for the next call; one that was ended is gone. */
    const release = (r: Reader) => {
      if (r.timer) clearTimeout(r.timer);
      readers.delete(r);
      if (r.ended || !r.child.connected) return;
      if (r.keep) park(r);
      else r.child.disconnect();
    };

    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      for (const r of readers) {
        r.ended = true;
        r.child.kill('SIGKILL');
      }
      reject(err);
    };

    if (files.length === 0) {
      resolve([]);
      return;
    }
    for (let k = 0; k < Math.min(wanted, files.length); k++) start();
  });
}

function exitText(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `Signal ${signal}` : `Code ${code}`;
}
