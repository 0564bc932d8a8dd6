import { isAscii } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/core/persist/snapshot.js';
import type { Engine } from '../../src/core/engine.js';
import { CacheDamage } from '../../src/io/cache-damage.js';
import { engineFromSnapshot } from '../../src/io/engine-loader.js';
import { readSnapshot, writeSnapshot } from '../../src/io/index-cache.js';
import { LazyText, TEXT_CHUNK_BYTES } from '../../src/io/lazy-text.js';
import { seedEngine, textEngine } from '../helpers/engines.js';

const QUESTION = 'wie viele VPN-Zugänge Stuttgart';

/** Where the postings' document ids and the paragraphs' term sequences start in a cache file (from its own blob directory). */
function blobPlaces(bytes: Buffer): { docs: number; terms: number } {
  const lead = 'AMTSBOTE-IDX-4\n'.length;
  const length = bytes.readUInt32LE(lead);
  const headerEnd = lead + 4 + 32 + length;
  const header = JSON.parse(bytes.toString('utf8', lead + 4 + 32, headerEnd)) as { blobs: { name: string; offset: number }[] };
  const base = headerEnd + ((8 - (headerEnd % 8)) % 8);
  const at = (name: string) => base + header.blobs.find(b => b.name === name)!.offset;
  return { docs: at('index.docs'), terms: at('terms.paragraphs.bytes') };
}

describe('a large cache read on demand: paragraph text and postings left in the file', () => {
  let dir: string;
  let file: string;
  let built: Engine;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'amtsbote-lazy-'));
    file = path.join(dir, 'index.bin');
    built = await seedEngine();
    await writeSnapshot(file, toSnapshot(built.data, 'seeds', new Date('2026-11-30T00:00:00Z')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers exactly as the engine whose text is in memory', async () => {
    const snapshot = await readSnapshot(file, { lazyTextFrom: 0 });
    expect(snapshot.text).toBeInstanceOf(LazyText);
    expect(snapshot.blobs['store.text']).toBeUndefined();
    expect(snapshot.postings).toBeDefined();
    expect(snapshot.blobs['index.docs']).toBeUndefined();
    expect(snapshot.paragraphTerms).toBeInstanceOf(LazyText);
    expect(snapshot.blobs['terms.paragraphs.bytes']).toBeUndefined();
    const lazy = engineFromSnapshot(snapshot);
    expect(lazy.ask(QUESTION)).toEqual(built.ask(QUESTION));
    expect(lazy.city('Osnabrück')).toEqual(built.city('Osnabrück'));
    // The header is written as ASCII (umlauts escaped), which decodes fast; it still reads back as written.
    const bytes = readFileSync(file);
    const headerStart = 'AMTSBOTE-IDX-4\n'.length + 4 + 32;
    expect(isAscii(bytes.subarray(headerStart, headerStart + bytes.readUInt32LE(headerStart - 36)))).toBe(true);
    expect(lazy.articles.map(a => a.title)).toEqual(built.articles.map(a => a.title));
    const store = lazy.data.store;
    for (let id = 0; id < store.count; id++) expect(store.text(id)).toBe(built.data.store.text(id));
  });

  it('stays in memory when the text is smaller than the threshold, or nothing is asked', async () => {
    expect((await readSnapshot(file, { lazyTextFrom: 1 << 30 })).text).toBeUndefined();
    expect((await readSnapshot(file)).text).toBeUndefined();
  });

  it('never answers from a damaged chunk: the read fails, and the damage is reported once', async () => {
    const bytes = readFileSync(file);
    const at = bytes.lastIndexOf(Buffer.from('5.800 Zugänge'));
    expect(at).toBeGreaterThan(0);
    bytes[at] = '9'.charCodeAt(0);
    const damaged = path.join(dir, 'damaged.bin');
    writeFileSync(damaged, bytes);
    const reasons: string[] = [];
    const engine = engineFromSnapshot(await readSnapshot(damaged, { lazyTextFrom: 0, onDamage: r => reasons.push(r) }));
    expect(() => engine.ask(QUESTION)).toThrow(CacheDamage);
    expect(() => engine.ask(QUESTION)).toThrow(/Prüfsumme von „store.text“ \(Stück \d+ von \d+\) stimmt nicht/);
    expect(reasons).toHaveLength(1);
    // Read whole, as before, the same file is refused at once.
    await expect(readSnapshot(damaged)).rejects.toThrow(CacheDamage);
  });

  it('never searches damaged postings: the search fails, and the damage is reported once', async () => {
    const bytes = readFileSync(file);
    const { docs } = blobPlaces(bytes);
    bytes[docs + 1] = bytes[docs + 1]! ^ 0xff;
    const damaged = path.join(dir, 'damaged-postings.bin');
    writeFileSync(damaged, bytes);
    const reasons: string[] = [];
    const engine = engineFromSnapshot(await readSnapshot(damaged, { lazyTextFrom: 0, onDamage: r => reasons.push(r) }));
    expect(() => engine.ask(QUESTION)).toThrow(/Prüfsumme von „index.docs“ \(Stück 1 von 1\) stimmt nicht/);
    expect(() => engine.ask(QUESTION)).toThrow(CacheDamage);
    expect(reasons).toHaveLength(1);
    await expect(readSnapshot(damaged)).rejects.toThrow(CacheDamage);
  });

  it('never reads a candidate from damaged term sequences: the answer fails, and the damage is reported once', async () => {
    const bytes = readFileSync(file);
    const { terms } = blobPlaces(bytes);
    bytes[terms] = bytes[terms]! ^ 0x55;
    const damaged = path.join(dir, 'damaged-terms.bin');
    writeFileSync(damaged, bytes);
    const reasons: string[] = [];
    const engine = engineFromSnapshot(await readSnapshot(damaged, { lazyTextFrom: 0, onDamage: r => reasons.push(r) }));
    expect(() => engine.ask(QUESTION)).toThrow(/Prüfsumme von „terms.paragraphs.bytes“ \(Stück 1 von \d+\) stimmt nicht/);
    expect(() => engine.ask(QUESTION)).toThrow(CacheDamage);
    expect(reasons).toHaveLength(1);
    await expect(readSnapshot(damaged)).rejects.toThrow(CacheDamage);
  });

  it('reads across chunk borders, paragraph by paragraph, the same bytes as in memory', async () => {
    // About 60 KB of text: four chunks.
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, a) => [`artikel-${a}.txt`,
      `Meldung ${a} aus Kiel\n\n${Array.from({ length: 6 }, (_, p) => `Absatz ${p} der Meldung ${a}: ${'Die Verwaltung digitalisiert weitere Fachverfahren. '.repeat(6)}`).join('\n\n')}`]));
    const big = textEngine(files);
    const bigFile = path.join(dir, 'big.bin');
    await writeSnapshot(bigFile, toSnapshot(big.data, 'big', new Date('2026-11-30T00:00:00Z')));
    const snapshot = await readSnapshot(bigFile, { lazyTextFrom: 0 });
    const text = snapshot.text!;
    const whole = big.data.store.arrays.text as Uint8Array;
    expect(whole.length).toBeGreaterThan(3 * TEXT_CHUNK_BYTES);
    expect(text.length).toBe(whole.length);
    const from = TEXT_CHUNK_BYTES - 5;
    expect([...text.subarray(from, from + 10)]).toEqual([...whole.subarray(from, from + 10)]);
    const lazy = engineFromSnapshot(snapshot);
    for (let id = 0; id < big.data.store.count; id++) expect(lazy.data.store.text(id)).toBe(big.data.store.text(id));
    expect([...text.subarray(0, text.length)]).toEqual([...whole]);
  });

  it('is written again whole when a cache read this way is written (new folder times)', async () => {
    const snapshot = await readSnapshot(file, { lazyTextFrom: 0 });
    const again = path.join(dir, 'again.bin');
    await writeSnapshot(again, snapshot);
    const eager = await readSnapshot(again);
    expect(engineFromSnapshot(eager).ask(QUESTION)).toEqual(built.ask(QUESTION));
  });
});
