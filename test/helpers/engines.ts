// Engines over the seed corpus and over seeds plus fixtures, built once per test file.
import { Engine } from '../../src/core/engine.js';
import { loadCorpusFolder } from '../../src/io/corpus-folder.js';
import { SEEDS_DIR, TEST_TODAY } from './paths.js';

export async function seedEngine(): Promise<Engine> {
  return Engine.fromCorpus(await loadCorpusFolder(SEEDS_DIR, { today: TEST_TODAY }));
}
