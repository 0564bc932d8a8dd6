// The index terms of texts, token by token, as the index made them: close reading looks a candidate's terms up
// here instead of tokenising and analysing its text again. One sequence per text; a token is a run of varints:
// 0 for a token without terms (a stopword), else (term + 1) · 2, plus 1 when another term of the same token
// follows (a compound's parts). About 2–3 bytes per token.
import { GrowableU32 } from './growable.js';
import type { TextBytes } from './paragraph-store.js';
import { ChunkedBytes } from './chunked-bytes.js';

export interface TermSequenceArrays {
  /** The varints of every sequence, one after the other: in memory, or read from the cache file on demand. */
  bytes: TextBytes;
  /** Where each sequence starts in `bytes`, and where the last ends. */
  offsets: Uint32Array;
}

/** Bytes per chunk the builder writes into. */
const CHUNK_BYTES = 1 << 16;

/** Appends sequences token by token and packs them. */
export class TermSequenceBuilder {
  private readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(CHUNK_BYTES);
  private fill = 0;
  private readonly offsets = new GrowableU32();

  constructor() {
    this.offsets.push(0);
    this.chunks.push(this.chunk);
  }

  /** Bytes written so far. */
  get length(): number {
    return (this.chunks.length - 1) * CHUNK_BYTES + this.fill;
  }

  /** Appends the next token of the current sequence, with its terms (none for a stopword). */
  token(terms: readonly number[]): void {
    this.encoded(encodeToken(terms));
  }

  /** Appends the next token as encodeToken gave it: bytes[from, to) (a build encodes each distinct token once). */
  encoded(bytes: Uint8Array, from = 0, to = bytes.length): void {
    for (let i = from; i < to; i++) {
      if (this.fill === CHUNK_BYTES) this.nextChunk();
      this.chunk[this.fill++] = bytes[i]!;
    }
  }

  /** Ends the current sequence; returns its number. */
  end(): number {
    const length = this.length;
    if (length > 0xffffffff) throw new RangeError('Zu viele Terme für eine Termfolge');
    this.offsets.push(length);
    return this.offsets.length - 2;
  }

  /**
   * The packed sequences (the builder is empty after). The bytes stay in the chunks they were written to: copying
   * them into one array would hold them twice at the end of a build, which at 1M paragraphs is its peak.
   */
  finish(): TermSequences {
    const length = this.length;
    const chunks = this.chunks.map((c, k) => (k === this.chunks.length - 1 ? c.subarray(0, this.fill) : c));
    this.chunks.length = 0;
    return new TermSequences({ bytes: new ChunkedBytes(chunks, length), offsets: this.offsets.drain() });
  }

  private nextChunk(): void {
    this.chunk = new Uint8Array(CHUNK_BYTES);
    this.chunks.push(this.chunk);
    this.fill = 0;
  }

}

/** A token's bytes in a sequence: 0 without terms, else each term as a varint of (term + 1) · 2 + (more to come ? 1 : 0). */
export function encodeToken(terms: readonly number[]): Uint8Array {
  if (terms.length === 0) return ZERO;
  const out: number[] = [];
  terms.forEach((term, i) => {
    let value = (term + 1) * 2 + (i + 1 < terms.length ? 1 : 0);
    while (value >= 0x80) {
      out.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    out.push(value);
  });
  return Uint8Array.from(out);
}

const ZERO = new Uint8Array(1);

export class TermSequences {
  constructor(readonly arrays: TermSequenceArrays) {}

  /** How many sequences. */
  get count(): number {
    return this.arrays.offsets.length - 1;
  }

  /**
   * Calls `visit(token, term)` for every term of sequence `n` in order, tokens counted from 0 (stopwords too);
   * returns the number of tokens.
   */
  read(n: number, visit: (token: number, term: number) => void): number {
    const { bytes, offsets } = this.arrays;
    const b = bytes.subarray(offsets[n]!, offsets[n + 1]!);
    let token = 0;
    let i = 0;
    while (i < b.length) {
      let value = 0;
      let scale = 1;
      let byte: number;
      do {
        byte = b[i++]!;
        value += (byte & 0x7f) * scale;
        scale *= 0x80;
      } while (byte & 0x80);
      if (value === 0) {
        token++;
        continue;
      }
      visit(token, Math.floor(value / 2) - 1);
      if (value % 2 === 0) token++;
    }
    return token;
  }
}

/** The terms of every paragraph (sequence n is paragraph n) and of every article's title and lead (2a and 2a + 1). */
export interface CorpusTerms {
  paragraphs: TermSequences;
  fields: TermSequences;
}
