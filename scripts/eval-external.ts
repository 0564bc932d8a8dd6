// `npm run eval:external`: XQuAD German dev half (CC BY-SA 4.0, Artetxe et al. 2019), read from ../shared/corpora.
// `--exhaustive` searches without pruning and chooses the figure for every candidate (the reference); `--compare` runs both and counts the questions whose answers differ.
import { isDeepStrictEqual } from 'node:util';
import { evaluateXquad, loadXquad, XQUAD_DEV } from '../test/eval/xquad.js';
import { UNSURE_BELOW } from '../src/core/answer/confidence.js';
import { fail, readOptions } from './script-options.js';

const options = readOptions(['verbose', 'no-loo', 'exhaustive', 'compare'],
  'Aufruf: npm run eval:external -- [XQUAD.json] [--verbose] [--no-loo] [--exhaustive] [--compare]');
const verbose = options.on('verbose');
const path = options.positionals[0] ?? XQUAD_DEV;
const set = loadXquad(path);
if (!set) fail(`XQuAD-Datei nicht gefunden: ${path}`);
const report = evaluateXquad(set, { leaveOneOut: !options.on('no-loo'), unsureBelow: UNSURE_BELOW, exhaustive: options.on('exhaustive') });
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
if (verbose) {
  for (const r of report.rows) {
    const first = r.result.answers[0];
    const mark = r.rank === 1 ? '✓' : r.rank ? String(r.rank) : '✗';
    process.stdout.write(`${mark} ${r.sentence ? 's' : '-'}${r.figure === null ? ' ' : r.figure ? 'f' : 'x'} ${r.item.question}  [${r.item.answers[0]}]\n`);
    if (r.rank !== 1) process.stdout.write(`     → ${r.result.message ?? `${first?.answer?.text ?? ''} | ${first?.sentence.slice(0, 120)}`}\n`);
  }
}
process.stdout.write([
  `XQuAD de (dev-Hälfte): ${report.rows.length} Fragen, ${set.titles.length} Artikel`,
  `richtiger Absatz zuerst   ${pct(report.first)}`,
  `richtiger Absatz in Top 3 ${pct(report.top3)}`,
  `ohne Antwort              ${pct(report.none)}`,
  `Antwort im zitierten Satz ${pct(report.sentence)}`,
  `Zahl richtig (wie viel/e) ${pct(report.figure)} von ${report.figureQuestions}`,
  `Antworten je Frage        ${report.meanAnswers.toFixed(2)}`,
  `Artikel entfernt: still oder unsicher ${pct(report.silent)} (still ${pct(report.silentStrict)})`,
].join('\n') + '\n');
if (options.on('compare')) {
  const reference = evaluateXquad(set, { exhaustive: true });
  const differ = report.rows.filter((r, i) => !isDeepStrictEqual(r.result, reference.rows[i]!.result)).length;
  process.stdout.write(`Mit und ohne Pruning: ${report.rows.length - differ} von ${report.rows.length} Antworten gleich\n`);
  if (differ > 0) process.exitCode = 1;
}
