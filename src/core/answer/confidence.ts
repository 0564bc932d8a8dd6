// How sure an answer is: one number from 0 to 1, from what the answer's paragraph shows of the question.

/** What a candidate answer shows of the question. */
export interface Evidence {
  /** Importance-weighted share of the question the paragraph (with its title) covers. */
  coverage: number;
  /** The same for the quoted sentence. */
  sentenceCoverage: number;
  /** Share of the question's weight the corpus does not know at all. */
  unknownShare: number;
  /** How far the answer's score stands above the best other candidate's: 1 alone, 0 level, below 0 beaten (down to -1). */
  lead: number;
  /** The paragraph's retrieval score relative to what a paragraph matching the whole question would get (0–1). */
  strength: number;
}

/** Below this, an answer is not given. */
export const CONFIDENCE_FLOOR = 0.05;
/**
 * Below this, an answer after the first is not given: a further answer the bot barely believes is noise in a
 * channel. Calibrated on the XQuAD dev half (the highest floor at which the right paragraph among the first three
 * drops by at most half a point; see docs/evaluation.md).
 */
export const EXTRA_ANSWER_FLOOR = 0.02;
/** Below this, an answer is marked as unsure. */
export const UNSURE_BELOW = 0.5;

/**
 * Logistic weights fitted by `npm run calibrate` (scripts/calibrate-confidence.ts) on the XQuAD German dev half,
 * with every question asked once with and once without its own article; refit when answering changes.
 */
const W = { bias: -3.99, coverage: 2.84, sentenceCoverage: 1.85, unknownShare: -2.27, lead: 2.95, strength: 2.09 };

export function confidence(e: Evidence): number {
  const z = W.bias + W.coverage * e.coverage + W.sentenceCoverage * e.sentenceCoverage + W.unknownShare * e.unknownShare
    + W.lead * e.lead + W.strength * e.strength;
  return 1 / (1 + Math.exp(-z));
}
