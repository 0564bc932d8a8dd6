// `npm run eval`: answers the question set over the seeds and fixtures and prints hit@1 and hit@3.
// `--exhaustive` searches without pruning and chooses the figure for every candidate (the reference); `--compare` runs both and counts the questions whose answers differ.
import { isDeepStrictEqual } from 'node:util';
import { evaluate } from '../test/eval/evaluate.js';
import { evalEngine } from '../test/eval/eval-corpus.js';
import { QUESTIONS } from '../test/eval/questions.js';
import { readOptions } from './script-options.js';

const options = readOptions(['exhaustive', 'compare'], 'Aufruf: npm run eval -- [--exhaustive] [--compare]');
const engine = await evalEngine();
const report = evaluate(engine, QUESTIONS, { exhaustive: options.on('exhaustive') });
for (const row of report.rows) {
  const mark = row.rank === 1 ? '✓' : row.rank ? `${row.rank}` : '✗';
  process.stdout.write(`${mark.padEnd(2)} ${row.question.q}\n   → ${row.got}\n`);
}
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
process.stdout.write(`\n${report.rows.length} Fragen · hit@1 ${pct(report.hitAt1)} · hit@3 ${pct(report.hitAt3)}\n`);
if (options.on('compare')) {
  const reference = evaluate(engine, QUESTIONS, { exhaustive: true });
  const differ = report.rows.filter((r, i) => !isDeepStrictEqual(r.result, reference.rows[i]!.result)).length;
  process.stdout.write(`Mit und ohne Pruning: ${report.rows.length - differ} von ${report.rows.length} Antworten gleich\n`);
  if (differ > 0) process.exitCode = 1;
}
