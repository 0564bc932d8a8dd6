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

/** The places a text names. */
const placesIn = (text: string) => findPlaces(germanGazetteer(), text).map(h => h.form.place.name);

describe('a place name that is part of another name', () => {
  it('is no place in a person\'s name (a small town\'s name before a surname)', () => {
    expect(placesIn('Die Rede hielt die Schriftstellerin Lotte Tobisch.')).toEqual([]);
    expect(placesIn('Der Gemeinderat in Lotte beschloss den Haushalt.')).toEqual(['Lotte']);
  });

  it('is no place in a firm\'s name: after a name that is no noun, or before a legal form', () => {
    expect(placesIn('Das Werk der Rüstungsfirma Nammo Schönebeck wird erweitert.')).toEqual([]);
    expect(placesIn('Den Auftrag erhielt die Netzbau Schönebeck GmbH & Co. KG.')).toEqual([]);
    expect(placesIn('Die Stadt Schönebeck stellt auf E-Akten um.')).toEqual(['Schönebeck']);
    expect(placesIn('Die Sparkasse Schönebeck schließt zwei Filialen.')).toEqual(['Schönebeck']);
  });

  it('is no place in a legal citation', () => {
    expect(placesIn('Vgl. BVerwG, Beschluss vom 3. Mai 2001, Buchholz 402.7 BVerfSchG Nr. 9.')).toEqual([]);
    expect(placesIn('Der Landkreis tagte in Buchholz.')).toEqual(['Buchholz in der Nordheide']);
  });
});

describe('a village named like a noun or a brand', () => {
  it('needs more than a preposition: the text must say it is a municipality', () => {
    expect(placesIn('Die Funktion ist von Haus aus deaktiviert, der Rollout erfolgt in Wellen.')).toEqual([]);
    expect(placesIn('Die Gemeinde Haus erneuert ihr Netz.')).toEqual(['Haus']);
  });

  it('is no place right before a noun it qualifies, unless `in` places it', () => {
    expect(placesIn('Laut Informationen aus Apples Zulieferkette kommt das Gerät im Herbst.')).toEqual([]);
    expect(placesIn('Es heißt, dass in Lotte Wohnungen fehlen.')).toEqual(['Lotte']);
  });
});
