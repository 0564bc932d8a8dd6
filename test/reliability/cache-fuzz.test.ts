// A damaged cache never gives a wrong answer and never crashes: random bytes (1–64, anywhere) of a valid cache
// file are flipped, then the seed questions are asked; every run either rebuilds or reads an intact cache, and
// answers exactly as a clean index does.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileFor, loadEngine } from '../../src/io/engine-loader.js';
import type { Engine } from '../../src/core/engine.js';
import { TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { SIZES } from './stress.js';

const QUESTIONS = ['wie viele VPN-Zugänge Stuttgart', 'Wie viele zusätzliche Server beschafft Frankfurt?',
  'Welche Ziele hat die IT-Strategie von Osnabrück?', 'Wann wurde die Stabsstelle umbenannt?'];

const dirs = new TempDirs();
let corpusDir: string;
let cacheDir: string;
let cacheFile: string;
let clean: Buffer;
let expected: string[];

const answersOf = (engine: Engine) => QUESTIONS.map(q => {
  const a = engine.ask(q).answers[0];
  return a ? `${a.answer?.text ?? ''} | ${a.sentence} | ${a.article.source}` : 'keine Antwort';
});

/** A small deterministic PRNG, so that a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  corpusDir = await dirs.withSeeds('fuzz');
  cacheDir = path.join(await dirs.empty('fuzz-cache'), 'cache');
  const first = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY });
  expected = answersOf(first.engine);
  cacheFile = await cacheFileFor(corpusDir, cacheDir);
  clean = await readFile(cacheFile);
});
afterAll(() => dirs.removeAll());

describe('a damaged cache', () => {
  it(`is detected or harmless in every one of ${SIZES.cacheFuzzRuns} runs of random flipped bytes`, async () => {
    const rnd = random(20261129);
    let rebuilt = 0;
    for (let run = 0; run < SIZES.cacheFuzzRuns; run++) {
      const damaged = Buffer.from(clean);
      const flips = 1 + Math.floor(rnd() * 64);
      for (let i = 0; i < flips; i++) {
        const at = Math.floor(rnd() * damaged.length);
        damaged[at] = damaged[at]! ^ (1 + Math.floor(rnd() * 255));
      }
      await writeFile(cacheFile, damaged);
      const loaded = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY });
      if (loaded.from === 'build') {
        rebuilt++;
        expect(loaded.reason, `Lauf ${run}`).toMatch(/^Cache (beschädigt|unlesbar)|^Cache-Format|^Analyzer-Version|^der Korpus hat sich geändert/);
      }
      expect(answersOf(loaded.engine), `Lauf ${run}, ${flips} Bytes`).toEqual(expected);
    }
    // Almost every flip lands in checked bytes; only alignment padding is not read at all.
    expect(rebuilt).toBeGreaterThan(SIZES.cacheFuzzRuns * 0.9);
  }, 600_000);

  it('with a flipped bit in the header length is rebuilt, not a crash', async () => {
    const damaged = Buffer.from(clean);
    damaged[15 + 3] = damaged[15 + 3]! ^ 0x40; // the high byte of the header length
    await writeFile(cacheFile, damaged);
    const loaded = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY });
    expect(loaded).toMatchObject({ from: 'build', reason: 'Cache beschädigt (Länge des Kopfs ist unmöglich)' });
  });

  it('with a changed digit in the text block is rebuilt, and never quotes the changed text', async () => {
    const at = clean.indexOf(Buffer.from('5.800 Zugänge'));
    expect(at).toBeGreaterThan(0);
    const damaged = Buffer.from(clean);
    damaged[at] = '9'.charCodeAt(0);
    await writeFile(cacheFile, damaged);
    const loaded = await loadEngine({ corpusDir, cacheDir, today: TEST_TODAY });
    expect(loaded.reason).toMatch(/^Cache beschädigt \(Prüfsumme von „store\./);
    expect(loaded.engine.ask('wie viele VPN-Zugänge Stuttgart').answers[0]!.answer!.text).toBe('5.800 Zugänge');
  });
});
