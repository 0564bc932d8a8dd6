// The reader processes: a file over the time or memory limit ends its reader, is skipped with the limit named,
// and the files handed to that reader after it are read by the next one, in order.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFilesIsolated } from '../../src/io/parse-pool.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import * as hostile from '../helpers/hostile-files.js';
import { SEEDS_DIR, TEST_TODAY } from '../helpers/paths.js';

const seeds = readdirSync(SEEDS_DIR).sort().map(name => ({ name, bytes: readFileSync(path.join(SEEDS_DIR, name)) }));
const copies = (n: number) => Array.from({ length: n }, (_, i) => ({ ...seeds[i % seeds.length]!, name: `kopie-${i}.txt` }));

describe('reading files in reader processes', () => {
  it('skips a file that takes longer than the limit, and reads every file handed over after it', async () => {
    const files = [{ name: 'faecher.pdf', bytes: hostile.pdfFanOut() }, ...copies(40)];
    const outcomes = await readFilesIsolated(files, { today: TEST_TODAY, limits: { ...DEFAULT_INGEST_LIMITS, fileSeconds: 2 } });
    expect(outcomes.map(o => o.source)).toEqual(files.map(f => f.name));
    expect(outcomes[0]!.skipped).toBe('Datei übersprungen: Lesen dauerte länger als 2 s');
    expect(outcomes.slice(1).every(o => o.skipped === null && o.parsed.length === 1)).toBe(true);
  }, 60_000);

  it('skips a file whose reading needs more memory than the limit (a bomb the unpacked-bytes check let through)', async () => {
    const files = [{ name: 'bombe.pdf', bytes: await hostile.pdfFlateBomb(900 * (1 << 20)) }, ...copies(3)];
    const outcomes = await readFilesIsolated(files, { today: TEST_TODAY, limits: { ...DEFAULT_INGEST_LIMITS, memoryMb: 300, unpackedMb: 100_000 } });
    expect(outcomes[0]!.skipped).toBe('Datei übersprungen: Lesen brauchte mehr als 300 MB Arbeitsspeicher');
    expect(outcomes.slice(1).every(o => o.parsed.length === 1)).toBe(true);
  }, 60_000);

  it('blames a reader that fails or ends on the file it was reading, never the files handed over after it', async () => {
    const names = ['a.txt', 'wirft.txt', 'b.txt', 'c.txt', 'stirbt.txt', 'd.txt', 'e.txt'];
    const files = names.map(name => ({ name, bytes: new Uint8Array([0x61]) }));
    const outcomes = await readFilesIsolated(files, { today: TEST_TODAY, limits: DEFAULT_INGEST_LIMITS,
      readerModule: new URL('../helpers/faulty-reader.ts', import.meta.url) });
    expect(outcomes.map(o => [o.source, o.skipped ?? o.parsed[0]!.title])).toEqual([
      ['a.txt', 'a.txt'],
      ['wirft.txt', 'Datei übersprungen: das Lesen brach ab (Parser warf außerhalb)'],
      ['b.txt', 'b.txt'], ['c.txt', 'c.txt'],
      ['stirbt.txt', 'Datei übersprungen: das Lesen brach ab (Code 3)'],
      ['d.txt', 'd.txt'], ['e.txt', 'e.txt'],
    ]);
  });

  it('with two readers, gives the outcomes in file order', async () => {
    const files = copies(30);
    const outcomes = await readFilesIsolated(files, { today: TEST_TODAY, limits: DEFAULT_INGEST_LIMITS, processes: 2 });
    expect(outcomes.map(o => o.source)).toEqual(files.map(f => f.name));
  }, 60_000);
});
