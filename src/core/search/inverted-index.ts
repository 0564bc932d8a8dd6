// A compact inverted index over paragraphs: postings in typed arrays, BM25 scoring into reused buffers,
// per-document masks of the query concepts matched, and fuzzy term lookup through MiniSearch's SearchableMap.
import SearchableMap from 'minisearch/SearchableMap';
import { GrowableF32, GrowableU32 } from './growable.js';

/** BM25 parameters (MiniSearch's defaults). */
const K1 = 1.2;
const B = 0.7;

export interface IndexArrays {
  /** Terms in id order. */
  terms: string[];
  /** Postings of term t: offsets[t] … offsets[t + 1] into docs and weights. */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Field-weighted term frequency of the posting. */
  weights: Float32Array;
  /** Field-weighted length of each document. */
  lengths: Float32Array;
}

/** One term of a query: which bit of the concept mask it sets, and how surely it stands for its concept (0–1). */
export interface QueryTerm {
  term: string;
  bit: number;
  weight: number;
}

export interface Hit {
  doc: number;
  score: number;
  /** The bits of the query terms the document matched. */
  mask: number;
}

export class InvertedIndex {
  readonly termIds: Map<string, number>;
  private readonly norms: Float32Array;
  private readonly scores: Float32Array;
  private readonly masks: Uint32Array;
  /** Scratch: the best contribution of the current concept's terms to each document. */
  private readonly best: Float32Array;
  private fuzzyMap: SearchableMap<number> | null = null;
  /** Term ids ordered by their reversed spelling, for finding compounds by their head (built on first use). */
  private byEnding: Uint32Array | null = null;

  constructor(readonly arrays: IndexArrays) {
    this.termIds = new Map(arrays.terms.map((t, i) => [t, i]));
    const n = arrays.lengths.length;
    let total = 0;
    for (let i = 0; i < n; i++) total += arrays.lengths[i]!;
    const avg = n ? total / n : 1;
    this.norms = new Float32Array(n);
    for (let i = 0; i < n; i++) this.norms[i] = K1 * (1 - B + (B * arrays.lengths[i]!) / avg);
    this.scores = new Float32Array(n);
    this.masks = new Uint32Array(n);
    this.best = new Float32Array(n);
  }

  get docCount(): number {
    return this.arrays.lengths.length;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** In how many documents the term occurs (0 when the index does not have it). */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.arrays.offsets[id + 1]! - this.arrays.offsets[id]!;
  }

  /** BM25's inverse document frequency for a term found in `df` documents. */
  idf(df: number): number {
    const n = this.docCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Closed compounds whose head is the given stem, at most `limit` of them: `beleuchtungssystem` finds
   * `lichtbogenbeleuchtungssystem`. The modifier must be at least three letters; hyphenated terms are left out.
   */
  endingWith(stem: string, limit = 24): string[] {
    const terms = this.arrays.terms;
    if (!this.byEnding) {
      const ids = new Uint32Array(terms.length);
      for (let i = 0; i < ids.length; i++) ids[i] = i;
      const reversed = terms.map(t => [...t].reverse().join(''));
      ids.sort((a, b) => (reversed[a]! < reversed[b]! ? -1 : reversed[a]! > reversed[b]! ? 1 : 0));
      this.byEnding = ids;
    }
    const key = [...stem].reverse().join('');
    const rev = (id: number) => [...terms[id]!].reverse().join('');
    // First id whose reversed term is not below the key, then all that start with it.
    let lo = 0;
    let hi = this.byEnding.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rev(this.byEnding[mid]!) < key) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.byEnding.length && out.length < limit; i++) {
      const term = terms[this.byEnding[i]!]!;
      if (!term.endsWith(stem)) break;
      if (term.length >= stem.length + 3 && !term.includes('-') && !/\d/.test(term)) out.push(term);
    }
    return out;
  }

  /** Index terms within `maxDistance` edits of the term (MiniSearch's radix tree, built on first use). */
  fuzzy(term: string, maxDistance: number): string[] {
    if (!this.fuzzyMap) {
      this.fuzzyMap = new SearchableMap<number>();
      this.arrays.terms.forEach((t, i) => this.fuzzyMap!.set(t, i));
    }
    return [...this.fuzzyMap.fuzzyGet(term, maxDistance).keys()].filter(t => t !== term);
  }

  /**
   * BM25 over the query terms. Terms that share a bit stand for one concept: a document scores the best of
   * them, not their sum, so a word with many forms or parts counts once. Each document's mask holds the
   * bits it matched. Only documents that `accept` (place filter) are returned, best first, at most `limit`.
   */
  search(query: QueryTerm[], options: { accept?: (doc: number, mask: number) => boolean; limit: number }): Hit[] {
    const { offsets, docs, weights } = this.arrays;
    const touched: number[] = [];
    const best = this.best;
    let local: number[] = [];
    const add = (termId: number, factor: number) => {
      const start = offsets[termId]!;
      const end = offsets[termId + 1]!;
      const idf = this.idf(end - start) * factor;
      for (let p = start; p < end; p++) {
        const d = docs[p]!;
        const tf = weights[p]!;
        const c = (idf * tf * (K1 + 1)) / (tf + this.norms[d]!);
        if (best[d] === 0) local.push(d);
        if (c > best[d]!) best[d] = c;
      }
    };
    const bits = [...new Set(query.map(q => q.bit))];
    for (const bit of bits) {
      local = [];
      for (const q of query) {
        if (q.bit !== bit) continue;
        const id = this.termIds.get(q.term);
        if (id !== undefined) add(id, q.weight);
      }
      for (const d of local) {
        if (this.masks[d] === 0 && this.scores[d] === 0) touched.push(d);
        this.scores[d] = this.scores[d]! + best[d]!;
        this.masks[d] = this.masks[d]! | bit;
        best[d] = 0;
      }
    }
    // The k best accepted documents, kept in a min-heap: no object for documents that cannot make it.
    const heap: Hit[] = [];
    const k = options.limit;
    for (const d of touched) {
      const mask = this.masks[d]!;
      const score = this.scores[d]!;
      this.scores[d] = 0;
      this.masks[d] = 0;
      if (heap.length === k && score <= heap[0]!.score) continue;
      if (options.accept && !options.accept(d, mask)) continue;
      if (heap.length < k) {
        heap.push({ doc: d, score, mask });
        siftUp(heap, heap.length - 1);
      } else {
        heap[0] = { doc: d, score, mask };
        siftDown(heap, 0);
      }
    }
    return heap.sort((a, b) => b.score - a.score);
  }
}

function siftUp(h: Hit[], i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p]!.score <= h[i]!.score) return;
    [h[p], h[i]] = [h[i]!, h[p]!];
    i = p;
  }
}

function siftDown(h: Hit[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && h[l]!.score < h[m]!.score) m = l;
    if (r < h.length && h[r]!.score < h[m]!.score) m = r;
    if (m === i) return;
    [h[m], h[i]] = [h[i]!, h[m]!];
    i = m;
  }
}

/** Collects weighted term frequencies document by document and packs them into postings (counting sort by term). */
export class IndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly pairTerm = new GrowableU32(1 << 16);
  private readonly pairDoc = new GrowableU32(1 << 16);
  private readonly pairWeight = new GrowableF32(1 << 16);
  private readonly lengths = new GrowableF32(1 << 12);

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /** Adds the next document (ids are consecutive from 0): its first `count` term ids with their weights, and its length. */
  addDoc(terms: Uint32Array, weights: Float32Array, count: number, length: number): number {
    const doc = this.lengths.length;
    for (let i = 0; i < count; i++) {
      this.pairTerm.push(terms[i]!);
      this.pairDoc.push(doc);
      this.pairWeight.push(weights[i]!);
    }
    this.lengths.push(length);
    return doc;
  }

  finish(): IndexArrays {
    const t = this.terms.length;
    const n = this.pairTerm.length;
    const terms = this.pairTerm.view();
    const offsets = new Uint32Array(t + 1);
    for (let i = 0; i < n; i++) offsets[terms[i]! + 1]!++;
    for (let i = 0; i < t; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, t);
    const docs = new Uint32Array(n);
    const weights = new Float32Array(n);
    const pairDocs = this.pairDoc.view();
    const pairWeights = this.pairWeight.view();
    for (let i = 0; i < n; i++) {
      const at = fill[terms[i]!]!++;
      docs[at] = pairDocs[i]!;
      weights[at] = pairWeights[i]!;
    }
    return { terms: this.terms, offsets, docs, weights, lengths: this.lengths.toArray() };
  }
}
