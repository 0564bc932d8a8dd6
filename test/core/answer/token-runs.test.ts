// Tokens computed in another thread: a run handed over as ids into that thread's token list becomes exactly the
// run this thread would have made from the text, with ids in the same order (so the index is the same).
import { describe, expect, it } from 'vitest';
import { ForeignTokens, LocalTokens, TokenRuns } from '../../../src/core/answer/engine-data.js';

const TEXTS = [
  'Die Stadt Zittau kaufte 40 Laptops für 52.000 Euro.',
  'Im Landkreis Görlitz laufen 5G-Netze; Zittau plant 3 weitere.',
  'Laptops, Tablets und Drucker: Görlitz bestellt 120 Geräte.',
  'Ein Absatz ohne Zahl über das Rathaus.',
];

function own(texts: string[], vocabulary = new Set<string>()): TokenRuns {
  const runs = new TokenRuns(vocabulary);
  for (const text of texts) runs.add(text);
  return runs;
}

function content(runs: TokenRuns) {
  return { list: [...runs.list], runs: runs.runs.toArray(), offsets: runs.offsets.toArray() };
}

describe('foreign token runs', () => {
  it('renumber to the ids, runs and vocabulary the texts give here, whatever order the other thread saw them in', () => {
    const local = new LocalTokens();
    const table = new ForeignTokens();
    // The other thread tokenises in two batches and in another order than the corpus order here.
    const second = local.batch([TEXTS[2]!, TEXTS[3]!]);
    const first = local.batch([TEXTS[0]!, TEXTS[1]!]);
    table.append(second.fresh);
    table.append(first.fresh);
    const runOf = (batch: typeof first, i: number) => ({ table, ids: batch.ids.subarray(i === 0 ? 0 : batch.ends[i - 1], batch.ends[i]) });
    const vocabulary = new Set<string>();
    const runs = new TokenRuns(vocabulary);
    runs.addForeign(runOf(first, 0));
    runs.add(TEXTS[1]!); // a text changed after parsing is tokenised here, between foreign runs
    runs.addForeign(runOf(second, 0));
    runs.addForeign(runOf(second, 1));
    const expectedVocabulary = new Set<string>();
    const expected = own(TEXTS, expectedVocabulary);
    expect(content(runs)).toEqual(content(expected));
    expect([...vocabulary]).toEqual([...expectedVocabulary]);
    expect(second.fresh.length + first.fresh.length).toBe(new Set(TEXTS.flatMap(t => [...own([t]).list])).size);
  });
});
