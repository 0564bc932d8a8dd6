// Close reading from the term sequences stored at index time gives exactly the reading of the text analysed anew.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import { lexiconOf } from '../../../src/core/answer/engine-data.js';
import { conceptTable, readArticleFields, readFieldTexts, readStored, readText } from '../../../src/core/answer/read.js';
import { concepts } from '../../../src/core/search/query.js';
import { seedEngine, textEngine } from '../../helpers/engines.js';

/** Texts whose tokens the analyser changes on the way: folds, case, compounds, glued numbers, synonym phrases. */
const TRICKY = {
  'a.txt': 'Strasse und Straße in OSNABRUECK\n\nDie Stadtverwaltung Osnabrück zählt 5.800 VPN-Zugänge; das 5G-Netz kostet 1,2 Mio. Euro.\n\n'
    + 'Mobiles Arbeiten, Home-Office und Arbeiten von zu Hause: Zugaenge für Mitarbeitende der Bürgerbüros, die İstanbul-Reise der Ratsfrau.',
  'b.txt': 'Elektronische Akte in Kiel\n\nKiel führt die elektronische Akte ein; die E-Akte spart 30 Prozent Papier. Ǆemal Ǆ-Test ﬀ Å Åström.\n\n'
    + 'Die Serverräume des Rechenzentrums wurden 2024 erneuert, die Rechner sind 3 Jahre alt.',
};

const FIXED = ['mobiles Arbeiten', 'elektronische Akte Kiel', 'wie viel kostet das Netz', 'Zugänge Osnabrück', 'Arbeiten von zu Hause',
  'Serverräume Rechenzentrum', 'VPN Stuttgart', 'Strasse', 'Mitarbeiter Bürgerbüro', '5G Netz'];

function questionsFor(engine: Engine): string[] {
  const out = [...FIXED];
  // From each paragraph: some of its own words, so that every paragraph has matches of several concepts.
  for (let id = 0; id < engine.data.store.count; id++) {
    const words = engine.data.store.text(id).split(/\s+/).filter(w => w.length > 3);
    out.push([words[0], words[Math.floor(words.length / 2)], words.at(-1)].filter(Boolean).join(' '));
  }
  return out;
}

function assertSameReadings(engine: Engine): number {
  const { data } = engine;
  let compared = 0;
  const questions = questionsFor(engine);
  questions.forEach((q, k) => {
    const table = conceptTable(concepts(q, lexiconOf(data)), data.index.termIds);
    // Every paragraph for the fixed questions; for the others, the paragraph they came from and a few more.
    const ids = k < FIXED.length ? [...Array(data.store.count).keys()] : [k - FIXED.length, (k * 7) % data.store.count, (k * 13) % data.store.count];
    for (const id of ids) {
      const p = data.store.get(id);
      const stored = readStored(id, p.text, p.sentences, table, data);
      expect(stored).not.toBeNull();
      expect(stored).toEqual(readText(p.text, p.sentences, table, data));
      const article = data.articles.get(p.articleIndex);
      expect(readArticleFields(p.articleIndex, table, data)).toEqual(readFieldTexts(article.title, article.lead, table, data));
      compared++;
    }
  });
  return compared;
}

describe('close reading from stored terms', () => {
  let seeds: Engine;
  beforeAll(async () => {
    seeds = await seedEngine();
  });

  it('reads every seed paragraph, title and lead exactly as analysing its text anew would', () => {
    expect(assertSameReadings(seeds)).toBeGreaterThan(10 * seeds.data.store.count);
  });

  it('reads folds, compounds, glued numbers, length-changing letters and synonym phrases the same way', () => {
    const engine = textEngine(TRICKY);
    const { data } = engine;
    const table = conceptTable(concepts('mobiles Arbeiten Zugänge Osnabrück Akte', lexiconOf(data)), data.index.termIds);
    const id = [...Array(data.store.count).keys()].find(i => data.store.text(i).startsWith('Mobiles'))!;
    const text = data.store.text(id);
    const matched = readStored(id, text, data.store.sentences(id), table, data)!.matches.map(m => text.slice(m.start, m.end));
    // The phrase `mobiles Arbeiten` is one match from its first word to its last; `Zugaenge` is found with its places.
    expect(matched).toContain('Mobiles Arbeiten');
    expect(matched).toContain('Zugaenge');
    assertSameReadings(engine);
  });
});
