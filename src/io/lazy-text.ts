// The paragraph text of a large cache, read from the file when a paragraph is shown instead of at start: every
// 16 KB chunk is checked against its SHA-256 the first time it is read, and verified chunks are kept in a small
// LRU. A chunk that does not match is never used: the read fails with CacheDamage and `onDamage` says why, once.
import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import type { TextBytes } from '../core/search/paragraph-store.js';
import { CacheDamage } from './cache-damage.js';

export const TEXT_CHUNK_BYTES = 16 * 1024;
/** Verified chunks kept in memory (64 MB): the chunks of a few thousand recent answers. */
const KEPT_CHUNKS = 4096;

const closer = new FinalizationRegistry<number>(fd => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** An open cache file shared by the parts read from it on demand; closed once, when none of them is left. */
export class OpenFile {
  constructor(readonly fd: number) {
    closer.register(this, fd, this);
  }

  /** Closes now (when what was to read from it is given up). */
  close(): void {
    closer.unregister(this);
    closeSync(this.fd);
  }
}

export class LazyText implements TextBytes {
  private readonly kept = new Map<number, Uint8Array>();
  private damaged: string | null = null;

  /** Reads `length` bytes from `position` of the open file. */
  constructor(private readonly file: OpenFile, private readonly position: number, readonly length: number,
    private readonly sums: string[], private readonly name: string, private readonly onDamage?: (reason: string) => void) {}

  subarray(start: number, end: number): Uint8Array {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    const out = new Uint8Array(Math.max(0, to - from));
    for (let c = Math.floor(from / TEXT_CHUNK_BYTES); c * TEXT_CHUNK_BYTES < to; c++) {
      const chunk = this.chunk(c);
      const base = c * TEXT_CHUNK_BYTES;
      const a = Math.max(from, base);
      const b = Math.min(to, base + chunk.length);
      out.set(chunk.subarray(a - base, b - base), a - from);
    }
    return out;
  }

  private chunk(c: number): Uint8Array {
    const kept = this.kept.get(c);
    if (kept) {
      this.kept.delete(c);
      this.kept.set(c, kept);
      return kept;
    }
    if (this.damaged) throw new CacheDamage(this.damaged);
    const size = Math.min(TEXT_CHUNK_BYTES, this.length - c * TEXT_CHUNK_BYTES);
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(this.file.fd, bytes, read, size - read, this.position + c * TEXT_CHUNK_BYTES + read);
      if (n === 0) break;
      read += n;
    }
    if (read < size || createHash('sha256').update(bytes).digest('hex') !== this.sums[c]) {
      this.damaged = `Prüfsumme von „${this.name}“ (Stück ${c + 1} von ${this.sums.length}) stimmt nicht`;
      this.onDamage?.(this.damaged);
      throw new CacheDamage(this.damaged);
    }
    if (this.kept.size >= KEPT_CHUNKS) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(c, bytes);
    return bytes;
  }
}
