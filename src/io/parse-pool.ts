// Reads corpus files in child processes (parse-child.ts), each file within a time limit and the process within a
// memory limit: a file that loops, overflows, crashes its parser or eats memory is skipped with a German reason
// that names the limit, its reader is replaced, and every other file is read.
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
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
/** From this many files on, two readers share the work (where there are two cores). */
const TWO_READERS_FROM = 2000;

export interface IsolatedReadOptions {
  today: YMD;
  limits: IngestLimits;
  /** Child processes reading at once (default: one; two for a large folder on two or more cores). */
  processes?: number;
  onProgress?: (p: BuildProgress) => void;
  /** The paragraph texts of each file as soon as it is read (in whatever order the readers finish). */
  onParsed?: (texts: string[]) => void;
}

/** One reader process and the files handed to it, the first of which it is reading. */
interface Reader {
  child: ChildProcess;
  ready: boolean;
  ahead: number[];
  aheadBytes: number;
  timer: NodeJS.Timeout | null;
  /** Set when this side ended the process (the time limit): its exit is then no crash. */
  ended: boolean;
  stderr: string;
}

export function readFilesIsolated(files: SourceFile[], options: IsolatedReadOptions): Promise<FileOutcome[]> {
  const { limits } = options;
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const waiting: number[] = files.map((_, i) => i);
  let finished = 0;
  const every = Math.max(100, Math.floor(files.length / 20));
  const wanted = options.processes ?? (files.length >= TWO_READERS_FROM && availableParallelism() > 1 ? 2 : 1);
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
        for (const r of readers) stop(r);
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
        skip(head, overLimit.seconds(seconds));
        r.ended = true;
        r.child.kill('SIGKILL');
      }, seconds * 1000);
    };

    const feed = (r: Reader) => {
      while (waiting.length > 0 && r.ahead.length < AHEAD_FILES && (r.ahead.length === 0 || r.aheadBytes < AHEAD_BYTES)) {
        const i = waiting.shift()!;
        const file = files[i]!;
        r.ahead.push(i);
        r.aheadBytes += file.bytes.length;
        r.child.send({ kind: 'file', id: i, name: file.name, bytes: file.bytes, today: options.today, limits } satisfies ChildRequest);
        if (r.ahead.length === 1) clock(r, limits.fileSeconds);
      }
    };

    const start = () => {
      const child = fork(CHILD, [], {
        execArgv: ['--import', TSX, `--max-old-space-size=${limits.memoryMb}`],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      const r: Reader = { child, ready: false, ahead: [], aheadBytes: 0, timer: null, ended: false, stderr: '' };
      readers.add(r);
      const startTimer = setTimeout(() => {
        fail(new Error('Der Lese-Prozess für die Korpusdateien startet nicht.'));
      }, START_MS);
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (s: string) => (r.stderr = (r.stderr + s).slice(-4096)));
      child.on('message', (m: ChildReply) => {
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
        if (m.kind === 'done') settle(i, m.outcome);
        else skip(i, overLimit.crashed(m.message));
        clock(r, limits.fileSeconds);
        feed(r);
      });
      child.on('error', () => {}); // the exit that follows says what happened
      child.on('exit', (code, signal) => {
        clearTimeout(startTimer);
        if (r.timer) clearTimeout(r.timer);
        readers.delete(r);
        if (failed || finished === files.length) return;
        if (!r.ready && !r.ended) {
          fail(new Error(`Der Lese-Prozess für die Korpusdateien endete beim Start (${exitText(code, signal)}): ${r.stderr.trim().split('\n').at(-1) ?? ''}`));
          return;
        }
        const [head, ...rest] = r.ahead;
        if (head !== undefined && !r.ended) {
          const memory = r.stderr.includes(MEMORY_MARK) || /heap out of memory|heap limit/i.test(r.stderr);
          skip(head, memory ? overLimit.memory(limits.memoryMb) : overLimit.crashed(exitText(code, signal)));
        }
        // The files handed over after it go to the next reader, first.
        waiting.unshift(...rest.filter(i => !outcomes[i]));
        if (waiting.length > 0 && readers.size < wanted) start();
      });
    };

    const stop = (r: Reader) => {
      if (r.timer) clearTimeout(r.timer);
      r.ended = true;
      if (r.child.connected) r.child.disconnect();
    };

    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      for (const r of readers) {
        stop(r);
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
