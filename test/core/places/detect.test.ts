// The capitalised-word scan that place detection runs over every paragraph finds exactly the matches of the
// regular expression it replaces, on any text; and place detection still finds places and skips common nouns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachCapitalisedWord, findPlaces } from '../../../src/core/places/detect.js';
import { germanGazetteer } from '../../../src/core/places/gazetteer.js';

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*/gu;

const tricky = fc.array(fc.constantFrom('A', 'Ö', 'z', 'ß', '-', ' ', '1', '٣', 'Ж', '𝐀', '𝐚', '\ud835', '\u0301', '.', '„', 'İ', 'ǅ', 'Ⅻ'))
  .map(parts => parts.join(''));

describe('eachCapitalisedWord', () => {
  it('finds exactly the matches of the regular expression, on any text', () => {
    fc.assert(fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), text => {
      const found: [number, number][] = [];
      eachCapitalisedWord(text, (start, end) => found.push([start, end]));
      expect(found).toEqual([...text.matchAll(CAPITALISED_WORD)].map(m => [m.index, m.index + m[0].length]));
    }), { numRuns: 3000 });
  });
});

describe('findPlaces', () => {
  it('finds towns named in a sentence, the longest form once, and not a common noun after an article', () => {
    const text = 'In Frankfurt am Main und in Bad Homburg vor der Höhe gingen die Server im Norden vom Netz; Kassel-Wilhelmshöhe folgte.';
    const names = findPlaces(germanGazetteer(), text).map(h => h.form.text);
    expect(names).toContain('Frankfurt am Main');
    expect(names).toContain('Bad Homburg vor der Höhe');
    expect(names).not.toContain('Norden');
  });
});
