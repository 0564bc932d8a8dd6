// The general answering rules, each on our own German example (test/fixtures/rules): no veto by one unknown
// noun, question words, word forms, compound heads, hyphenated compounds, years as answers, the question's
// own conditions steering the figure, stated before planned figures, several answers, confidence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import { loadCorpusFolder } from '../../../src/io/corpus-folder.js';
import { Engine as EngineClass } from '../../../src/core/engine.js';
import { UNSURE_BELOW } from '../../../src/core/answer/confidence.js';
import { RULES_DIR, TEST_TODAY } from '../../helpers/paths.js';

let engine: Engine;

beforeAll(async () => {
  engine = EngineClass.fromCorpus(await loadCorpusFolder(RULES_DIR, { today: TEST_TODAY }));
});

const first = (q: string) => engine.ask(q).answers[0];

describe('words the corpus does not use', () => {
  it('answers when the other words match well, although one noun of the question is unknown', () => {
    const a = first('Welcher Dienstleister wartet die Straßenbeleuchtungssysteme in Lindau?');
    expect(a?.sentence).toContain('Firma Ostlicht');
  });

  it('finds the head of a compound the corpus uses: Beleuchtungssysteme in Straßenbeleuchtungssysteme', () => {
    expect(first('Wer wartet die Beleuchtungssysteme?')?.sentence).toContain('Ostlicht');
  });

  it('reads pronominal question words as question words, not as topics', () => {
    const r = engine.ask('Wofür setzt die Stadt die Tablets ein?');
    expect(r.message).toBeNull();
    expect(r.answers[0]?.sentence).toContain('digitale Hausaufgaben');
  });

  it('still refuses, naming the word, when the unknown noun is what the question is about', () => {
    expect(engine.ask('Wie hoch ist die Hundesteuer?')).toMatchObject({ answers: [], message: 'Zu „Hundesteuer“ steht nichts im Korpus.' });
  });

  it('does not need half of a long question to match', () => {
    const a = first('Bis wann genau tauschen die Stadtwerke eigentlich sämtliche alten und kaputten Leuchten in der historischen Altstadt aus?');
    expect(a?.sentence).toContain('bis zum Herbst');
  });
});

describe('ranking', () => {
  it('lets a rare hyphenated compound outweigh a common verb', () => {
    expect(first('Wie endete das Breitband-Förderprogramm?')?.sentence).toContain('12 bewilligten Anträgen');
  });

  it('quotes the sentence with the year when the year is the answer', () => {
    expect(first('Wann wurde die Grundschule am Hafen gebaut?')?.sentence).toContain('1968');
  });

  it('does not take the lower-case verb bedingen for a typo of a place', () => {
    expect(engine.ask('Welche Fristen bedingen das Ende der Sitzung?').city).toBeNull();
  });
});

describe('the answering figure', () => {
  it('is steered by a year the question names', () => {
    expect(first('Welchen Anteil hatten Online-Anträge 2019?')?.answer?.text).toBe('31 Prozent');
    expect(first('Welchen Anteil hatten Online-Anträge 2021?')?.answer?.text).toBe('48 Prozent');
  });

  it('belongs to what the question names, not to another thing in the same sentence', () => {
    expect(first('Wie viel Geld ist für die Feuerwache vorgesehen?')?.answer?.text).toBe('800.000 Euro');
    expect(first('Wie viel Geld ist für die Grundschule vorgesehen?')?.answer?.text).toBe('2 Millionen Euro');
  });

  it('is the asked part, not the total', () => {
    expect(first('Wie viele Mitarbeiter arbeiten im Bürgeramt?')?.answer?.text).toContain('110');
  });

  it('is the stated figure, unless the question asks for the plan', () => {
    expect(first('Wie viele Ladepunkte gibt es im Kreis?')?.answer?.text).toBe('mehr als 500 Ladepunkte');
    expect(first('Wie viele Ladepunkte sollen hinzukommen?')?.answer?.text).toContain('200');
  });

  it('is never an age written as a compound (die 53-Jährige)', () => {
    expect(first('Wie viele Beschäftigte hat das Ordnungsamt?')?.answer?.text).toBe('40 Beschäftigten');
  });
});

describe('several answers and their confidence', () => {
  it('gives up to the asked number of answers when several paragraphs are relevant', () => {
    const r = engine.ask('Was bekommen die Schulen?', { limit: 3 });
    expect(r.answers).toHaveLength(3);
    expect(new Set(r.answers.map(a => a.passage)).size).toBe(3);
  });

  it('gives every answer a confidence between 0 and 1, high for a clear match', () => {
    const r = engine.ask('Wie viele Tablets hat der Kreis für die Schulen bestellt?');
    for (const a of r.answers) expect(a.confidence).toBeGreaterThanOrEqual(0);
    expect(r.answers[0]!.confidence).toBeGreaterThan(UNSURE_BELOW);
    expect(r.answers[0]!.answer?.text).toBe('900 Tablets');
  });

  it('marks an answer as unsure, or gives none, when the corpus only shares common words with the question', () => {
    const r = engine.ask('Welche Partei gewann die Wahl im Kreis?');
    expect(r.answers.every(a => a.confidence < UNSURE_BELOW)).toBe(true);
  });
});

describe('the quoted sentence', () => {
  it('counts a sentence that refers back (es, sie, dies) as speaking of what the sentence before named', () => {
    const a = first('Wann hat das Stadtarchiv aus dem Keller des Rathauses die Räume gewechselt?');
    expect(a?.sentence).toContain('im März 2019');
  });

  it('quotes a sentence that refers back together with the sentence it leans on', () => {
    const a = first('Wie viele Akten betreut das Stadtarchiv?');
    expect(a?.answer?.text).toBe('38.000 Akten');
    expect(a?.sentence).toBe('Die Historikerin Wiebke Harms leitet das Archiv seit 2016. Sie betreut dort 38.000 Akten und 1.200 Karten.');
  });

  it('of two sentences that cover the question equally, quotes the one whose asked words stand closest', () => {
    expect(first('Wer liefert der Feuerwehr die Funkgeräte?')?.sentence).toBe('Die Feuerwehr bekommt die Funkgeräte vom Land.');
  });
});
