import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTokens, TOKEN_SOURCE } from '../../../src/core/search/token-scan.js';

/** What the scanner must find: the tokeniser's definition as a regular expression. */
const TOKEN = new RegExp(TOKEN_SOURCE, 'gu');

function scanned(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/** Text made of the characters that decide token edges, German letters, other scripts and astral letters. */
const tricky = fc.array(fc.constantFrom('1', '9', '.', ',', '-', ' ', 'a', 'Z', 'ä', 'ß', 'é', '٣', 'ж', '𝐀', '\ud800', '_', '/', '\u0301', 'g', 'er'))
  .map(chars => chars.join(''));

describe('the token scanner', () => {
  it('finds exactly the tokens of the regular expression, on any text', () => {
    fc.assert(fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
      text => {
        expect(scanned(text)).toEqual(text.match(TOKEN) ?? []);
      }), { numRuns: 2000 });
  });

  it('reads a number with a letter right after it as a word (5g, 1990er), other numbers as numbers', () => {
    expect(scanned('5g-netz 1990er 3d-drucker 24-10 2-yard 100 mbit')).toEqual(['5g-netz', '1990er', '3d-drucker', '24', '10', '2', 'yard', '100', 'mbit']);
  });

  it('keeps numbers and hyphenated words whole', () => {
    expect(scanned('5.800 vpn-zugänge, 1,6 mio. 2021-04 x- -y 3.')).toEqual(['5.800', 'vpn-zugänge', '1,6', 'mio', '2021', '04', 'x', 'y', '3']);
  });
});
