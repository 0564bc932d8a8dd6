// `npm run eval`: answers the question set over the seeds and fixtures and prints hit@1 and hit@3.
import { evaluate } from '../test/eval/evaluate.js';
import { evalEngine } from '../test/eval/eval-corpus.js';

const report = evaluate(await evalEngine());
for (const row of report.rows) {
  const mark = row.rank === 1 ? '✓' : row.rank ? `${row.rank}` : '✗';
  process.stdout.write(`${mark.padEnd(2)} ${row.question.q}\n   → ${row.got}\n`);
}
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
process.stdout.write(`\n${report.rows.length} Fragen · hit@1 ${pct(report.hitAt1)} · hit@3 ${pct(report.hitAt3)}\n`);
