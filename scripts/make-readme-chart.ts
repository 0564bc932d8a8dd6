// Draws the README's example chart: the figure history that `/ask wie viele VPN-Zugänge Stuttgart` has over the
// seeds plus the fixture articles, as the bot attaches it in Discord. Run: npx tsx scripts/make-readme-chart.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/core/engine.js';
import { buildCorpus } from '../src/core/ingest/build-corpus.js';
import { readCorpusFolder } from '../src/io/corpus-folder.js';
import { askSeries } from '../src/core/answer/figure-series.js';
import { pngChart } from '../src/charts/png-chart.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const files = [...(await readCorpusFolder(here('../seeds'))).files, ...(await readCorpusFolder(here('../test/fixtures/corpus'))).files];
const engine = Engine.fromCorpus(buildCorpus(files, { today: { year: 2026, month: 11, day: 23 } }));
const series = askSeries(engine.ask('wie viele VPN-Zugänge Stuttgart'));
if (!series) throw new Error('Kein Verlauf: die Testartikel haben sich geändert.');
writeFileSync(here('readme/verlauf.png'), await pngChart(series));
