// The external evaluation as a floor: XQuAD German dev half (CC BY-SA 4.0, Artetxe et al. 2019), read from
// ../shared/corpora when it is there. The numbers it must keep are a little under those measured (README).
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluateXquad, loadXquad } from './xquad.js';
import { UNSURE_BELOW } from '../../src/core/answer/confidence.js';

const set = loadXquad();

describe.skipIf(set === null)('answer quality on XQuAD German (dev half)', () => {
  it('keeps retrieval, refusals and confidence at the measured floor', () => {
    const r = evaluateXquad(set!, { leaveOneOut: true, unsureBelow: UNSURE_BELOW });
    expect(r.first).toBeGreaterThanOrEqual(0.9);
    expect(r.top3).toBeGreaterThanOrEqual(0.95);
    expect(r.none).toBeLessThanOrEqual(0.03);
    expect(r.sentence).toBeGreaterThanOrEqual(0.73);
    expect(r.figure).toBeGreaterThanOrEqual(0.68);
    expect(r.silent).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('gives exactly the same answers with the pruned search as with the exhaustive one', () => {
    const pruned = evaluateXquad(set!);
    const exhaustive = evaluateXquad(set!, { exhaustive: true });
    const differ = pruned.rows.filter((r, i) => !isDeepStrictEqual(r.result, exhaustive.rows[i]!.result)).map(r => r.item.question);
    expect(differ).toEqual([]);
  }, 60_000);
});
