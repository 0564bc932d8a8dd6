// Story shingles: hashing the folded words while scanning (umlauts spelled out on the way) gives exactly the
// shingles of the words of `foldKey`'s text, on any text, so that near copies are found as they always were.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shingles } from '../../../src/core/ingest/dedupe.js';
import { foldKey } from '../../../src/core/text/fold.js';

/** The definition: FNV-1a over the code units of each run of letters and digits in foldKey(text), five words a shingle. */
function plainShingles(text: string): number[] {
  const words = foldKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map(w => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
  if (hashes.length < 5) return hashes.length ? [hashes.reduce((h, x) => (Math.imul(h, 31) + x) >>> 0, 7)] : [];
  const out: number[] = [];
  for (let i = 0; i + 5 <= hashes.length; i++) {
    let h = 7;
    for (let k = i; k < i + 5; k++) h = (Math.imul(h, 0x01000193) ^ hashes[k]!) >>> 0;
    out.push(h);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

const pieces = fc.constantFrom('Ärger', 'ÖFFNUNG', 'Straße', 'STRASSE', 'Über', 'ẞ', 'ü', 'u\u0308', 'İ', '𝐀', '\ud800', ' ', '  ', '\n',
  '-', '.', '5.800', 'Zittau', 'die', 'Glasfaser', 'é', 'Σ', 'ǅ', 'ä', 'ö', 'ß', 'ÿ', 'Þ');
const texts = fc.array(pieces, { maxLength: 40 }).map(parts => parts.join(''));

describe('shingles', () => {
  it('are those of the words of the folded text, on any text', () => {
    fc.assert(fc.property(fc.oneof(texts, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), text => {
      expect([...shingles(text)]).toEqual(plainShingles(text));
    }), { numRuns: 3000 });
  });
});
