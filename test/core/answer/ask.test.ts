import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import { seedEngine } from '../../helpers/engines.js';
import { evalEngine } from '../../eval/eval-corpus.js';

let seeds: Engine;
let all: Engine;

beforeAll(async () => {
  seeds = await seedEngine();
  all = await evalEngine();
});

describe('ask on the seeds', () => {
  it('wie viele VPN-Zugänge Stuttgart → 5.800 from 002, 6 April 2020', () => {
    const r = seeds.ask('wie viele VPN-Zugänge Stuttgart');
    expect(r).toMatchObject({ type: 'count', city: 'Stuttgart', message: null });
    const [first] = r.answers;
    expect(first!.answer).toMatchObject({ text: '5.800 Zugänge', value: 5800, unit: 'Zugänge' });
    expect(first!.figures[0]).toBe(first!.answer);
    expect(first!.sentence).toContain('5.800 Zugänge');
    expect(first!.passage).toContain(first!.sentence);
    expect(first!.article).toMatchObject({ title: 'Stadt baut mobiles Arbeiten massiv aus', city: 'Stuttgart',
      date: '2020-04-06', source: '002_8b0194dd2a0f3f1f.txt', url: null });
  });

  it('Anrufe beim Service-Desk in Osnabrück → 25.000', () => {
    const first = seeds.ask('Wie viele Anrufe gehen beim Service-Desk in Osnabrück ein?').answers[0]!;
    expect(first.answer).toMatchObject({ value: 25000, unit: 'Anrufe' });
    expect(first.article.source).toBe('004_e4b273451464e0b6.txt');
  });

  it('zusätzliche Server in Frankfurt → acht (value 8)', () => {
    const first = seeds.ask('Wie viele zusätzliche Server beschafft Frankfurt?').answers[0]!;
    expect(first.answer).toMatchObject({ text: 'acht zusätzliche Server', value: 8 });
    expect(first.article).toMatchObject({ city: 'Frankfurt am Main', date: '2021-03-09' });
  });

  it('cites the file that holds the quoted paragraph of a merged article', () => {
    const first = seeds.ask('Wie viele Mitarbeiter hat die ekom21?').answers[0]!;
    expect(first.answer?.text).toBe('rund 650 Mitarbeiterinnen und Mitarbeiter');
    expect(first.article.source).toBe('001_d5f3c415a9d77269.txt');
  });
});

describe('ask gives no answer rather than a weak one', () => {
  it('refuses places the corpus has no articles on, never answering with another city', () => {
    expect(seeds.ask('Wie viele VPN-Zugänge hat München?')).toMatchObject({ answers: [], message: 'Zu München habe ich keine Artikel.' });
  });

  it('says so when a topic is not in the corpus', () => {
    expect(seeds.ask('Wie hoch ist die Hundesteuer in Stuttgart?')).toMatchObject({ answers: [], message: 'Zu „Hundesteuer“ steht nichts im Korpus.' });
    expect(seeds.ask('Quantencomputer').answers).toEqual([]);
  });

  it('never cites a teaser of another article', () => {
    expect(all.ask('Wie viele Gewerbeanmeldungen bearbeitet Leipzig?').answers).toEqual([]);
    expect(all.ask('Einbürgerungsgesetz Mindestaufenthaltsdauer').answers).toEqual([]);
  });

  it('answers empty, over-long and place-only questions with a German message or an overview', () => {
    expect(seeds.ask('   ').message).toMatch(/^Bitte stell eine Frage/);
    expect(seeds.ask('x'.repeat(301)).message).toBe('Die Frage ist zu lang: höchstens 300 Zeichen, diese hat 301.');
    const overview = seeds.ask('Osnabrück');
    expect(overview.answers[0]?.article.city).toBe('Osnabrück');
  });
});

describe('ask over several articles', () => {
  it('shows the history of a figure, newest first', () => {
    const r = all.ask('wie viele VPN-Zugänge Stuttgart');
    expect(r.answers.slice(0, 2).map(a => [a.article.date, a.answer?.text])).toEqual([
      ['2022-05-12', '7.500'],
      ['2020-04-06', '5.800 Zugänge'],
    ]);
  });

  it('tolerates typos in the city and ae/oe/ue spellings', () => {
    expect(all.ask('Wie viele Server beschafft Frankfrut?').answers[0]?.answer?.value).toBe(8);
    expect(all.ask('Wie viele Zugaenge hat Stutgart?').city).toBe('Stuttgart');
  });

  it('finds synonyms and closed compounds', () => {
    expect(all.ask('Wie viele Mitarbeitende arbeiten in Stuttgart im Homeoffice?').answers[0]?.answer?.text).toBe('rund 4.300 Beschäftigte');
    expect(all.ask('Aus wie vielen Serverräumen hat Osnabrück einen gemacht?').answers[0]?.answer?.value).toBe(12);
  });
});
