// A compact inverted index over paragraphs: postings in typed arrays (document ids ascending per term), BM25
// top-k search, pruned (MaxScore) or exhaustive as the reference, and term lookup by head or by spelling.
import SearchableMap from 'minisearch/SearchableMap';
import { groupsOf, idf, lengthNorms, storedTf, type Group } from './bm25.js';
import { exhaustiveSearch } from './exhaustive-search.js';
import { GrowableF32, GrowableU16, GrowableU32 } from './growable.js';
import { Interner } from './interner.js';
import { prunedSearch } from './pruned-search.js';
import type { QueryTerm, SearchOptions } from './query-term.js';
import { termBlocks, type TermBlocks } from './term-blocks.js';
import type { Hit } from './top-hits.js';
import { MAX_CONCEPTS, windowScratch, type WindowScratch } from './window-scratch.js';

export type { QueryTerm } from './query-term.js';
export type { Hit } from './top-hits.js';

export interface IndexArrays {
  /** Terms in id order. */
  terms: string[];
  /** Postings of term t: offsets[t] … offsets[t + 1] into docs and weights. */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Field-weighted term frequency of the posting, in tenths (see TF_SCALE). */
  weights: Uint16Array;
  /** Field-weighted length of each document. */
  lengths: Float32Array;
  /**
   * For postings read on demand (a large cache): makes the postings of a term present in docs and weights, or
   * throws when they cannot be (damaged). Absent when every posting is in memory.
   */
  present?: (term: number) => void;
  /** Term ids ordered by their reversed spelling (see endingOrder), when a cache brings them. */
  byEnding?: Uint32Array;
}

export class InvertedIndex {
  readonly termIds: Map<string, number>;
  private readonly norms: Float32Array;
  private window: WindowScratch | null = null;
  /** Block bounds of the terms searched so far (computed on a term's first search: one pass over its postings). */
  private readonly blocks = new Map<number, TermBlocks>();
  private fuzzyMap: SearchableMap<number> | null = null;
  /**
   * Term ids ordered by their reversed spelling, for finding compounds by their head: from the cache, else built
   * on first use (at 1M paragraphs 0.13 s, most of the first answer after a cold start).
   */
  private byEnding: Uint32Array | null;

  constructor(readonly arrays: IndexArrays) {
    this.termIds = new Map(arrays.terms.map((t, i) => [t, i]));
    this.norms = lengthNorms(arrays.lengths);
    const cached = arrays.byEnding;
    // One that does not fit these terms (another length, an id beyond them) is built anew rather than trusted.
    this.byEnding = cached && cached.length === arrays.terms.length && cached.every(id => id < cached.length) ? cached : null;
  }

  /** Term ids ordered by their reversed spelling (what endingWith searches; the cache keeps it). */
  endingOrder(): Uint32Array {
    if (!this.byEnding) {
      const terms = this.arrays.terms;
      const ids = new Uint32Array(terms.length);
      for (let i = 0; i < ids.length; i++) ids[i] = i;
      const reversed = terms.map(t => [...t].reverse().join(''));
      ids.sort((a, b) => (reversed[a]! < reversed[b]! ? -1 : reversed[a]! > reversed[b]! ? 1 : 0));
      this.byEnding = ids;
    }
    return this.byEnding;
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
    return idf(df, this.docCount);
  }

  /**
   * Closed compounds whose head is the given stem, at most `limit` of them: `beleuchtungssystem` finds
   * `lichtbogenbeleuchtungssystem`. The modifier must be at least three letters; hyphenated terms are left out.
   */
  endingWith(stem: string, limit = 24): string[] {
    const terms = this.arrays.terms;
    const byEnding = this.endingOrder();
    const key = [...stem].reverse().join('');
    const rev = (id: number) => [...terms[id]!].reverse().join('');
    // First id whose reversed term is not below the key, then all that start with it.
    let lo = 0;
    let hi = byEnding.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rev(byEnding[mid]!) < key) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < byEnding.length && out.length < limit; i++) {
      const term = terms[byEnding[i]!]!;
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
   * bits it matched. Only `allowed` documents (place filter) are returned, best first, at most `limit`, ties
   * by the lower document id. `exhaustive` scores every posting (the reference); by default documents that
   * cannot reach the top `limit` are skipped (MaxScore) where that pays, with exactly the same result;
   * `alwaysPrune` prunes even where the plain pass would be taken (for tests and the bench).
   */
  search(query: QueryTerm[], options: SearchOptions & { exhaustive?: boolean; alwaysPrune?: boolean }): Hit[] {
    const { offsets, docs, weights } = this.arrays;
    const groups = groupsOf(query, this.termIds, offsets, this.docCount);
    if (options.limit <= 0 || groups.length === 0) return [];
    if (groups.length > MAX_CONCEPTS) throw new RangeError(`höchstens ${MAX_CONCEPTS} Begriffe je Suche`);
    for (const g of groups) for (const t of g.terms) this.postings(t.id);
    const allowed = options.allowed ?? null;
    if (options.exhaustive) return this.plainPass(groups, allowed, options);
    return prunedSearch(groups, t => this.blocksOf(t.id), docs, weights, this.norms, this.scratch(), allowed, options.limit,
      options.alwaysPrune ? null : () => this.plainPass(groups, allowed, options), options.stats);
  }

  /** Every posting scored, window by window (the exhaustive search). */
  private plainPass(groups: Group[], allowed: Uint8Array | null, options: SearchOptions): Hit[] {
    const { docs, weights } = this.arrays;
    return exhaustiveSearch(groups, docs, weights, this.norms, this.scratch(), allowed, options.limit, options.stats);
  }

  private scratch(): WindowScratch {
    return (this.window ??= windowScratch());
  }

  /** The range of the term's postings in docs and weights, read first when the index reads them on demand. */
  postings(term: number): { start: number; end: number } {
    this.arrays.present?.(term);
    return { start: this.arrays.offsets[term]!, end: this.arrays.offsets[term + 1]! };
  }

  /** Every posting present (to write the index whole). */
  allPostings(): void {
    if (this.arrays.present) for (let t = 0; t < this.arrays.terms.length; t++) this.arrays.present(t);
  }

  private blocksOf(term: number): TermBlocks {
    let b = this.blocks.get(term);
    if (!b) {
      const { offsets, docs, weights } = this.arrays;
      this.blocks.set(term, (b = termBlocks(offsets[term]!, offsets[term + 1]!, docs, weights, this.norms)));
    }
    return b;
  }
}

/** Collects weighted term frequencies document by document and packs them into postings (counting sort by term). */
export class IndexBuilder {
  private readonly terms = new Interner();
  /** Term and stored frequency of every (document, term) pair, document after document: six bytes a pair. */
  private readonly pairTerm = new GrowableU32();
  private readonly pairWeight = new GrowableU16();
  /** Where each document's pairs end. */
  private readonly docEnds = new GrowableU32();
  private readonly lengths = new GrowableF32();

  termId(term: string): number {
    return this.terms.id(term);
  }

  /** Adds the next document (ids are consecutive from 0): its first `count` term ids with their weights, and its length. */
  addDoc(terms: Uint32Array, weights: Float32Array, count: number, length: number): number {
    const doc = this.lengths.length;
    for (let i = 0; i < count; i++) {
      this.pairTerm.push(terms[i]!);
      this.pairWeight.push(storedTf(weights[i]!));
    }
    this.lengths.push(length);
    this.docEnds.push(this.pairTerm.length);
    return doc;
  }

  /** Packs the postings; the builder's buffers are dropped chunk by chunk as they are copied (it cannot be used after). */
  finish(): IndexArrays {
    const t = this.terms.list.length;
    const n = this.pairTerm.length;
    const ends = this.docEnds.toArray();
    const lengths = this.lengths.toArray();
    const termParts: (Uint32Array | null)[] = this.pairTerm.take();
    const weightParts: (Uint16Array | null)[] = this.pairWeight.take();
    const offsets = new Uint32Array(t + 1);
    for (const part of termParts) for (let i = 0; i < part!.length; i++) offsets[part![i]! + 1]!++;
    for (let i = 0; i < t; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, t);
    const docs = new Uint32Array(n);
    const weights = new Uint16Array(n);
    let d = 0;
    let i = 0;
    for (let k = 0; k < termParts.length; k++) {
      const part = termParts[k]!;
      const w = weightParts[k]!;
      for (let j = 0; j < part.length; j++, i++) {
        while (i >= ends[d]!) d++;
        const at = fill[part[j]!]!++;
        docs[at] = d;
        weights[at] = w[j]!;
      }
      termParts[k] = null;
      weightParts[k] = null;
    }
    return { terms: this.terms.list, offsets, docs, weights, lengths };
  }
}
