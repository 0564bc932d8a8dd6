// Figure histories as pictures: which answers make a history, the text chart of the terminal, and the PNG that the
// bot (in its own process, the real discord.js client) attaches to its answer in the fake Discord.
import { cp } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { askSeries, citySeries } from '../../src/core/answer/figure-series.js';
import { textChart } from '../../src/charts/text-chart.js';
import { CHART_HEIGHT, CHART_WIDTH, pngChart } from '../../src/charts/png-chart.js';
import { slashCommand, userNumber } from '../fake-discord/server.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { seedEngine } from '../helpers/engines.js';
import { FIXTURES_DIR } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { evalEngine } from '../eval/eval-corpus.js';

const dirs = new TempDirs();
let both: Engine;
beforeAll(async () => { both = await evalEngine(); });
afterAll(() => dirs.removeAll());

/** Columns where the chart's point colour stands at least `tall` pixels high, grouped: one group per drawn point. */
function pointsIn(png: PNG, tall = 9): number[] {
  const columns: number[] = [];
  for (let x = 0; x < png.width; x++) {
    let run = 0;
    let best = 0;
    for (let y = 0; y < png.height; y++) {
      const i = (y * png.width + x) * 4;
      const blue = Math.abs(png.data[i]! - 0x1f) < 24 && Math.abs(png.data[i + 1]! - 0x6f) < 24 && Math.abs(png.data[i + 2]! - 0xeb) < 24;
      run = blue ? run + 1 : 0;
      best = Math.max(best, run);
    }
    if (best >= tall) columns.push(x);
  }
  const groups: number[] = [];
  for (const x of columns) if (groups.length === 0 || x - columns[columns.indexOf(x) - 1]! > 1) groups.push(x);
  return groups;
}

describe('figure history', () => {
  it('is the answered figure in two dated articles, oldest first; one article makes none', async () => {
    const series = askSeries(both.ask('wie viele VPN-Zugänge Stuttgart'));
    expect(series).toMatchObject({ unit: 'Zugänge', place: 'Stuttgart' });
    expect(series!.points.map(p => [p.date, p.value])).toEqual([['2020-04-06', 5800], ['2022-05-12', 7500]]);
    expect(askSeries((await seedEngine()).ask('wie viele VPN-Zugänge Stuttgart'))).toBeNull();
    expect(citySeries((await seedEngine()).city('Stuttgart'))).toBeNull();
  });

  it('is a compact text chart in the terminal, from the first date to the last, every point listed', () => {
    const text = textChart(askSeries(both.ask('wie viele VPN-Zugänge Stuttgart'))!, 80);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Verlauf: Zugänge in Stuttgart');
    expect(text).toContain('7.500 ┤');
    expect(text).toMatch(/5\.800 ┼/);
    expect(text).toMatch(/06\.04\.2020 +12\.05\.2022/);
    expect(lines.at(-1)).toBe('  12.05.2022: 7.500 – portal_stuttgart_2022.txt');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('is a PNG of the chart size with one point per article', async () => {
    const png = PNG.sync.read(await pngChart(askSeries(both.ask('wie viele VPN-Zugänge Stuttgart'))!));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect(pointsIn(png)).toHaveLength(2);
  });
});

describe('figure history in Discord', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    const corpus = await dirs.withSeeds('chart');
    await cp(FIXTURES_DIR, corpus, { recursive: true });
    bot = await startBotProcess({ corpusDir: corpus });
  }, 90_000);
  afterAll(async () => { await bot?.stop(); });

  it('attaches the chart to the answer and shows it in the first embed', async () => {
    const i = slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }, userNumber(900));
    bot.fake.dispatch('INTERACTION_CREATE', i);
    await bot.fake.until(() => bot.fake.forToken(i.token).length >= 1, 10_000, 'Antwort mit Bild');
    const [reply] = bot.fake.forToken(i.token);
    expect(reply!.body.data.embeds[0].image).toEqual({ url: 'attachment://verlauf.png' });
    expect(reply!.files.map(f => f.name)).toEqual(['verlauf.png']);
    const png = PNG.sync.read(reply!.files[0]!.bytes);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect(pointsIn(png)).toHaveLength(2);
  });

  it('sends no picture for a single point', async () => {
    const i = slashCommand('ask', { question: 'Wie viele zusätzliche Server beschafft Frankfurt?' }, userNumber(901));
    bot.fake.dispatch('INTERACTION_CREATE', i);
    await bot.fake.until(() => bot.fake.forToken(i.token).length >= 1, 10_000, 'Antwort');
    const [reply] = bot.fake.forToken(i.token);
    expect(reply!.files).toEqual([]);
    expect(reply!.body.data.embeds[0].image).toBeUndefined();
  });
});
