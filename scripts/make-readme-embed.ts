// Draws the README's picture of a Discord reply: `/ask wie viele VPN-Zugänge Stuttgart` over the seeds, through the
// real command and the real embed builder (the data the bot sends), painted the way Discord shows an embed (dark
// theme: accent bar, caution line, title, text with bold, fields, footer). Run: npx tsx scripts/make-readme-embed.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { APIEmbed } from 'discord.js';
import { loadCommands } from '../src/commands-loader.js';
import { loadCorpusFolder } from '../src/io/corpus-folder.js';
import { Engine } from '../src/core/engine.js';
import { toEmbeds } from '../src/discord/render.js';
import type { Reply } from '../src/command.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const engine = Engine.fromCorpus(await loadCorpusFolder(here('../seeds'), { today: { year: 2026, month: 11, day: 23 } }));
const { commands } = await loadCommands();
const reply = await commands.get('ask')!.run(engine, { question: 'wie viele VPN-Zugänge Stuttgart' }) as Reply;
const embeds = toEmbeds(reply.cards.slice(0, reply.pageSize ?? 3));

const WIDTH = 720;
const PAD = 16;
const TEXT_WIDTH = WIDTH - 2 * PAD - 24;
const FONT = 'sans-serif';

/** Discord's markdown as runs: `**bold**`, `*italic*`, escapes removed. */
function runs(text: string): { text: string; bold: boolean; italic: boolean }[] {
  const out: { text: string; bold: boolean; italic: boolean }[] = [];
  for (const m of text.matchAll(/\*\*([^*]+)\*\*|\*([^*]+)\*|([^*]+)/g)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\([\\*_~`|[\]>#-])/g, '$1').replace(/\u200b/g, '');
    out.push({ text: raw, bold: m[1] !== undefined, italic: m[2] !== undefined });
  }
  return out;
}

/** Lays out text with bold and italic runs, wrapped at word boundaries; returns the height used. */
function paragraph(g: SKRSContext2D | null, text: string, x: number, y: number, size: number, colour: string, width = TEXT_WIDTH): number {
  const line = size * 1.35;
  let cx = x;
  let cy = y;
  for (const block of text.split('\n')) {
    for (const run of runs(block)) {
      const font = `${run.italic ? 'italic ' : ''}${run.bold ? 'bold ' : ''}${size}px ${FONT}`;
      for (const word of run.text.split(/(?<=\s)/)) {
        measure.font = font;
        const w = measure.measureText(word).width;
        if (cx + w > x + width && cx > x) {
          cx = x;
          cy += line;
        }
        if (g) {
          g.font = font;
          g.fillStyle = colour;
          g.fillText(word, cx, cy + size);
        }
        cx += w;
      }
    }
    cx = x;
    cy += line;
  }
  return cy - y;
}
const measure = createCanvas(1, 1).getContext('2d');

/** Draws one embed at `top` (or only measures it without a context); returns its height. */
function embed(g: SKRSContext2D | null, e: APIEmbed, top: number): number {
  const x = PAD + 16;
  let y = top + 12;
  if (e.author) y += paragraph(g, e.author.name, x, y, 13, '#f2f3f5') + 4;
  if (e.title) y += paragraph(g, `**${e.title}**`, x, y, 16, '#ffffff') + 4;
  if (e.description) y += paragraph(g, e.description, x, y, 14, '#dbdee1') + 6;
  for (const f of e.fields ?? []) {
    y += paragraph(g, `**${f.name}**`, x, y, 13, '#f2f3f5');
    y += paragraph(g, f.value, x, y, 14, '#dbdee1') + 6;
  }
  if (e.footer) y += paragraph(g, e.footer.text, x, y, 12, '#b5bac1');
  const height = y - top + 10;
  if (g) {
    g.fillStyle = `#${(e.color ?? 0x1f6feb).toString(16).padStart(6, '0')}`;
    g.fillRect(PAD, top, 4, height);
  }
  return height;
}

const heights = embeds.map(e => embed(null, e, 0));
const total = heights.reduce((a, b) => a + b + 8, PAD * 2 + 24);
const canvas = createCanvas(WIDTH, Math.ceil(total));
const g = canvas.getContext('2d');
g.fillStyle = '#313338';
g.fillRect(0, 0, WIDTH, total);
paragraph(g, `**Amtsbote**  /ask wie viele VPN-Zugänge Stuttgart`, PAD, PAD - 4, 13, '#b5bac1');
let top = PAD + 24;
embeds.forEach((e, i) => {
  g.fillStyle = '#2b2d31';
  g.fillRect(PAD, top, WIDTH - 2 * PAD, heights[i]!);
  embed(g, e, top);
  top += heights[i]! + 8;
});
writeFileSync(here('readme/antwort.png'), canvas.toBuffer('image/png'));
console.log(`scripts/readme/antwort.png: ${embeds.length} Embed(s), ${WIDTH}×${Math.ceil(total)}`);
