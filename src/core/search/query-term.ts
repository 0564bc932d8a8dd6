// What a search is asked for: terms, each setting the bit of its concept, weighted by how surely it stands for it.

/** One term of a query: which bit of the concept mask it sets, and how surely it stands for its concept (0–1). */
export interface QueryTerm {
  term: string;
  bit: number;
  weight: number;
}

/** How a search may restrict and cut its results. */
export interface SearchOptions {
  /** Only documents marked 1 here may be returned (a place filter); all when absent. */
  allowed?: Uint8Array | null;
  /** At most this many hits, best first. */
  limit: number;
  /** Counts the documents whose score was computed in full (for tests and the benchmark). */
  stats?: { scored: number };
}
