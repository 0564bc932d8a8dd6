import { describe, expect, it } from 'vitest';
import { germanGazetteer } from '../../../src/core/places/gazetteer.js';
import { findPlaces } from '../../../src/core/places/detect.js';

const gazetteer = germanGazetteer();
const names = (text: string) => findPlaces(gazetteer, text).map(h => h.form.place.name);

describe('the German gazetteer', () => {
  it('knows municipalities as GeoNames spells them, in German', () => {
    expect(gazetteer.lookup('Frankfurt am Main')?.place.name).toBe('Frankfurt am Main');
    expect(gazetteer.lookup('München')?.place.name).toBe('München');
    expect(gazetteer.places.length).toBeGreaterThan(6000);
  });

  it('accepts case and umlaut spellings, short forms and adjective forms', () => {
    expect(gazetteer.lookup('osnabrueck')?.place.name).toBe('Osnabrück');
    expect(gazetteer.lookup('GIESSEN')?.place.name).toBe('Gießen');
    expect(gazetteer.lookup('Frankfurt')?.place.name).toBe('Frankfurt am Main');
    expect(gazetteer.lookup('Frankfurter')?.place.name).toBe('Frankfurt am Main');
    expect(gazetteer.lookup('Stuttgarter')?.place.name).toBe('Stuttgart');
    expect(gazetteer.lookup('Osnabrücker')).toMatchObject({ kind: 'adjective', place: { name: 'Osnabrück' } });
    expect(gazetteer.lookup('Münchner')?.place.name).toBe('München');
    expect(gazetteer.lookup('Dresdner')?.place.name).toBe('Dresden');
  });

  it('does not take the Länder for municipalities', () => {
    expect(gazetteer.lookup('Sachsen')).toBeNull();
    expect(gazetteer.lookup('Hessen')).toBeNull();
  });
});

describe('finding places in text', () => {
  it('finds names, the longest form first, and adjective forms before a noun', () => {
    expect(names('Die Stadt Frankfurt am Main und die Stuttgarter Stadtverwaltung')).toEqual(['Frankfurt am Main', 'Stuttgart']);
    expect(names('Sitz ist Gießen; weitere Stellen in Darmstadt und Kassel.')).toEqual(['Gießen', 'Darmstadt', 'Kassel']);
  });

  it('guards names that are ordinary words, unless a place context stands before them', () => {
    expect(names('Essen und Trinken in der Halle, die Lage ist gut, weil es regnet.')).toEqual([]);
    expect(names('Die Stadt Essen und die Stadt Halle kooperieren.')).toEqual(['Essen', 'Halle (Saale)']);
    expect(names('Die Verwaltung in Hof stellt um.')).toEqual(['Hof']);
    expect(names('Das stand an oberster Stelle.')).toEqual([]);
  });

  it('does not read people as places', () => {
    expect(names('sagt Dezernentin Dr. Anna Berg.')).toEqual([]);
  });
});

describe('districts (Destatis via landkreise-deutschland)', () => {
  it('resolves district forms; a bare name that is also a town stays the town', () => {
    expect(gazetteer.lookup('Osterholz')?.place).toMatchObject({ name: 'Landkreis Osterholz', district: true });
    expect(gazetteer.lookup('Landkreis Osterholz')?.place.name).toBe('Landkreis Osterholz');
    expect(gazetteer.lookup('Kreis Rottweil')?.place.name).toBe('Landkreis Rottweil');
    expect(gazetteer.lookup('Rottweil')?.place.name).toBe('Rottweil');
    expect(gazetteer.lookup('Rhein-Pfalz-Kreis')?.place.name).toBe('Rhein-Pfalz-Kreis');
    expect(gazetteer.lookup('Berchtesgadener Land')?.place.name).toBe('Berchtesgadener Land');
  });

  it('finds districts in text, with their articles and in the genitive', () => {
    expect(names('Im Landkreis Osterholz und im Rhein-Pfalz-Kreis')).toEqual(['Landkreis Osterholz', 'Rhein-Pfalz-Kreis']);
    expect(names('Der Landrat des Kreises Rottweil besuchte Rottweil.')).toEqual(['Landkreis Rottweil', 'Rottweil']);
  });
});

describe('common nouns that are also town names', () => {
  it('are not places after an article or a fused preposition, but are after `in` or `Stadt`', () => {
    expect(names('Im Norden und im Osten der Stadt, oben in den Bergen.')).toEqual([]);
    expect(names('Das Rathaus in Norden und die Stadt Bergen')).toEqual(['Norden', 'Bergen']);
  });
});

describe('the first-word filter of place detection', () => {
  it('lets through every word a form starts with, in the middle of a text, and rules out ordinary nouns', () => {
    const text = 'Im Rathaus von Frankfurt am Main und in Bad Homburg wurde gewählt.';
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    for (const word of ['Frankfurt', 'Bad', 'Homburg']) expect(gazetteer.mayStartForm(text, ...at(word))).toBe(true);
    for (const word of ['Rathaus', 'Im']) expect(gazetteer.mayStartForm(text, ...at(word))).toBe(false);
  });
});

describe('Austrian and Swiss places', () => {
  it('are known by their German names, with their country in the state code', () => {
    expect(gazetteer.lookup('Wien')?.place).toMatchObject({ name: 'Wien', state: 'AT-09' });
    expect(gazetteer.lookup('Graz')?.place.state).toBe('AT-06');
    expect(gazetteer.lookup('Genf')?.place.state).toBe('CH-GE');
    expect(gazetteer.lookup('Zürcher')?.place.name).toBe('Zürich');
  });

  it('are found in running text like German ones; a name that is also a noun needs a place context', () => {
    expect(names('Der Gemeinderat in Wien beschloss das Budget, Graz folgte eine Woche später.')).toEqual(['Wien', 'Graz']);
    expect(names('Der Zug fiel am Morgen aus.')).toEqual([]);
    expect(names('Die Verwaltung in Zug stellt auf E-Akten um.')).toEqual(['Zug']);
    expect(names('Der Kanton Zug und die Marktgemeinde Lustenau tauschen Daten aus.')).toEqual(['Zug', 'Lustenau']);
  });

  it('never make a weekday or a month a place, though villages bear such names', () => {
    expect(gazetteer.lookup('Sonntag')).toBeNull();
    expect(names('Sonntag, 13. Oktober 2024: Die Stadt lädt zum Tag der offenen Tür.')).toEqual([]);
  });
});
