import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { evalEngine } from './eval-corpus.js';
import { QUESTIONS } from './questions.js';

describe('answer quality on the question set', () => {
  it('has at least 40 questions covering the required kinds', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    const covers = QUESTIONS.map(q => q.covers).join(' | ');
    for (const kind of ['number word', 'money', 'percent', 'typo', 'ue for ü', 'synonym', 'compound', 'adjective', 'unknown city', 'teaser']) {
      expect(covers).toContain(kind);
    }
  });

  it('keeps hit@1 and hit@3 at the measured floor', async () => {
    const report = evaluate(await evalEngine());
    const misses = report.rows.filter(r => r.rank !== 1).map(r => `${r.question.q} → ${r.got}`);
    expect(report.hitAt1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.hitAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('gives exactly the same answers with the pruned search as with the exhaustive one', async () => {
    const engine = await evalEngine();
    const pruned = evaluate(engine);
    const exhaustive = evaluate(engine, QUESTIONS, { exhaustive: true });
    const differ = pruned.rows.filter((r, i) => !isDeepStrictEqual(r.result, exhaustive.rows[i]!.result)).map(r => r.question.q);
    expect(differ).toEqual([]);
  });
});
