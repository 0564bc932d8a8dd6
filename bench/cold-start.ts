// Child process of the benchmark: loads a persisted index and answers one question; prints the time
// from process start until the answer was ready.
import { engineFromSnapshot } from '../src/io/engine-loader.js';
import { LAZY_TEXT_FROM, readSnapshot } from '../src/io/index-cache.js';

const [file, question] = process.argv.slice(2) as [string, string];
const snapshot = await readSnapshot(file, { lazyTextFrom: LAZY_TEXT_FROM }); // as the bot and the terminal load it
const engine = engineFromSnapshot(snapshot);
engine.ask(question);
process.stdout.write(JSON.stringify({ coldStartMs: Math.round(performance.now()), rssMB: Math.round(process.memoryUsage().rss / 1e6) }));
