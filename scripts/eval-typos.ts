// `npm run eval:typos`: the question set with one typo injected per question (swap, drop, double, umlaut in the
// longest content word); prints each question with its correction and whether the first answer stayed the same.
import { evalEngine } from '../test/eval/eval-corpus.js';
import { evaluateTypos } from '../test/eval/typos.js';
import { readOptions } from './script-options.js';

readOptions([], 'Aufruf: npm run eval:typos');
const { rows, passed } = evaluateTypos(await evalEngine());
for (const r of rows) {
  const mark = r.same ? '✓' : '✗';
  const fixes = (r.result.corrections ?? []).map(c => `${c.from} → ${c.to}`).join(', ') || '(keine Korrektur)';
  process.stdout.write(`${mark} ${r.kind.padEnd(6)} ${r.typo}\n    ${fixes}\n`);
}
process.stdout.write(`\n${passed} von ${rows.length} Fragen mit Tippfehler: dieselbe erste Antwort (${(passed / rows.length * 100).toFixed(1)} %)\n`);
