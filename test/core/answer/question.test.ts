import { describe, expect, it } from 'vitest';
import { questionType, readQuestion } from '../../../src/core/answer/question.js';
import { germanGazetteer } from '../../../src/core/places/gazetteer.js';

const gazetteer = germanGazetteer();
const known = new Set(['Stuttgart', 'Frankfurt am Main', 'Osnabrück', 'Halle (Saale)']);
const read = (q: string) => readQuestion(q, gazetteer, known);

describe('question types', () => {
  it('tells count, money, percent, date, person and passage apart', () => {
    expect(questionType('wie viele VPN-Zugänge Stuttgart')).toBe('count');
    expect(questionType('An wie vielen Standorten?')).toBe('count');
    expect(questionType('Wie viel hat Frankfurt investiert?')).toBe('money');
    expect(questionType('Was kostet die Cloud?')).toBe('money');
    expect(questionType('Wie viel Prozent der Anträge?')).toBe('percent');
    expect(questionType('Seit wann gibt es die Stabsstelle?')).toBe('date');
    expect(questionType('Wer leitet die IT?')).toBe('person');
    expect(questionType('Homeoffice in Stuttgart')).toBe('passage');
  });
});

describe('places in questions', () => {
  it('finds names, short forms and adjective forms, in any case and umlaut spelling', () => {
    expect(read('wie viele VPN-Zugänge Stuttgart').places).toEqual(['Stuttgart']);
    expect(read('Wie viele Server beschafft Frankfurt?').places).toEqual(['Frankfurt am Main']);
    expect(read('Was plant die Stuttgarter Stadtverwaltung?').places).toEqual(['Stuttgart']);
    expect(read('anrufe in osnabrueck').places).toEqual(['Osnabrück']);
  });

  it('removes the place from the words retrieval searches for', () => {
    expect(read('Wie viele Server beschafft Frankfurt am Main?').topic).toBe('Wie viele Server beschafft ?');
  });

  it('finds large places the corpus does not know, so that they can be refused', () => {
    expect(read('Wie viele Server hat München?').places).toEqual(['München']);
    expect(read('wie viele server hat münchen').places).toEqual(['München']);
  });

  it('does not take ordinary words for places', () => {
    expect(read('Wie ist die Lage beim Essen in der Halle?').places).toEqual([]);
    expect(read('Wie viele Stellen gibt es?').places).toEqual([]);
  });
});
