// Prose detection: the one-scan count of words and function words reads every text as splitting it into runs
// of letters would (the plain definition below), on any text; and it tells prose from headlines and menus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInterfaceLine, isProse } from '../../../src/core/ingest/furniture.js';

const FUNCTION = ['der', 'die', 'und', 'ist', 'können', 'wurden', 'seien', 'im', 'zu', 'es'];

/** The definition: long enough, a finished sentence, at least 8 letter runs, 12 % of them function words. */
function plainIsProse(text: string): boolean {
  const t = text.trim();
  if (t.length < 60 || !/[.!?…"“”)]$|[.!?]\s/.test(t)) return false;
  const words = t.toLowerCase().split(/[^\p{L}]+/u).filter(w => w !== '');
  const known = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'in',
    'im', 'zu', 'zum', 'zur', 'von', 'vom', 'mit', 'für', 'auf', 'an', 'am', 'aus', 'bei', 'nach', 'über', 'um',
    'ist', 'sind', 'war', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'sich', 'nicht', 'auch', 'es', 'sie',
    'er', 'wir', 'als', 'dass', 'so', 'wie', 'noch', 'nur', 'sei', 'seien', 'kann', 'können', 'soll', 'sollen']);
  return words.length >= 8 && words.filter(w => known.has(w)).length / words.length >= 0.12;
}

const pieces = fc.constantFrom(...FUNCTION, 'DIE', 'Können', 'Rathaus', 'Zittau', ' ', ' ', '. ', ', ', '!', '…', '-', '5G',
  '1.200', 'İ', '𝐀𝐁', 'ß', 'é', '\u0301', '\ud800', '”', ')', 'Glasfaseranschlüsse', 'x');
const texts = fc.array(pieces, { minLength: 10, maxLength: 60 }).map(parts => parts.join(''));

describe('isProse', () => {
  it('counts words and function words as the letter runs of the lower-cased text, on any text', () => {
    fc.assert(fc.property(fc.oneof(texts, fc.string({ unit: 'grapheme', minLength: 60 })), text => {
      expect(isProse(text)).toBe(plainIsProse(text));
    }), { numRuns: 3000 });
  });

  it('tells a sentence of prose from a headline and a menu line', () => {
    expect(isProse('Die Stadt Zittau hat im vergangenen Jahr 40 neue Laptops für die Schulen gekauft und verteilt.')).toBe(true);
    expect(isProse('Zittau kauft 40 Laptops für Schulen – Digitalpakt bringt neue Geräte in alle Klassenzimmer')).toBe(false);
    expect(isProse('Startseite | Aktuelles | Pressemitteilungen | Rathaus | Bürgerservice | Kontakt | Impressum.')).toBe(false);
  });
});

describe('isInterfaceLine', () => {
  it('takes a row of buttons and links for furniture, a sentence or an overlong line not', () => {
    expect(isInterfaceLine('Zur Übersicht | Drucken | per Mail teilen')).toBe(true);
    expect(isInterfaceLine('Startseite › Aktuelles › Pressemitteilungen')).toBe(true);
    expect(isInterfaceLine('Zur Übersicht der neuen Bauanträge geht es hier')).toBe(false);
    expect(isInterfaceLine(`Teilen ${'| '.repeat(130)}Drucken`)).toBe(false);
  });
});
