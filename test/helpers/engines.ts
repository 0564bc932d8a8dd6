// Engines over the seed corpus and over seeds plus fixtures, built once per test file.
import { Engine } from '../../src/core/engine.js';
import { loadCorpusFolder } from '../../src/io/corpus-folder.js';
import { buildCorpus } from '../../src/core/ingest/build-corpus.js';
import { SEEDS_DIR, TEST_TODAY } from './paths.js';

export async function seedEngine(): Promise<Engine> {
  return Engine.fromCorpus(await loadCorpusFolder(SEEDS_DIR, { today: TEST_TODAY }));
}

/** An engine over articles given inline: file name → text (title line, blank line, paragraphs). */
export function textEngine(files: Record<string, string>): Engine {
  return Engine.fromCorpus(buildCorpus(Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
    { today: TEST_TODAY }));
}
