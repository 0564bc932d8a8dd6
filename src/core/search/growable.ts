// Typed arrays that grow as values are appended, in fixed chunks: building a large index never copies what it
// holds, and never needs the old and the doubled buffer at once (at 1M paragraphs those copies were the peak).

type TypedCtor = Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

class Growable<A extends Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array> {
  private readonly chunks: A[] = [];
  private current: A;
  private fill = 0;
  length = 0;

  constructor(private readonly Type: TypedCtor) {
    this.current = new Type(CHUNK) as A;
    this.chunks.push(this.current);
  }

  push(value: number): void {
    if (this.fill === CHUNK) {
      this.current = new this.Type(CHUNK) as A;
      this.chunks.push(this.current);
      this.fill = 0;
    }
    this.current[this.fill++] = value;
    this.length++;
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & MASK]!;
  }

  /** The values chunk after chunk, each a view of its filled part. */
  parts(): A[] {
    return this.chunks.map((c, k) => (k === this.chunks.length - 1 ? (c.subarray(0, this.fill) as A) : c));
  }

  /** Hands the chunks over and forgets them, so that the caller can drop each once it is used. */
  take(): A[] {
    const parts = this.parts();
    this.chunks.length = 0;
    this.current = new this.Type(0) as A;
    this.fill = 0;
    this.length = 0;
    return parts;
  }

  /** The values as one array of exactly the right length. */
  toArray(): A {
    return this.joined(this.parts(), this.length);
  }

  /** The same, the chunks dropped one by one as they are copied (the growable is empty after). */
  drain(): A {
    const length = this.length;
    return this.joined(this.take(), length);
  }

  /** The parts copied into one array; each is let go once copied. */
  private joined(parts: (A | null)[], length: number): A {
    const out = new this.Type(length) as A;
    let at = 0;
    for (let k = 0; k < parts.length; k++) {
      out.set(parts[k]!, at);
      at += parts[k]!.length;
      parts[k] = null;
    }
    return out;
  }
}

export class GrowableU8 extends Growable<Uint8Array> {
  constructor() {
    super(Uint8Array);
  }
}

export class GrowableU16 extends Growable<Uint16Array> {
  constructor() {
    super(Uint16Array);
  }
}

export class GrowableU32 extends Growable<Uint32Array> {
  constructor() {
    super(Uint32Array);
  }
}

export class GrowableF32 extends Growable<Float32Array> {
  constructor() {
    super(Float32Array);
  }
}

export class GrowableF64 extends Growable<Float64Array> {
  constructor() {
    super(Float64Array);
  }
}
