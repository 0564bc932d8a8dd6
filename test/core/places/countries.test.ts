import { describe, expect, it } from 'vitest';
import { isCountry } from '../../../src/core/places/countries.js';

describe('country names', () => {
  it('knows the German names of countries, nouns of the thesaurus among them', () => {
    for (const name of ['Deutschland', 'Österreich', 'Schweiz', 'Italien', 'Polen']) expect(isCountry(name)).toBe(true);
  });

  it('knows no towns, no nouns and no regions of several words', () => {
    for (const word of ['Wien', 'Zukunft', 'Summe', 'Vereinigte', 'Eurozone']) expect(isCountry(word)).toBe(false);
  });
});
