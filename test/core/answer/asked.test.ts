import { describe, expect, it } from 'vitest';
import { readAsked, timeWords } from '../../../src/core/answer/asked.js';
import { questionType } from '../../../src/core/answer/question.js';

const asked = (q: string) => readAsked(q, questionType(q));

describe('what a figure question constrains', () => {
  it('reads the asked thing after wie viele (adjectives skipped) or in wie hoch ist / welche', () => {
    expect(asked('Wie viele neue Ladesäulen baut Rheine?').thing).toBe('Ladesäulen');
    expect(asked('Mit wie vielen Tablets arbeitet die Schule?').thing).toBe('Tablets');
    expect(asked('Wie hoch ist die Monatsmiete für das Rechenzentrum?').thing).toBe('Monatsmiete');
    expect(asked('Welche Gesamtleistung hat die Solaranlage?').thing).toBe('Gesamtleistung');
    expect(asked('Wie viel Prozent der Anträge kommen online?').thing).toBeNull();
    expect(asked('Wie viele Millionen Euro kostet der Umbau?').thing).toBeNull();
  });

  it('reads a noun the counted ones are said to be (X sollen … Aktionäre sein)', () => {
    expect(asked('Wie viele Beschäftigte sollen bis 2030 Mitglieder der Genossenschaft sein?').also).toBe('Mitglieder');
  });

  it('reads the asked time, and its words', () => {
    const q = 'Wie viele Anträge kamen im zweiten Quartal 2024 online?';
    const a = asked(q);
    expect(a.times.map(t => [t.year, t.quarter])).toEqual([[2024, 2]]);
    expect([...timeWords(q, a)]).toEqual(['im', 'zweiten', 'quartal', '2024']);
  });

  it('tells a change from a level, a plan from a fact, a whole from a part, the past from the present', () => {
    expect(asked('Um wie viel Prozent stiegen die Kosten?').change).toBe(true);
    expect(asked('Wie viele neue Kunden gewann der Anbieter?').change).toBe(true);
    expect(asked('Wie viele Kunden hat der Anbieter?').change).toBe(false);
    expect(asked('Wie viele Stellen sollen hinzukommen?').planned).toBe(true);
    expect(asked('Wie viele Einwohner wird die Stadt 2040 haben?').planned).toBe(true);
    expect(asked('Wie viel will der Kreis bis 2028 investieren?').planned).toBe(true);
    expect(asked('Wie viele Anträge wurden 2023 gestellt?').planned).toBe(false);
    expect(asked('Wie hoch war die Quote von Menschen mit höchstens Hauptschulabschluss?').planned).toBe(false);
    expect(asked('Wie viele Mitarbeiter hat die Verwaltung insgesamt?').total).toBe(true);
    expect(asked('Wie hoch war der Beitrag vor der geplanten Senkung?').tense).toBe('past');
    expect(asked('Wie viele Server laufen derzeit?').tense).toBe('present');
  });

  it('reads how a date question asks (seit, ab, bis wann; which year), and ages and rates', () => {
    expect(asked('Seit wann leitet sie das Amt?').since).toBe('seit');
    expect(asked('Ab welchem Datum gilt die Regel?').since).toBe('ab');
    expect(asked('Bis zu welchem Jahr lief der Vertrag?')).toMatchObject({ since: 'bis', year: true });
    expect(asked('Wie alt ist der Bürgermeister?').age).toBe(true);
    expect(asked('Wie schnell ist das Netz in der Altstadt?').speed).toBe(true);
  });

  it('reads of whom a share is asked, and whose word the question cites', () => {
    expect(asked('Welcher Anteil der Pendler unter den Beschäftigten fährt Rad?').population).toEqual(['Pendler', 'Beschäftigten']);
    expect([...asked('Wie viel Prozent der Betriebe nutzen laut der IHK-Umfrage eine Cloud?').source]).toEqual(['ihk-umfrage']);
    expect([...asked('Wie viele Staus meldet der ADAC laut Polizei Bremen?').source]).toEqual(['polizei', 'bremen']);
  });
});
