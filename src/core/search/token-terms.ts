// The index terms of each distinct token of a build, analysed when the token is first met and kept flat: the
// term ids (for the postings) and the same ids encoded as in a term sequence (see term-sequences). An array per
// token cost more to fetch than to use: appending the sequences of 6M tokens took 2–3 times as long.
import { encodeToken } from './term-sequences.js';

/** Doubles a typed array's capacity until it holds `needed` elements. */
function ensure<A extends Uint8Array | Uint32Array>(array: A, needed: number, make: (n: number) => A): A {
  if (needed <= array.length) return array;
  const grown = make(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}

export class TokenTerms {
  /** Per token id: its entry plus one, or 0 while not analysed. */
  private entryOf: Uint32Array;
  private entries = 0;
  /** Per entry: where its term ids and its bytes start (entry + 1: where they end). */
  private termStart = new Uint32Array(1024);
  private byteStart = new Uint32Array(1024);
  terms = new Uint32Array(4096);
  bytes = new Uint8Array(4096);

  /** `analyse(token)` gives the term ids of a token id, in order. */
  constructor(tokenCount: number, private readonly analyse: (token: number) => readonly number[]) {
    this.entryOf = new Uint32Array(tokenCount);
  }

  /** The token's entry (analysed now if this is the first time). */
  entry(token: number): number {
    const known = this.entryOf[token]!;
    if (known !== 0) return known - 1;
    const ids = this.analyse(token);
    const encoded = encodeToken(ids);
    const e = this.entries++;
    this.termStart = ensure(this.termStart, e + 2, n => new Uint32Array(n));
    this.byteStart = ensure(this.byteStart, e + 2, n => new Uint32Array(n));
    const t = this.termStart[e]!;
    const b = this.byteStart[e]!;
    this.terms = ensure(this.terms, t + ids.length, n => new Uint32Array(n));
    this.bytes = ensure(this.bytes, b + encoded.length, n => new Uint8Array(n));
    this.terms.set(ids, t);
    this.bytes.set(encoded, b);
    this.termStart[e + 1] = t + ids.length;
    this.byteStart[e + 1] = b + encoded.length;
    this.entryOf[token] = e + 1;
    return e;
  }

  /** The entry's term ids are terms[termsFrom(e), termsTo(e)). */
  termsFrom(e: number): number {
    return this.termStart[e]!;
  }

  termsTo(e: number): number {
    return this.termStart[e + 1]!;
  }

  /** The entry's encoded bytes are bytes[bytesFrom(e), bytesTo(e)). */
  bytesFrom(e: number): number {
    return this.byteStart[e]!;
  }

  bytesTo(e: number): number {
    return this.byteStart[e + 1]!;
  }
}
