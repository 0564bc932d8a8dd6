// The messages between the file reader processes (parse-child.ts) and the pool that runs them (parse-pool.ts).
import type { YMD } from '../core/ingest/dates.js';
import type { IngestLimits } from '../core/ingest/limits.js';

/** Files to read, in order (several per message: fewer messages, the same attribution, since they are read in turn). */
export type ChildRequest = { kind: 'files'; files: { id: number; name: string; bytes: Uint8Array }[]; today: YMD; limits: IngestLimits };
export type ChildReply =
  | { kind: 'ready' }
  /** The outcome as JSON text: one string crosses the channel at the cost of a copy, where an object graph of many paragraphs is cloned piece by piece. */
  | { kind: 'done'; id: number; outcome: string }
  | { kind: 'progress'; id: number; done: number; total: number }
  /** The file could not be read; `fatal`: the reader ends after this message (the files after it go to another). */
  | { kind: 'failed'; id: number; message: string; fatal?: boolean };

/** What the watchdog writes before it ends the process: the parent reads it as "over the memory limit". */
export const MEMORY_MARK = 'AMTSBOTE-SPEICHERGRENZE';

