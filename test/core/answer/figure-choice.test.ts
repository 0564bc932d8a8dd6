// The figure that answers, on articles written here in the style of municipal news portals (test/fixtures/figures):
// each general rule of the choice on its own example, the doubt the answer shows, and the figure history.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine.js';
import { loadCorpusFolder } from '../../../src/io/corpus-folder.js';
import { askSeries } from '../../../src/core/answer/figure-series.js';
import { isUnsure } from '../../../src/reply-parts.js';
import type { Answer } from '../../../src/core/answer/types.js';
import { FIGURES_DIR, TEST_TODAY } from '../../helpers/paths.js';

let engine: Engine;
beforeAll(async () => {
  engine = Engine.fromCorpus(await loadCorpusFolder(FIGURES_DIR, { today: TEST_TODAY }));
});

const first = (q: string) => engine.ask(q).answers[0];
/** The answer from one article (the corpus holds two years of the same town). */
const from = (q: string, source: string) => engine.ask(q, { limit: 5 }).answers.find(a => a.article.source === source);
const figure = (a: Answer | undefined) => a?.answer?.text;

describe('the asked figure among the figures of a sentence', () => {
  it('is the part the asked words name, and the whole when the question names none or asks for it', () => {
    expect(figure(first('Wie viele Mitarbeiter arbeiten im Bürgerservice in Lingen?'))).toBe('95');
    expect(figure(first('Wie viele Mitarbeiter hat die Stadtverwaltung Lingen insgesamt?'))).toBe('insgesamt 640 Mitarbeiterinnen und Mitarbeiter');
    expect(figure(first('Wie viele Mitarbeiter hat die Stadtverwaltung Lingen?'))).toBe('insgesamt 640 Mitarbeiterinnen und Mitarbeiter');
  });

  it('is the value after a change, or before it when the question asks about earlier', () => {
    expect(figure(first('Wie viele Tablets hat der Außendienst in Lingen?'))).toBe('480');
    expect(figure(first('Wie viele Arbeitsplätze mit Fernzugriff gab es in Lingen vorher?'))).toBe('rund 60 Arbeitsplätze');
    expect(figure(from('Wie viele Arbeitsplätze mit Fernzugriff gibt es in Lingen?', 'portal_lingen_2023.txt'))).toBe('rund 410');
  });

  it('is the planned figure only when the question asks for a plan', () => {
    expect(figure(first('Wie viele Arbeitsplätze sollen in Lingen bis 2027 hinzukommen?'))).toBe('150 Arbeitsplätze');
  });

  it('holds for the asked time: a year, or a quarter counted from the one named before', () => {
    expect(figure(first('Wie hoch war der Anteil digital gestellter Anträge in Lingen 2022?'))).toBe('29 Prozent');
    expect(figure(first('Wie hoch war der Anteil digital gestellter Anträge im ersten Quartal 2023?'))).toBe('41 Prozent');
    expect(figure(first('Wie hoch war der Anteil digital gestellter Anträge im vierten Quartal 2022?'))).toBe('35 Prozent');
  });

  it('belongs to the name the question asks about, in a list and in brackets', () => {
    expect(figure(first('Wie viel Geld gibt Lingen für die Grundschulen aus?'))).toBe('1,1 Millionen Euro');
    expect(figure(first('Wie viele Ladepunkte entfallen auf Meppen?'))).toBe('21');
  });

  it('is in the asked currency when there are two', () => {
    expect(figure(first('Wie viel Euro erhielt der Dienstleister für die Lizenzen?'))).toBe('rund 104.000 Euro');
  });
});

describe('dates that answer wann questions', () => {
  it('are the date the question\'s verb governs, as precise as written', () => {
    expect(figure(first('Wann endet die Einführung der E-Akte in Lingen?'))).toBe('30. Juni 2025');
    expect(figure(first('Wann begann die Einführung der E-Akte?'))).toBe('6. Februar 2023');
    const since = first('Seit wann leitet Jana Brinkmann die IT-Abteilung?');
    expect(since?.answer).toMatchObject({ text: 'März 2021', kind: 'date' });
  });
});

describe('doubt', () => {
  it('marks a figure for another time than the asked one as unsure, and says why', () => {
    const a = first('Wie hoch war der Anteil digital gestellter Anträge in Lingen 2019?')!;
    expect(isUnsure(a)).toBe(true);
    expect(a.pick?.doubt).toMatch(/2019/);
    expect(a.pick!.confidence).toBeLessThan(0.5);
  });

  it('gives a sure figure with a confidence, the alternatives it weighed and their scores', () => {
    const a = first('Wie viele Arbeitsplätze sollen in Lingen bis 2027 hinzukommen?')!;
    expect(isUnsure(a)).toBe(false);
    expect(a.pick).toMatchObject({ unsure: false, doubt: null });
    expect(a.pick!.alternatives.length).toBeGreaterThan(0);
    for (const alt of a.pick!.alternatives) expect(alt.score).toBeLessThan(a.pick!.score);
  });

  it('highlights no figure where the paragraph has none of the asked kind, and says so', () => {
    const r = engine.ask('Wie viel kostet die E-Akte in Lingen nach Angaben der Stadt?');
    for (const a of r.answers) expect(!a.answer || isUnsure(a) || a.answer.kind === 'money').toBe(true);
  });
});

describe('the figure history', () => {
  it('joins the same thing of the same town in dated articles, and nothing of another town', () => {
    const series = askSeries(engine.ask('Wie viele Mitarbeiter hat die Stadtverwaltung Lingen?', { limit: 5 }));
    expect(series?.place).toBe('Lingen');
    expect(series?.points.map(p => [p.date, p.value])).toEqual([['2023-05-09', 640], ['2025-07-14', 655]]);
  });

  it('makes none of a part and a whole, or of a former and a present value', () => {
    expect(askSeries(engine.ask('Wie viele Mitarbeiter arbeiten im Bürgerservice in Lingen?', { limit: 5 }))).toBeNull();
    expect(askSeries(engine.ask('Wie viele Arbeitsplätze mit Fernzugriff gab es in Lingen vorher?', { limit: 5 }))).toBeNull();
  });
});

describe('shares of a population', () => {
  it('are told apart by what each is a share of, in one sentence', () => {
    expect(figure(first('Wie viel Prozent der Befragten in Cloppenburg nannten langsame Fachverfahren als größtes Hindernis?'))).toBe('27 Prozent');
    expect(figure(first('Wie viel Prozent der Befragten in Cloppenburg nannten fehlende Schulungen?'))).toBe('38 Prozent');
  });

  it('are of the group named before them (`bei den Frauen 44 Prozent`), and women of a kind count as women', () => {
    expect(figure(first('Wie viel Prozent der Mitarbeiterinnen in Cloppenburg arbeiten in Teilzeit?'))).toBe('44 Prozent');
    expect(figure(first('Wie viel Prozent der Männer in Cloppenburg arbeiten in Teilzeit?'))).toBe('8 Prozent');
  });

  it('are of the asked group, not of another one the sentence names', () => {
    expect(figure(first('Wie viel Prozent der Auszubildenden in Cloppenburg arbeiten mobil?'))).toBe('19 Prozent');
    expect(figure(first('Wie viel Prozent der Sachbearbeiter in Cloppenburg arbeiten mobil?'))).toBe('61 Prozent');
  });
});
