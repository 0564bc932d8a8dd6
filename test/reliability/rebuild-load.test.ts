// The bot in its own process, the fake Discord in this one: while a new file makes the bot rebuild a large
// index, interactions keep coming at five a second, and every one is acknowledged within Discord's 3 s.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempDirs } from '../helpers/temp-dirs.js';
import { startBotProcess } from '../helpers/bot-process.js';
import { ackLatencies } from '../helpers/acks-under-load.js';
import { SIZES } from './stress.js';

const dirs = new TempDirs();
afterAll(() => dirs.removeAll());

/** Large files of many paragraphs (a press archive saved as text), each within the limit of paragraphs per file. */
function bigFiles(paragraphs: number): string[] {
  const per = 20_000;
  return Array.from({ length: Math.ceil(paragraphs / per) }, (_, k) => bigFile(Math.min(per, paragraphs - k * per), k * per));
}

function bigFile(paragraphs: number, from: number): string {
  const towns = ['Kiel', 'Ulm', 'Jena', 'Trier', 'Gera', 'Fulda'];
  const body = Array.from({ length: paragraphs }, (_, n) => n + from).map(i => `Die Stadt ${towns[i % towns.length]} hat ${100 + i} neue Geräte für `
    + `Schule ${i % 97} beschafft und ${i % 50} Beschäftigte in Sitzung ${i} geschult. Projekt ${i} kostete ${1000 + i * 3} Euro.`);
  return `Archiv der Meldungen\n\n${body.join('\n\n')}\n`;
}

describe('a rebuild under load', () => {
  it(`acknowledges every interaction within 3 s while ${SIZES.rebuildParagraphs} new paragraphs are indexed`, async () => {
    const corpusDir = await dirs.withSeeds('rebuild');
    const bot = await startBotProcess({ corpusDir, env: { LOG_LEVEL: 'info' } });
    const { fake } = bot;
    try {
      const files = bigFiles(SIZES.rebuildParagraphs).map((text, k) => ({ name: `archiv-${k}.txt`, text }));
      await Promise.all(files.map(f => writeFile(path.join(corpusDir, f.name), f.text)));
      // Five a second until an index with every new file is active (and at least ten seconds).
      const indexed = () => bot.rawLog().includes('Korpus geändert, neuer Index aktiv') && files.every(f => bot.rawLog().includes(f.name));
      const latencies = await ackLatencies(fake, 'wie viele VPN-Zugänge Stuttgart', indexed, { minMs: 10_000, maxMs: 300_000 });
      latencies.sort((a, b) => a - b);
      const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
      expect(latencies.length).toBeGreaterThanOrEqual(50);
      expect(latencies.at(-1)!, `langsamste Bestätigung, p99 ${p99} ms`).toBeLessThan(3000);
      expect(p99).toBeLessThan(1000);
    } finally {
      await bot.stop();
    }
  }, 400_000);
});
