// The paragraph text of a large cache, read from the file when a paragraph is shown instead of at start: every
// 16 KB chunk is checked against its SHA-256 the first time it is read, and verified chunks are kept in a small
// LRU. A chunk that does not match is never used: the read fails with CacheDamage and `onDamage` is told.
import type { TextBytes } from '../core/search/paragraph-store.js';
import { readChunk, type OpenFile } from './open-file.js';
import { bytesAcross } from '../core/search/chunked-bytes.js';

export const TEXT_CHUNK_BYTES = 16 * 1024;
/** Verified chunks kept in memory (64 MB): the chunks of a few thousand recent answers. */
const KEPT_CHUNKS = 4096;

export class LazyText implements TextBytes {
  private readonly kept = new Map<number, Uint8Array>();

  /** Reads `length` bytes from `position` of the open file. */
  constructor(private readonly file: OpenFile, private readonly position: number, readonly length: number,
    private readonly sums: string[], private readonly name: string, private readonly onDamage?: (reason: string) => void) {}

  subarray(start: number, end: number): Uint8Array {
    return bytesAcross(start, end, this.length, TEXT_CHUNK_BYTES, c => this.chunk(c));
  }

  private chunk(c: number): Uint8Array {
    const kept = this.kept.get(c);
    if (kept) {
      this.kept.delete(c);
      this.kept.set(c, kept);
      return kept;
    }
    const bytes = new Uint8Array(Math.min(TEXT_CHUNK_BYTES, this.length - c * TEXT_CHUNK_BYTES));
    readChunk(this.file, bytes, this.position + c * TEXT_CHUNK_BYTES, this.sums[c]!,
      { name: this.name, index: c, count: this.sums.length }, this.onDamage);
    if (this.kept.size >= KEPT_CHUNKS) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(c, bytes);
    return bytes;
  }
}
