// The postings of a large cache, read from the file term by term when a question first needs them: the arrays
// are allocated whole (the system commits only the pages written), each 64 KB chunk is read into place and checked
// against its SHA-256 the first time a term touches it. A chunk that does not match is never used: the term's
// read fails with CacheDamage and `onDamage` is told.
import { readChunk, type OpenFile } from './open-file.js';

export const POSTING_CHUNK_BYTES = 64 * 1024;

/** Where a blob lies in the file and the sums of its chunks. */
export interface ChunkedBlob {
  position: number;
  sums: string[];
  name: string;
}

/** Reads chunks of one blob into its array on first use and checks them. */
class ChunkReader {
  private readonly verified: Uint8Array;

  constructor(private readonly file: OpenFile, private readonly blob: ChunkedBlob, private readonly bytes: Uint8Array,
    private readonly onDamage?: (reason: string) => void) {
    this.verified = new Uint8Array(blob.sums.length);
  }

  /** Makes bytes [from, to) present and checked. */
  ensure(from: number, to: number): void {
    for (let c = Math.floor(from / POSTING_CHUNK_BYTES); c * POSTING_CHUNK_BYTES < to; c++) {
      if (this.verified[c]) continue;
      const start = c * POSTING_CHUNK_BYTES;
      const chunk = this.bytes.subarray(start, Math.min(this.bytes.length, start + POSTING_CHUNK_BYTES));
      try {
        readChunk(this.file, chunk, this.blob.position + start, this.blob.sums[c]!,
          { name: this.blob.name, index: c, count: this.blob.sums.length }, this.onDamage);
      } catch (err) {
        chunk.fill(0);
        throw err;
      }
      this.verified[c] = 1;
    }
  }
}

export class LazyPostings {
  readonly docs: Uint32Array;
  readonly weights: Uint16Array;
  private readonly loaded: Uint8Array;
  private readonly docChunks: ChunkReader;
  private readonly weightChunks: ChunkReader;

  constructor(file: OpenFile, private readonly offsets: Uint32Array, count: number, docs: ChunkedBlob, weights: ChunkedBlob,
    onDamage?: (reason: string) => void) {
    this.docs = new Uint32Array(count);
    this.weights = new Uint16Array(count);
    this.loaded = new Uint8Array(Math.max(0, offsets.length - 1));
    this.docChunks = new ChunkReader(file, docs, new Uint8Array(this.docs.buffer), onDamage);
    this.weightChunks = new ChunkReader(file, weights, new Uint8Array(this.weights.buffer), onDamage);
  }

  /** Makes the postings of a term present (the index calls this before it reads them). */
  readonly present = (term: number): void => {
    if (this.loaded[term]) return;
    const start = this.offsets[term]!;
    const end = this.offsets[term + 1]!;
    this.docChunks.ensure(start * 4, end * 4);
    this.weightChunks.ensure(start * 2, end * 2);
    this.loaded[term] = 1;
  };
}
