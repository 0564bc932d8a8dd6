import { describe, expect, it } from 'vitest';
import { confidence, CONFIDENCE_FLOOR, UNSURE_BELOW, type Evidence } from '../../../src/core/answer/confidence.js';

const clear: Evidence = { coverage: 1, sentenceCoverage: 1, unknownShare: 0, lead: 0.6, strength: 0.8 };
const weak: Evidence = { coverage: 0.2, sentenceCoverage: 0.1, unknownShare: 0.6, lead: 0, strength: 0.1 };

describe('confidence', () => {
  it('is high for an answer that covers the question and stands out, low for a weak one', () => {
    expect(confidence(clear)).toBeGreaterThan(0.9);
    expect(confidence(weak)).toBeLessThan(CONFIDENCE_FLOOR);
    expect(CONFIDENCE_FLOOR).toBeLessThan(UNSURE_BELOW);
  });

  it('grows with what the answer shows of the question and shrinks with what the corpus does not know', () => {
    for (const key of ['coverage', 'sentenceCoverage', 'lead', 'strength'] as const) {
      expect(confidence({ ...weak, [key]: weak[key] + 0.3 })).toBeGreaterThan(confidence(weak));
    }
    expect(confidence({ ...clear, unknownShare: 0.5 })).toBeLessThan(confidence(clear));
  });
});
