// Scratch for searching the documents window by window: small enough to stay in the processor's cache, where
// scores kept per document of the whole corpus (100,000 or 1,000,000) are read and written at random.

/**
 * The best contribution of each concept per document offset (concept after concept, so that a term's postings
 * write one run), which concepts each offset has, and one bit per offset touched (read off in order word by
 * word: sorting the touched offsets of every window cost a quarter of the pruned search).
 */
export interface WindowScratch {
  scores: Float64Array;
  masks: Uint32Array;
  touched: Uint32Array;
  /** The offsets touched, in the order first touched (the exhaustive pass: no order needed). */
  list: Uint32Array;
}

/** At most this many documents per window. */
export const WINDOW = 4096;
/** Concepts a query can have (one bit each). */
export const MAX_CONCEPTS = 31;

export function windowScratch(): WindowScratch {
  return { scores: new Float64Array(WINDOW * MAX_CONCEPTS), masks: new Uint32Array(WINDOW), touched: new Uint32Array(WINDOW / 32),
    list: new Uint32Array(WINDOW) };
}
