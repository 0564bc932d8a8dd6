// The messages between the file reader processes (parse-child.ts) and the pool that runs them (parse-pool.ts).
import type { YMD } from '../core/ingest/dates.js';
import type { IngestLimits } from '../core/ingest/limits.js';
import type { FileOutcome } from '../core/ingest/read-source.js';

export type ChildRequest = { kind: 'file'; id: number; name: string; bytes: Uint8Array; today: YMD; limits: IngestLimits };
export type ChildReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; outcome: FileOutcome }
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'failed'; id: number; message: string };

/** What the watchdog writes before it ends the process: the parent reads it as "over the memory limit". */
export const MEMORY_MARK = 'AMTSBOTE-SPEICHERGRENZE';

