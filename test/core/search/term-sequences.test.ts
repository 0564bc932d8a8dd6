import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermSequenceBuilder } from '../../../src/core/search/term-sequences.js';

describe('term sequences: the index terms of each text, token by token', () => {
  it('give back every token with its terms in order, stopwords (no terms) counted as tokens', () => {
    const term = fc.oneof(fc.nat(200), fc.nat(0x7fffffff), fc.constant(0x7fffffff));
    const text = fc.array(fc.array(term, { maxLength: 3 }), { maxLength: 40 });
    fc.assert(fc.property(fc.array(text, { maxLength: 12 }), texts => {
      const builder = new TermSequenceBuilder();
      for (const tokens of texts) {
        for (const terms of tokens) builder.token(terms);
        builder.end();
      }
      const sequences = builder.finish();
      expect(sequences.count).toBe(texts.length);
      texts.forEach((tokens, n) => {
        const read: number[][] = tokens.map(() => []);
        const count = sequences.read(n, (token, t) => read[token]!.push(t));
        expect(count).toBe(tokens.length);
        expect(read).toEqual(tokens);
      });
    }), { numRuns: 300 });
  });

  it('read sequences that cross the chunks the builder wrote them to (a build keeps them there)', () => {
    const builder = new TermSequenceBuilder();
    // 40 texts of 1,000 tokens with five-byte terms: 200 KB over four chunks of 64 KB, many texts across a border.
    const texts = Array.from({ length: 40 }, (_, n) => Array.from({ length: 1000 }, (_, t) => (t % 7 === 0 ? [] : [0x7ffffff0 - n - t, t])));
    for (const tokens of texts) {
      for (const terms of tokens) builder.token(terms);
      builder.end();
    }
    const sequences = builder.finish();
    expect(sequences.arrays.bytes.length).toBeGreaterThan(3 * 65536);
    texts.forEach((tokens, n) => {
      const read: number[][] = tokens.map(() => []);
      expect(sequences.read(n, (token, t) => read[token]!.push(t))).toBe(tokens.length);
      expect(read).toEqual(tokens);
    });
  });

  it('keep a stopword-only text and an empty text apart', () => {
    const builder = new TermSequenceBuilder();
    builder.token([]);
    builder.token([]);
    expect(builder.end()).toBe(0);
    expect(builder.end()).toBe(1);
    const sequences = builder.finish();
    expect(sequences.read(0, () => { throw new Error('no terms'); })).toBe(2);
    expect(sequences.read(1, () => { throw new Error('no terms'); })).toBe(0);
  });
});
