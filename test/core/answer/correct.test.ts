// Typos in a question, read against the seeds: a word the corpus nearly knows is read as the corpus writes it, and
// the answer says so; a word of the language the corpus lacks, a short word, another form of a known word or a
// slip of the first letter is not "corrected".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import { seedEngine } from '../../helpers/engines.js';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('a question with typos', () => {
  it('is asked as the corpus writes the words, and the corrections are given', () => {
    const r = engine.ask('Wieviele Endgerete hat Frankfurt');
    expect(r.corrections).toEqual([{ from: 'Endgerete', to: 'Endgeräte' }]);
    expect(r.answers[0]?.answer?.text).toBe('200 zusätzliche Endgeräte');
    expect(r.query).toBe('Wieviele Endgerete hat Frankfurt');
  });

  it('corrects lower-case words and places too, each once', () => {
    const r = engine.ask('wieviele endgerete hat frankfut beschaft');
    expect(r.corrections).toEqual([{ from: 'frankfut', to: 'Frankfurt' }, { from: 'endgerete', to: 'Endgeräte' }, { from: 'beschaft', to: 'beschafft' }]);
    expect(r.answers[0]?.answer?.text).toBe('200 zusätzliche Endgeräte');
  });

  it('corrects the last part of a hyphenated word', () => {
    expect(engine.ask('Wer ist IT-Dezenrent in Frankfurt?').corrections).toEqual([{ from: 'IT-Dezenrent', to: 'IT-Dezernent' }]);
  });

  it('leaves words of the language alone that the corpus merely lacks', () => {
    const r = engine.ask('Wie viele Leute können in Stuttgart in Heimarbeit arbeiten?');
    expect(r.corrections).toBeUndefined();
    expect(r.answers[0]?.answer?.text).toBe('rund 2.000 Mitarbeiterinnen und Mitarbeiter');
  });

  it('never changes a first letter or a short word', () => {
    expect(engine.ask('Wie viele Server kauft Frankfurt?').corrections).toBeUndefined();
    expect(engine.ask('Wie viele Rerver hat Frankfurt?').corrections).toBeUndefined();
  });

  it('offers the word meant for a lone strange word, without answering it', () => {
    expect(engine.ask('Endgerete?')).toMatchObject({ answers: [], message: 'Zu „Endgerete“ steht nichts im Korpus. Meinten Sie „Endgeräte“?' });
  });
});
