// Typed arrays that grow as values are appended: compact buffers for building large indexes.

type TypedCtor = Uint32ArrayConstructor | Float32ArrayConstructor;

class Growable<A extends Uint32Array | Float32Array> {
  private data: A;
  length = 0;

  constructor(private readonly Type: TypedCtor, capacity = 1024) {
    this.data = new Type(capacity) as A;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new this.Type(this.data.length * 2) as A;
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  /** The values as an array of exactly the right length. */
  toArray(): A {
    return this.data.slice(0, this.length) as A;
  }

  view(): A {
    return this.data.subarray(0, this.length) as A;
  }
}

export class GrowableU32 extends Growable<Uint32Array> {
  constructor(capacity?: number) {
    super(Uint32Array, capacity);
  }
}

export class GrowableF32 extends Growable<Float32Array> {
  constructor(capacity?: number) {
    super(Float32Array, capacity);
  }
}
