// The evaluation corpus: the seeds plus our own fixture articles, read as one folder would be.
import { readCorpusFolder } from '../../src/io/corpus-folder.js';
import { buildCorpus } from '../../src/core/ingest/build-corpus.js';
import { Engine } from '../../src/core/engine.js';
import { FIXTURES_DIR, SEEDS_DIR, TEST_TODAY } from '../helpers/paths.js';

export async function evalEngine(): Promise<Engine> {
  const seeds = await readCorpusFolder(SEEDS_DIR);
  const fixtures = await readCorpusFolder(FIXTURES_DIR);
  return Engine.fromCorpus(buildCorpus([...seeds.files, ...fixtures.files], { today: TEST_TODAY }));
}
