import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import { seedEngine, textEngine } from '../../helpers/engines.js';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('city', () => {
  it('city Osnabrück → the 2017 article with its figures, each with source and date', () => {
    const r = engine.city('Osnabrück');
    expect(r.city).toBe('Osnabrück');
    expect(r.articles.map(a => a.date)).toEqual(['2017-10-18']);
    expect(r.figures[0]).toMatchObject({ text: '25.000 Anrufe', value: 25000, source: '004_e4b273451464e0b6.txt', date: '2017-10-18' });
    expect(r.figures.map(f => f.text)).toContain('zwei Rechenzentren');
  });

  it('accepts umlaut spellings, short forms and adjective forms', () => {
    expect(engine.city('osnabrueck').city).toBe('Osnabrück');
    const frankfurt = engine.city('Frankfurt');
    expect(frankfurt.city).toBe('Frankfurt am Main');
    expect(frankfurt.articles.map(a => a.date)).toEqual(['2021-03-09', '2018-05-30']);
    expect(engine.city('Frankfurter').city).toBe('Frankfurt am Main');
  });

  it('lists articles that only mention a place', () => {
    const r = engine.city('Gießen');
    expect(r.articles).toEqual([]);
    expect(r.mentions.map(a => a.title)).toEqual(['Städtische IT-Infrastruktur wird erweitert']);
  });

  it('answers an unknown place with the closest places the corpus knows', () => {
    expect(engine.city('Stutgard')).toMatchObject({ city: null, message: 'Den Ort „Stutgard“ kenne ich nicht. Im Korpus gibt es zum Beispiel: Stuttgart.' });
    expect(engine.city('München').message).toMatch(/^Zu München habe ich keine Artikel\./);
    expect(engine.city(' ').message).toMatch(/^Bitte nenn einen Ort/);
  });
});

describe('/city for Austrian and Swiss towns', () => {
  it('lists the articles about Wien; a known town without articles says so', () => {
    const e = textEngine({ 'wien.txt': 'Wien stellt das Meldeamt um\n\n[3.4.2023] Termine statt Warteschlange.\n\n'
      + 'Wien – Die Stadt stellt ihr Meldeamt auf Termine um. In Wien warteten Bürgerinnen und Bürger bisher 40 Minuten.\n' });
    expect(e.city('Wien')).toMatchObject({ city: 'Wien', message: null, articles: [{ source: 'wien.txt', city: 'Wien' }] });
    expect(e.city('Zürich')).toMatchObject({ city: 'Zürich', message: 'Zu Zürich habe ich keine Artikel.' });
  });
});
