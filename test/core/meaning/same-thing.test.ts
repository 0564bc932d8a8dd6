import { describe, expect, it } from 'vitest';
import { thingFit } from '../../../src/core/meaning/same-thing.js';
import { knownNoun, synonymous } from '../../../src/core/meaning/thesaurus.js';
import { nounStem } from '../../../src/core/meaning/noun-stem.js';
import { THESAURUS_GROUPS } from '../../../src/core/meaning/thesaurus-data.js';

describe('the thesaurus table (OpenThesaurus nouns, built by scripts/build-thesaurus.ts)', () => {
  it('is stored as the stems the analyzer makes today: words of one group find each other', () => {
    expect(synonymous(nounStem('Lehrkraft'), nounStem('Lehrer'))).toBe(true);
    expect(synonymous(nounStem('Verbindlichkeiten'), nounStem('Schulden'))).toBe(true);
    expect(synonymous(nounStem('Arbeitsplätze'), nounStem('Jobs'))).toBe(true);
    expect(synonymous(nounStem('Lehrer'), nounStem('Server'))).toBe(false);
  });

  it('holds nouns only, one group a line, no group of one, no group larger than 16', () => {
    const groups = THESAURUS_GROUPS.split('\n');
    expect(groups.length).toBeGreaterThan(10_000);
    for (const g of groups) {
      const n = g.split(';').length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(16);
    }
    expect(knownNoun(nounStem('Haushalt'))).toBe(true);
  });
});

describe('whether a figure counts the asked thing', () => {
  it('is sure for the same noun in another form, and for a compound of it', () => {
    expect(thingFit('Ladepunkte', 'Ladepunkten')).toBe(1);
    expect(thingFit('Minuten', 'Gesprächsminuten')).toBe(0.9);
    expect(thingFit('VPN-Zugänge', 'Zugänge')).toBe(1);
  });

  it('is fairly sure for a synonym, and for a synonym of a compound\'s head', () => {
    expect(thingFit('Lehrkräfte', 'Lehrer')).toBe(0.8);
    expect(thingFit('Monatsgebühr', 'Preis')).toBe(0.7);
  });

  it('counts people as people: Personen, Menschen, Einwohner for any noun of a person', () => {
    expect(thingFit('Staatsbürger', 'Personen')).toBe(0.6);
    expect(thingFit('Beschäftigte', 'Personen')).toBe(0.6);
    expect(thingFit('Leute', 'Mitarbeiterinnen und Mitarbeiter')).toBe(0.6);
    expect(thingFit('Delikte', 'Personen')).toBe(0);
  });

  it('joins compounds with the same head, and a synonym\'s compounds (SMS ~ Kurznachricht ~ Textnachricht)', () => {
    expect(thingFit('Textnachrichten', 'SMS')).toBe(0.5);
    expect(thingFit('Textnachrichten', 'Kurznachrichten')).toBe(0.6);
  });

  it('sees no fit between different things', () => {
    expect(thingFit('Server', 'Endgeräte')).toBe(0);
    expect(thingFit('Einwohner', 'Betriebe')).toBe(0);
  });
});
