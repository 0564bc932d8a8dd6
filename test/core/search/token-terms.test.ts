import { describe, expect, it } from 'vitest';
import { TokenTerms } from '../../../src/core/search/token-terms.js';
import { encodeToken } from '../../../src/core/search/term-sequences.js';

describe('the terms of each distinct token of a build', () => {
  it('analyses a token once, on first sight, and keeps its term ids and bytes while the flat arrays grow', () => {
    const analysed: number[] = [];
    const termsOf = (token: number) => (token % 4 === 0 ? [] : Array.from({ length: 1 + (token % 3) }, (_, k) => token * 1000 + k));
    const tokens = new TokenTerms(5000, token => {
      analysed.push(token);
      return termsOf(token);
    });
    // Tokens met in a scrambled order, each several times: far more entries and terms than the first arrays hold.
    const order = Array.from({ length: 15000 }, (_, i) => (i * 7919) % 5000);
    for (const token of order) tokens.entry(token);
    expect(analysed).toHaveLength(5000);
    for (let token = 0; token < 5000; token++) {
      const e = tokens.entry(token);
      expect([...tokens.terms.subarray(tokens.termsFrom(e), tokens.termsTo(e))]).toEqual(termsOf(token));
      expect([...tokens.bytes.subarray(tokens.bytesFrom(e), tokens.bytesTo(e))]).toEqual([...encodeToken(termsOf(token))]);
    }
    expect(analysed).toHaveLength(5000);
  });
});
