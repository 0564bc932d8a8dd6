// Bytes kept in chunks of one size (the last may be shorter), read as if they were one array: the term sequences
// of a build stay in the chunks they were written to, and a large cache's text is read from its file chunk by chunk.
import type { TextBytes } from './paragraph-store.js';

/**
 * Bytes [start, end) of chunks of `size` bytes, chunk `c` given by `chunkAt(c)`: a view when they lie in one
 * chunk, else a copy.
 */
export function bytesAcross(start: number, end: number, length: number, size: number, chunkAt: (c: number) => Uint8Array): Uint8Array {
  const from = Math.max(0, start);
  const to = Math.min(length, end);
  if (to <= from) return new Uint8Array(0);
  const first = Math.floor(from / size);
  if (Math.floor((to - 1) / size) === first) return chunkAt(first).subarray(from - first * size, to - first * size);
  const out = new Uint8Array(to - from);
  for (let c = first; c * size < to; c++) {
    const base = c * size;
    const a = Math.max(from, base);
    const b = Math.min(to, base + size);
    out.set(chunkAt(c).subarray(a - base, b - base), a - from);
  }
  return out;
}

export class ChunkedBytes implements TextBytes {
  private readonly size: number;

  constructor(private readonly chunks: Uint8Array[], readonly length: number) {
    this.size = chunks[0]?.length || 1;
  }

  subarray(start: number, end: number): Uint8Array {
    return bytesAcross(start, end, this.length, this.size, c => this.chunks[c]!);
  }
}
