// Child process of `bench:ingest`: the path a user takes, from process start to the first answer – reading the
// corpus folder, then the cache when it fits, else parsing and indexing the files. Prints time and peak RSS.
import { loadEngine } from '../src/io/engine-loader.js';

const [corpusDir, cacheDir, question] = process.argv.slice(2) as [string, string, string];
const loaded = await loadEngine({ corpusDir, cacheDir, today: { year: 2026, month: 11, day: 23 } });
loaded.engine.ask(question);
process.stdout.write(JSON.stringify({ ms: Math.round(performance.now()), from: loaded.from,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
