import { execFile } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileFor, loadEngine, loadFromCacheQuickly } from '../../src/io/engine-loader.js';
import { CacheDamage } from '../../src/io/cache-damage.js';
import { TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { TSX } from '../helpers/bot-process.js';
import { toSnapshot } from '../../src/core/persist/snapshot.js';

const run = promisify(execFile);

const temp = new TempDirs();

let corpusDir: string;
let cacheDir: string;
beforeEach(async () => {
  corpusDir = await temp.withSeeds('corpus');
  cacheDir = await temp.empty('cache');
});
afterEach(() => temp.removeAll());

const load = (force = false) => loadEngine({ corpusDir, cacheDir, force, today: TEST_TODAY });

describe('the persisted index', () => {
  it('is built and written on first use, then loaded when it matches the corpus', async () => {
    const first = await load();
    expect(first).toMatchObject({ from: 'build', reason: 'noch kein Index im Cache', cacheError: null });
    expect(first.persistedBytes).toBeGreaterThan(1000);
    const second = await load();
    expect(second).toMatchObject({ from: 'cache', reason: null });
    const question = 'wie viele VPN-Zugänge Stuttgart';
    expect(second.engine.ask(question)).toEqual(first.engine.ask(question));
    expect(second.engine.city('Osnabrück')).toEqual(first.engine.city('Osnabrück'));
    expect(second.engine.latest()).toEqual(first.engine.latest());
    expect(second.engine.stats()).toEqual(first.engine.stats());
    expect(second.engine.article(0)).toEqual(first.engine.article(0));
  });

  it('keeps the order for finding compounds by their head, so that no start has to sort every term', async () => {
    const built = (await load()).engine.data.index;
    const cached = (await load()).engine.data.index;
    expect(cached.arrays.byEnding).toBeInstanceOf(Uint32Array);
    expect([...cached.endingOrder()]).toEqual([...built.endingOrder()]);
    const head = built.arrays.terms.find(t => t.length > 6 && built.endingWith(t.slice(-5)).length > 0)!.slice(-5);
    expect(cached.endingWith(head)).toEqual(built.endingWith(head));
  });

  it('is rebuilt, saying why, when the corpus changes or the cache is damaged', async () => {
    await load();
    await writeFile(path.join(corpusDir, 'neu.txt'), 'Kiel:\nNeue Meldung\n\n\n[1.2.2023] Kiel baut aus. Die Stadt Kiel investiert 2 Millionen Euro.\n');
    const changed = await load();
    expect(changed).toMatchObject({ from: 'build', reason: 'der Korpus hat sich geändert' });
    expect(changed.engine.ask('Wie viel investiert Kiel?').answers[0]?.answer?.text).toBe('2 Millionen Euro');
    await writeFile(await cacheFileFor(corpusDir, cacheDir), 'kaputt');
    expect(await load()).toMatchObject({ from: 'build', reason: 'Cache beschädigt (Datei ist abgeschnitten)' });
    expect((await load(true)).reason).toBe('Neubau angefordert');
  });

  it('builds the same index with workers reading the files as they are parsed, and drops them when the cache fits after all', async () => {
    const alone = await loadEngine({ corpusDir, cacheDir: await temp.empty('alone'), today: TEST_TODAY, streamFromBytes: Infinity });
    // Workers start on any folder here (by default only from 8 MB of files on).
    const streamed = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY, streamFromBytes: 0 });
    expect(streamed.from).toBe('build');
    const blobs = (e: typeof alone.engine) => toSnapshot(e.data, 'x', new Date(0)).blobs;
    expect(blobs(streamed.engine)).toEqual(blobs(alone.engine));
    // New times, same bytes: the workers started for the listing are stopped and the cache is used.
    const later = new Date(Date.now() + 60_000);
    for (const name of await readdir(corpusDir)) await utimes(path.join(corpusDir, name), later, later);
    const touched = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY, streamFromBytes: 0 });
    expect(touched.from).toBe('cache');
    expect(touched.engine.ask('wie viele VPN-Zugänge Stuttgart')).toEqual(alone.engine.ask('wie viele VPN-Zugänge Stuttgart'));
  }, 60_000);

  it('still answers when the cache cannot be written, and says so', async () => {
    await writeFile(path.join(cacheDir, 'blockiert'), 'x');
    const loaded = await loadEngine({ corpusDir, cacheDir: path.join(cacheDir, 'blockiert'), today: TEST_TODAY });
    expect(loaded.from).toBe('build');
    expect(loaded.cacheError).toMatch(/^Cache konnte nicht geschrieben werden/);
    expect(loaded.engine.ask('wie viele VPN-Zugänge Stuttgart').answers[0]?.answer?.text).toBe('5.800 Zugänge');
  });
});

describe('writing the cache', () => {
  it('leaves no temporary file behind when the write fails', async () => {
    const { writeSnapshot } = await import('../../src/io/index-cache.js');
    const { toSnapshot } = await import('../../src/core/persist/snapshot.js');
    const { mkdir, readdir } = await import('node:fs/promises');
    const loaded = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY });
    const dir = path.join(cacheDir, 'voll');
    // The final name is taken by a folder with content: the rename fails, as a full disk would fail a write.
    await mkdir(path.join(dir, 'index.bin', 'belegt'), { recursive: true });
    await expect(writeSnapshot(path.join(dir, 'index.bin'), toSnapshot(loaded.engine.data, 'x', new Date()))).rejects.toThrow();
    expect((await readdir(dir)).filter(f => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the limits files are read within', () => {
  it('rebuild the index when they change, saying so, and the cache fits again under the new ones', async () => {
    const dir = await temp.withSeeds('grenzen');
    const cache = await temp.empty('grenzen-cache');
    const { DEFAULT_INGEST_LIMITS } = await import('../../src/core/ingest/limits.js');
    const limits = { ...DEFAULT_INGEST_LIMITS, fileSeconds: 5 };
    expect((await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY })).from).toBe('build');
    expect(await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY, limits }))
      .toMatchObject({ from: 'build', reason: 'andere Grenzen für das Einlesen (INGEST_…)' });
    expect(await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY, limits })).toMatchObject({ from: 'cache', reason: null });
  });
});

describe('the fast path from the cache', () => {
  it('reads no file when the folder looks as it did; a touched file with the same bytes still uses the cache', async () => {
    const { utimes, readdir } = await import('node:fs/promises');
    const dir = await temp.withSeeds('fingerprint');
    const cache = await temp.empty('fingerprint-cache');
    expect((await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY })).from).toBe('build');
    expect(await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY })).toMatchObject({ from: 'cache', reason: null });
    const first = (await readdir(dir))[0]!;
    await utimes(path.join(dir, first), new Date(), new Date('2030-01-01'));
    const touched = await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY });
    expect(touched).toMatchObject({ from: 'cache', reason: null });
    expect(touched.engine.ask('wie viele VPN-Zugänge Stuttgart').answers[0]?.answer?.text).toBe('5.800 Zugänge');
    // The cache now knows the new times: its header carries the folder's current fingerprint.
    const { readSnapshotHeader } = await import('../../src/io/index-cache.js');
    const { cacheFileFor, folderKey } = await import('../../src/io/engine-loader.js');
    expect((await readSnapshotHeader(await cacheFileFor(dir, cache))).folderFingerprint).toBe(await folderKey(dir));
  });
});

describe('the quick start from the cache', () => {
  it('gives the engine only when the folder looks as the cache saw it, else null', async () => {
    const { loadFromCacheQuickly } = await import('../../src/io/engine-loader.js');
    const dir = await temp.withSeeds('quick');
    const cache = await temp.empty('quick-cache');
    expect(await loadFromCacheQuickly({ corpusDir: dir, cacheDir: cache })).toBeNull();
    await loadEngine({ corpusDir: dir, cacheDir: cache, today: TEST_TODAY });
    const quick = await loadFromCacheQuickly({ corpusDir: dir, cacheDir: cache });
    expect(quick?.engine.ask('wie viele VPN-Zugänge Stuttgart').answers[0]?.answer?.text).toBe('5.800 Zugänge');
    await writeFile(path.join(dir, 'neu.txt'), 'Kiel:\nNeu\n\n\n[1.2.2023] Kiel baut aus.\n');
    expect(await loadFromCacheQuickly({ corpusDir: dir, cacheDir: cache })).toBeNull();
  });

  it('of a large corpus leaves its text in the file, and reports a chunk found damaged when it is read', async () => {
    const built = await load();
    const question = 'wie viele VPN-Zugänge Stuttgart';
    const reasons: string[] = [];
    // As if the text were large: every cache qualifies.
    const quick = await loadFromCacheQuickly({ corpusDir, cacheDir, lazyTextFrom: 0, onCacheDamage: r => reasons.push(r) });
    expect(quick?.engine.ask(question)).toEqual(built.engine.ask(question));
    const file = await cacheFileFor(corpusDir, cacheDir);
    const bytes = await readFile(file);
    bytes[bytes.lastIndexOf(Buffer.from('5.800 Zugänge'))] = '9'.charCodeAt(0);
    await writeFile(file, bytes);
    const damaged = await loadFromCacheQuickly({ corpusDir, cacheDir, lazyTextFrom: 0, onCacheDamage: r => reasons.push(r) });
    expect(damaged).not.toBeNull();
    expect(() => damaged!.engine.ask(question)).toThrow(CacheDamage);
    expect(reasons).toEqual([expect.stringContaining('Prüfsumme von „store.text“')]);
    // Loaded the ordinary way, the damage is found at once and the index rebuilt.
    expect(await load()).toMatchObject({ from: 'build', reason: expect.stringContaining('Cache beschädigt') });
  });

  it('of a large corpus leaves its article records in the file too, and refuses a damaged one when it is read', async () => {
    await load();
    const question = 'wie viele VPN-Zugänge Stuttgart';
    const file = await cacheFileFor(corpusDir, cacheDir);
    const bytes = await readFile(file);
    // The title stands in the article's record (paragraph text does not hold it).
    const at = bytes.lastIndexOf(Buffer.from('"title":"Stadt baut mobiles Arbeiten'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 10] = 'X'.charCodeAt(0);
    await writeFile(file, bytes);
    const reasons: string[] = [];
    const damaged = await loadFromCacheQuickly({ corpusDir, cacheDir, lazyTextFrom: 0, onCacheDamage: r => reasons.push(r) });
    expect(damaged).not.toBeNull();
    expect(() => damaged!.engine.ask(question)).toThrow(CacheDamage);
    expect(reasons).toEqual([expect.stringContaining('Prüfsumme von „articles.records“')]);
  });

  it('answers without loading the wink-nlp model, which only building needs (about 0.3 s of every start)', async () => {
    await load();
    // A fresh process: the model must not be loaded by importing the engine or by answering from the cache.
    const script = `
      const { loadFromCacheQuickly } = await import(${JSON.stringify(pathToFileURL(path.resolve('src/io/engine-loader.ts')).href)});
      const quick = await loadFromCacheQuickly({ corpusDir: ${JSON.stringify(corpusDir)}, cacheDir: ${JSON.stringify(cacheDir)} });
      const answer = quick.engine.ask('wie viele VPN-Zugänge Stuttgart').answers[0].answer.text;
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache).some(k => k.includes('wink-eng-lite-web-model'));
      process.stdout.write(JSON.stringify({ answer, loaded }));`;
    const { stdout } = await run(process.execPath, ['--import', TSX, '--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ answer: '5.800 Zugänge', loaded: false });
  });
});
