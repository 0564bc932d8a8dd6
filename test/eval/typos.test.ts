// Typo tolerance on the question set: one injected typo per question (swap, drop, double, umlaut), the first
// answer must stay the same for at least 90 % of them, the typo corrected visibly or needing no correction.
import { describe, expect, it } from 'vitest';
import { evalEngine } from './eval-corpus.js';
import { evaluateTypos, injectTypo } from './typos.js';

describe('typos injected into the question set', () => {
  it('are made in the longest content word, one of each kind', () => {
    expect(injectTypo('Wie viele Endgeräte hat Frankfurt?', 'swap')?.text).toBe('Wie viele Endgreäte hat Frankfurt?');
    expect(injectTypo('Wie viele Endgeräte hat Frankfurt?', 'drop')?.text).toBe('Wie viele Endgräte hat Frankfurt?');
    expect(injectTypo('Wie viele Endgeräte hat Frankfurt?', 'double')?.text).toBe('Wie viele Endgeeräte hat Frankfurt?');
    expect(injectTypo('Wie viele Endgeräte hat Frankfurt?', 'umlaut')?.text).toBe('Wie viele Endgerate hat Frankfurt?');
  });

  it('leave the first answer the same for at least 90 % of the questions', async () => {
    const { rows, passed } = evaluateTypos(await evalEngine());
    expect(rows.length).toBeGreaterThanOrEqual(45);
    expect(passed / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});
