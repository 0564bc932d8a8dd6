import { describe, expect, it } from 'vitest';
import { inflectionVariants } from '../../../src/core/search/inflection.js';
import { stem } from '../../../src/core/search/analyzer.js';

const meets = (a: string, b: string) => inflectionVariants(a).some(v => stem(v) === stem(b));

describe('inflected forms the stemmer does not bring together', () => {
  it('joins plurals and genitives in -s after a vowel', () => {
    expect(stem('kameras')).not.toBe(stem('kamera'));
    expect(meets('kameras', 'kamera')).toBe(true);
    expect(meets('tablet', 'tablets')).toBe(true);
    expect(meets('münchens', 'münchen')).toBe(true);
  });

  it('joins Latin and Greek plurals', () => {
    expect(meets('rechenzentrum', 'rechenzentren')).toBe(true);
    expect(meets('themen', 'thema')).toBe(true);
    expect(meets('stadion', 'stadien')).toBe(true);
    expect(meets('virus', 'viren')).toBe(true);
  });

  it('reaches the form the stemmer cuts differently', () => {
    expect(stem('system')).not.toBe(stem('systeme'));
    expect(meets('system', 'systeme')).toBe(true);
  });

  it('joins adjectives in -isch and the place names they come from', () => {
    expect(meets('südkalifornische', 'südkalifornien')).toBe(true);
    expect(meets('südkalifornien', 'südkalifornischen')).toBe(true);
    expect(meets('mongolischen', 'mongolei')).toBe(true);
    expect(meets('afrika', 'afrikanische')).toBe(true);
  });

  it('leaves short words and numbers alone', () => {
    expect(inflectionVariants('amt')).toEqual([]);
    expect(inflectionVariants('2020')).toEqual([]);
  });
});
