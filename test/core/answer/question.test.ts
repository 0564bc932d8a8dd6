import { describe, expect, it } from 'vitest';
import { asksForDuration, asksForPlan, questionType, readQuestion } from '../../../src/core/answer/question.js';
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

  it('reads other figure questions, money in any currency, and questions for a place', () => {
    expect(questionType('Wie alt ist das Rathaus?')).toBe('count');
    expect(asksForDuration('Wie alt ist das Rathaus?')).toBe(true);
    expect(questionType('Wie oft tagt der Digitalausschuss?')).toBe('measure');
    expect(questionType('Wie viel Papier spart die Verwaltung?')).toBe('measure');
    expect(questionType('Das Wievielfache kostet der Neubau?')).toBe('money');
    expect(questionType('Das Wievielfache der Fläche nutzt das Amt?')).toBe('measure');
    expect(questionType('Wie viel Zeit bleibt bis zur Umstellung?')).toBe('count');
    expect(asksForDuration('Wie viel Zeit bleibt bis zur Umstellung?')).toBe(true);
    expect(questionType('Wie viel hat die Gemeinde für Lizenzen bezahlt?')).toBe('money');
    expect(questionType('Wie viele Dollar flossen in das Projekt?')).toBe('money');
    expect(questionType('Wessen Idee war der Chatbot?')).toBe('person');
    expect(questionType('Wo steht das neue Rechenzentrum?')).toBe('place');
  });

  it('lets the question phrase decide before words elsewhere: a year, a counted noun, a measured one', () => {
    expect(questionType('In welchem Jahr legte der Rat die 30-Prozent-Quote fest?')).toBe('date');
    expect(questionType('Ab welchem Datum gilt die neue Gebühr?')).toBe('date');
    expect(questionType('Bis zu welchem Jahr lief der Vertrag?')).toBe('date');
    expect(questionType('Wie viele neue Nutzer gewann der Bezahldienst?')).toBe('count');
    expect(questionType('Wie hoch ist die Monatsmiete des Rechenzentrums?')).toBe('money');
    expect(questionType('Wie hoch sind die Schulden der Stadtwerke?')).toBe('money');
    expect(questionType('Welcher Anteil der Schulen hat WLAN?')).toBe('percent');
    expect(questionType('Welchen Zuwachs erwartet das Amt?')).toBe('measure');
    expect(questionType('Welche Gesamtleistung hat die Anlage?')).toBe('measure');
    expect(questionType('Welche Partei gewann die Wahl?')).toBe('passage');
  });

  it('tells questions about a plan from questions about what is', () => {
    expect(asksForPlan('Wie viele Stellen sollen hinzukommen?')).toBe(true);
    expect(asksForPlan('Wie viele Stellen hat das Amt?')).toBe(false);
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

  it('does not take a name with an article before it for a town: German names towns without one', () => {
    const mentioned = new Set(['Norden', 'Osten', 'Bergen']);
    const r = (q: string) => readQuestion(q, gazetteer, mentioned, new Set()).places;
    expect(r('Wie viele Glasfaseranschlüsse gibt es im Norden des Kreises?')).toEqual([]);
    expect(r('Welche Ämter liegen im Osten?')).toEqual([]);
    expect(r('Wie viele Server stehen in Norden?')).toEqual(['Norden']);
  });

  it('takes a name that is also a common noun for a place only with a place word or when the corpus has articles about it', () => {
    const mentioned = new Set(['Bergen']);
    expect(readQuestion('Welche Schulen liegen in den Bergen?', gazetteer, mentioned, new Set()).places).toEqual([]);
    expect(readQuestion('Wie viele Schulen hat die Gemeinde Bergen?', gazetteer, mentioned, new Set()).places).toEqual(['Bergen']);
    expect(readQuestion('Wie viele Schulen hat Bergen?', gazetteer, mentioned, new Set(['Bergen'])).places).toEqual(['Bergen']);
  });

  it('does not read a lower-case word as a place the corpus only mentions', () => {
    expect(readQuestion('welche norden liegen vorn', gazetteer, new Set(['Norden']), new Set()).places).toEqual([]);
  });

  it('keeps a place noun with the name, out of the topic', () => {
    expect(read('Wie viele Server hat die Stadt Osnabrück?').topic).toBe('Wie viele Server hat die ?');
  });
});
