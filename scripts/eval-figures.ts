// `npm run eval:figures`: figure questions about real news (figures-dev.json) over all 1,028 articles of the
// 10kGNAD test split (DER STANDARD, CC BY-NC-SA 4.0), both read from ../shared/corpora. `--verbose` lists every question.
import { existsSync } from 'node:fs';
import { fail, readOptions } from './script-options.js';
import { evaluateFigures, FIGURES_DEV, GNAD_TEST, loadFigureSet, markedUnsure, type FigureSet } from '../test/eval/figures.js';

const USAGE = 'Aufruf: npm run eval:figures -- [FRAGEN.json] [--verbose] [--parts]';
const options = readOptions(['verbose', 'parts'], USAGE);
const verbose = options.on('verbose');
const path = options.positionals[0] ?? FIGURES_DEV;
for (const file of [path, GNAD_TEST]) if (!existsSync(file)) fail(`Datei nicht gefunden: ${file}\n${USAGE}`);
let set: FigureSet | null = null;
try {
  set = loadFigureSet(path);
} catch {
  fail(`${path} ist keine lesbare Fragendatei: kein gültiges JSON.`);
}
if (!set) fail(`Datei nicht gefunden: ${path}\n${USAGE}`);
if (!Array.isArray(set.items)) fail(`${path} ist keine lesbare Fragendatei: „items“ fehlt.`);

const report = evaluateFigures(set);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
if (verbose) {
  for (const r of report.rows) {
    const a = r.result.answers[0];
    const mark = !r.item.answerable ? (r.abstained ? '○' : '✗') : r.figure ? '✓' : r.confidentlyWrong ? '✗' : '~';
    const got = a ? `${a.answer?.text ?? '–'}${markedUnsure(a) ? ' (unsicher)' : ''}` : (r.result.message ?? '–');
    process.stdout.write(`${mark} ${r.item.id} ${r.article ? 'A' : '-'}${r.sentence ? 'S' : '-'} ${r.item.question}\n`
      + `     erwartet ${r.item.expected ?? '(keine)'} · bekommen ${got}\n`);
    if (!r.figure && a) process.stdout.write(`     Satz: ${a.sentence.slice(0, 200)}\n`);
    if (a?.pick) {
      const parts = (p: Record<string, number>) => Object.entries(p).map(([k, v]) => `${k} ${v}`).join(', ');
      process.stdout.write(`     Wahl ${a.pick.confidence} ${a.pick.doubt ?? ''} | ${a.pick.score} (${parts(a.pick.parts)})\n`);
      if (options.on('parts')) for (const x of a.pick.alternatives) process.stdout.write(`       ${x.text} ${x.score} (${parts(x.parts)})\n`);
      else process.stdout.write(`       ${a.pick.alternatives.map(x => `${x.text} ${x.score}`).join(' · ')}\n`);
    }
  }
}
const lines = [
  `Zahlenfragen (dev-Hälfte): ${report.rows.length} Fragen, davon ${report.answerable} beantwortbar; Korpus ${set.articles.length} Artikel`,
  `hervorgehobene Zahl richtig   ${pct(report.figure)}`,
  `  davon ohne Zweifel gezeigt   ${pct(report.figureSure)}`,
  `Zahl im zitierten Satz        ${pct(report.sentence)}`,
  `richtiger Artikel zuerst      ${pct(report.article)}`,
  `sicher falsch (aller Fragen)  ${pct(report.confidentlyWrong)}`,
  `Datumsfragen richtig          ${report.dates.right} von ${report.dates.of}`,
  `unbeantwortbar: enthalten/unsicher ${report.unanswerable.abstained} von ${report.unanswerable.of}`,
  'je Falle (richtig / sicher falsch / Fragen):',
  ...[...report.traps].sort().map(([t, e]) => `  ${t.padEnd(18)} ${String(e.right).padStart(3)} / ${String(e.wrong).padStart(3)} / ${e.of}`),
];
process.stdout.write(lines.join('\n') + '\n');
