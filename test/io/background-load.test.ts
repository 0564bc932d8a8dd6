// Building the index in a worker: the thread that answers stays responsive, and the engine handed over answers
// exactly like one built in place.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngineInBackground } from '../../src/io/background-load.js';
import { loadEngine } from '../../src/io/engine-loader.js';
import { UserError } from '../../src/core/errors.js';
import { TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';

const dirs = new TempDirs();
let corpusDir: string;
const TOWNS = ['Kiel', 'Ulm', 'Jena', 'Trier', 'Gera', 'Fulda', 'Passau', 'Celle'];

beforeAll(async () => {
  // A corpus large enough that building it takes a noticeable while: 1,500 articles of eight paragraphs.
  corpusDir = await dirs.withSeeds('background');
  await mkdir(corpusDir, { recursive: true });
  for (let i = 0; i < 1500; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const paragraphs = Array.from({ length: 8 }, (_, k) => `Die Stadt ${town} hat im Jahr ${2010 + (i % 14)} insgesamt ${100 + i * 7 + k} neue Geräte `
      + `für Schule Nummer ${k} beschafft und ${i % 50 + k} Beschäftigte in Sitzung ${i} geschult. Das Projekt ${i}-${k} kostete ${1000 + i * 13 + k} Euro.`);
    await writeFile(path.join(corpusDir, `gen_${i}.txt`), `${town}:\nMeldung ${i} aus ${town}\n\n\n[${1 + (i % 28)}.${1 + (i % 12)}.2020] ${paragraphs.join('\n\n')}\n`);
  }
});
afterAll(() => dirs.removeAll());

describe('loading in the background', () => {
  it('keeps the calling thread responsive and hands over an engine that answers like one built in place', async () => {
    const cacheDir = await dirs.empty('background-cache');
    let worst = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const loaded = await loadEngineInBackground({ corpusDir, cacheDir, today: TEST_TODAY });
    const took = performance.now() - started;
    clearInterval(tick);
    expect(loaded).toMatchObject({ from: 'build', reason: 'noch kein Index im Cache' });
    // The handover itself (reading the snapshot back into an engine) is the only work on this thread.
    expect(worst, `längste Pause ${Math.round(worst)} ms bei ${Math.round(took)} ms Aufbau`).toBeLessThan(Math.max(400, took / 4));
    const inPlace = await loadEngine({ corpusDir, cacheDir: await dirs.empty('inplace-cache'), today: TEST_TODAY });
    for (const q of ['wie viele VPN-Zugänge Stuttgart', 'Wie viele Geräte hat Jena 2015 beschafft?', 'Wie viel kostete das Projekt 77-3?']) {
      expect(loaded.engine.ask(q)).toEqual(inPlace.engine.ask(q));
    }
  }, 120_000);

  it('passes a user mistake through as one', async () => {
    await expect(loadEngineInBackground({ corpusDir: path.join(corpusDir, 'fehlt') })).rejects.toBeInstanceOf(UserError);
  });
});
