import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { EngineHolder } from '../../src/engine-holder.js';
import { watchCorpus, type CorpusWatcher } from '../../src/io/corpus-watcher.js';
import { loadEngine } from '../../src/io/engine-loader.js';
import { TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { until } from '../helpers/until.js';

const temp = new TempDirs();

let corpusDir: string;
let cacheDir: string;
let watcher: CorpusWatcher | null = null;
beforeEach(async () => {
  corpusDir = await temp.withSeeds('live');
  cacheDir = await temp.empty('live-cache');
});
afterEach(async () => {
  watcher?.stop();
  await temp.removeAll();
});

const KIEL = 'Kiel:\nKiel digitalisiert das Bürgeramt\n\n\n[14.2.2022] Die Stadt Kiel hat zwölf Selbstbedienungsterminals aufgestellt.\n';

describe('the live corpus', () => {
  it('reflects new, changed and deleted files while queries keep running on a whole index', async () => {
    const options = { corpusDir, cacheDir, today: TEST_TODAY };
    const engines = new EngineHolder();
    engines.set((await loadEngine(options)).engine);
    const errors: Error[] = [];
    watcher = watchCorpus(options, { onEngine: e => engines.set(e), onError: e => errors.push(e) });

    // Queries run all the time; each must see one consistent index: an article count it had at its start.
    const seen = new Set<number>();
    let running = true;
    const queries = (async () => {
      while (running) {
        const engine: Engine = engines.current!;
        const before = engine.stats().articles;
        const r = engine.ask('Wie viele Selbstbedienungsterminals hat Kiel?');
        expect(engine.stats().articles).toBe(before);
        expect(r.answers.length === 0 || r.answers[0]!.article.city === 'Kiel').toBe(true);
        seen.add(before);
        await new Promise(res => setImmediate(res));
      }
    })();

    await writeFile(path.join(corpusDir, 'kiel.txt'), KIEL);
    await until(() => engines.current!.stats().articles === 5);
    expect(engines.current!.ask('Wie viele Selbstbedienungsterminals hat Kiel?').answers[0]?.answer?.value).toBe(12);

    await writeFile(path.join(corpusDir, 'kiel.txt'), KIEL.replace('zwölf', '15'));
    await until(() => engines.current!.ask('Wie viele Selbstbedienungsterminals hat Kiel?').answers[0]?.answer?.value === 15);

    await unlink(path.join(corpusDir, 'kiel.txt'));
    await until(() => engines.current!.stats().articles === 4);
    expect(engines.current!.ask('Wie viele Selbstbedienungsterminals hat Kiel?').answers).toEqual([]);

    running = false;
    await queries;
    expect([...seen].every(n => n === 4 || n === 5)).toBe(true);
    expect(errors).toEqual([]);
  }, 30000);

  it('keeps the old index when a rebuild fails', async () => {
    const engines = new EngineHolder();
    const first = (await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY })).engine;
    engines.set(first);
    const errors: Error[] = [];
    watcher = watchCorpus({ corpusDir, cacheDir }, { onEngine: e => engines.set(e), onError: e => errors.push(e) },
      async () => { throw new Error('Platte voll'); });
    await writeFile(path.join(corpusDir, 'neu.txt'), KIEL);
    await until(() => errors.length > 0);
    expect(errors[0]!.message).toBe('Platte voll');
    expect(engines.current).toBe(first);
  }, 15000);

  it('notices a folder moved away and replaced, says so, and follows the new folder', async () => {
    const { mkdir, rename } = await import('node:fs/promises');
    const notices: string[] = [];
    const engines: Engine[] = [];
    watcher = watchCorpus({ corpusDir, cacheDir, today: TEST_TODAY }, {
      onEngine: e => engines.push(e), onError: err => notices.push(`Fehler: ${err.message}`), onNotice: m => notices.push(m),
    }, loadEngine, 100);
    await rename(corpusDir, `${corpusDir}-alt`);
    await until(() => notices.some(n => n.includes('ist nicht mehr da')));
    await mkdir(corpusDir);
    await writeFile(path.join(corpusDir, 'kiel.txt'), KIEL);
    await until(() => engines.length > 0 && engines.at(-1)!.stats().articles === 1);
    expect(notices).toEqual([
      `Der Korpusordner „${corpusDir}“ ist nicht mehr da; der bisherige Index bleibt aktiv, bis er wieder da ist.`,
      `Der Korpusordner „${corpusDir}“ ist wieder da; er wird eingelesen und beobachtet.`,
    ]);
    // The new folder is watched: a further file in it is picked up.
    await writeFile(path.join(corpusDir, 'kiel2.txt'), KIEL.replace('zwölf', 'zwanzig').replace('Kiel digitalisiert', 'Kiel erweitert'));
    await until(() => engines.at(-1)!.stats().articles === 2);
    const { rm } = await import('node:fs/promises');
    await rm(`${corpusDir}-alt`, { recursive: true, force: true });
  });
});
