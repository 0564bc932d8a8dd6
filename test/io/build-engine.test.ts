// Building with workers: the sentences and figures computed in batches by several threads are exactly those
// one thread computes, in paragraph order.
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/io/build-engine.js';
import { FactsStream } from '../../src/io/facts-stream.js';
import { paragraphFacts } from '../../src/core/search/paragraph-facts.js';
import { Engine } from '../../src/core/engine.js';
import { buildCorpus } from '../../src/core/ingest/build-corpus.js';
import { TEST_TODAY } from '../helpers/paths.js';
import { toSnapshot } from '../../src/core/persist/snapshot.js';
import { TokenRuns } from '../../src/core/answer/engine-data.js';

const TOWNS = ['Husum', 'Brilon', 'Zittau', 'Bingen', 'Lahr'];

function files() {
  return Array.from({ length: 400 }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const paragraphs = Array.from({ length: 6 }, (_, k) => `Die Stadt ${town} hat ${20 + i * 3 + k} Laptops gekauft. `
      + `Sie kosteten rund ${1000 + i * 11 + k} Euro, ${k + 1} Prozent mehr als geplant.`);
    return { name: `m_${i}.txt`, bytes: new TextEncoder().encode(`${town}:\nMeldung ${i}\n\n\n[${1 + (i % 28)}.3.2022] ${paragraphs.join('\n\n')}\n`) };
  });
}

const corpus = () => buildCorpus(files(), { today: TEST_TODAY });

describe('buildEngine with workers', () => {
  it('gives every paragraph the sentences and figures one thread gives it, in order', async () => {
    const alone = Engine.fromCorpus(corpus());
    // Three threads (two workers) however many cores this machine has; batches of 500 paragraphs.
    for (const helps of [false, true]) {
      // Without this thread's help every batch comes from a worker.
      const shared = await buildEngine(corpus(), { parallelFrom: 0, threads: 3, helps });
      const store = shared.data.store;
      expect(store.count).toBe(alone.data.store.count);
      expect(store.count).toBeGreaterThan(2000);
      for (let id = 0; id < store.count; id++) expect(store.get(id)).toEqual(alone.data.store.get(id));
      expect(shared.ask('Wie viele Laptops hat Zittau gekauft?')).toEqual(alone.ask('Wie viele Laptops hat Zittau gekauft?'));
    }
  }, 60_000);

  it('uses the facts workers computed while the files were parsed, and computes what changed after parsing', async () => {
    const alone = Engine.fromCorpus(corpus());
    const stream = new FactsStream(2);
    const streamed = buildCorpus(files(), { today: TEST_TODAY, onParsed: texts => stream.add(texts) });
    const built = await buildEngine(streamed, { parallelFrom: 0, threads: 2, stream, helps: false });
    for (let id = 0; id < built.data.store.count; id++) expect(built.data.store.get(id)).toEqual(alone.data.store.get(id));
  }, 60_000);

  it('builds the same index from tokens the workers computed while the files were parsed as from its own', async () => {
    const alone = Engine.fromCorpus(corpus());
    const stream = new FactsStream(2, { tokens: true });
    expect(stream.tokenises).toBe(true);
    // One file changes after parsing: its paragraphs are tokenised here, the others come from the worker.
    const streamed = buildCorpus(files(), { today: TEST_TODAY, onParsed: texts => stream.add(texts) });
    const changed = streamed.articles[3]!.paragraphs[0]!;
    changed.text = `${changed.text} Neu: 12 Drucker in Zittau.`;
    const built = await buildEngine(streamed, { parallelFrom: 0, threads: 2, stream, helps: false });
    const reference = corpus();
    reference.articles[3]!.paragraphs[0]!.text = changed.text;
    const expected = Engine.fromCorpus(reference);
    const blobs = (e: Engine) => toSnapshot(e.data, 'x', new Date(0)).blobs;
    expect(blobs(built)).toEqual(blobs(expected));
    expect(blobs(built)).not.toEqual(blobs(alone));
    expect(built.ask('Wie viele Drucker hat Zittau?')).toEqual(expected.ask('Wie viele Drucker hat Zittau?'));
  }, 60_000);
});

describe('FactsStream', () => {
  it('gives the facts of the final texts in order: streamed ones from the workers, others computed at the end', async () => {
    const texts = Array.from({ length: 1200 }, (_, i) => `Der Kreis kaufte ${i} Tablets. Das kostete ${i * 3} Euro.`);
    const stream = new FactsStream(3);
    stream.add(texts.slice(0, 700));
    stream.add(texts.slice(600)); // overlapping: each text is handed over once
    const final = [...texts.slice(0, 5), 'Nach dem Zerlegen geändert: 7 Server.', ...texts.slice(1195)];
    expect(await stream.collect(final, { help: false })).toEqual(final.map(paragraphFacts));
  }, 60_000);

  it('neither hangs nor loses a text when its worker dies: what the worker did not deliver is computed here', async () => {
    const texts = Array.from({ length: 1500 }, (_, i) => `Die Gemeinde bestellte ${i} Router für ${i * 7} Euro.`);
    const stream = new FactsStream(2, { tokens: true });
    stream.add(texts);
    stream.close(); // the worker is gone, whatever it had done by now
    const runs = await stream.tokenRuns(texts);
    expect(runs).toHaveLength(texts.length);
    expect(await stream.collect(texts)).toEqual(texts.map(paragraphFacts));
    // A worker that died before the texts came is sent none (and nobody waits for its tokens).
    const early = new FactsStream(2, { tokens: true });
    early.close();
    await new Promise(resolve => setTimeout(resolve, 200));
    early.add(texts.slice(0, 700));
    expect((await early.tokenRuns(texts.slice(0, 700))).every(run => run === undefined)).toBe(true);
    expect(await early.collect(texts.slice(0, 700))).toEqual(texts.slice(0, 700).map(paragraphFacts));
  }, 60_000);

  it('hands over the tokens of streamed texts when asked to, and leaves texts it never saw to the caller', async () => {
    const texts = Array.from({ length: 1200 }, (_, i) => `Der Kreis kaufte ${i} Tablets für ${i * 3} Euro.`);
    const stream = new FactsStream(2, { tokens: true });
    stream.add(texts);
    const final = [texts[7]!, 'Nach dem Zerlegen geändert: 7 Server.', texts[1100]!];
    const runs = await stream.tokenRuns(final);
    expect(await stream.collect(final, { help: false })).toEqual(final.map(paragraphFacts));
    expect(runs[1]).toBeUndefined();
    const runsHere = new TokenRuns(new Set());
    const ownRuns = new TokenRuns(new Set());
    for (const [i, text] of final.entries()) {
      const run = runs[i];
      if (i !== 1) expect(run).toBeDefined();
      if (run) runsHere.addForeign(run);
      else runsHere.add(text);
      ownRuns.add(text);
    }
    expect([...runsHere.list]).toEqual([...ownRuns.list]);
    expect(runsHere.runs.toArray()).toEqual(ownRuns.runs.toArray());
  }, 60_000);
});
