import type { Reply } from '../../src/command.js';
// Generated hostile inputs through ask, city and latest, and through the Discord rendering of their replies.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandDef } from '../../src/command.js';
import type { Engine } from '../../src/core/engine.js';
import { loadCommands } from '../../src/commands-loader.js';
import { LIMITS } from '../../src/discord/limits.js';
import { toMessage, type DiscordMessage } from '../../src/discord/render.js';
import { random } from '../../bench/corpus.js';
import { evalEngine } from '../eval/eval-corpus.js';
import { SIZES } from './stress.js';

const PIECES = [
  '', ' ', '\t\n', 'x'.repeat(5000), '😀🎉👍🏽', '\u200b\u200d\u2060', '\u202eمرحبا\u202c', 'שלום', '@everyone', '@here',
  '<@123>', '<#123>', '<@&456>', '**', '`', '```code```', '||', '__', '~~', '> ', '# ', '- ', '[Link](https://x.example)',
  '.*+?^${}()|[]\\', '5.800', '12345', '1,6', '0', '-1', 'VPN-Zugänge', 'Stuttgart', 'wie viele', 'Osnabrück', 'Frankfurt',
  'Wie viel kostet', 'Ämter', 'ß', '\u0000', '\ud800', 'Essen', 'Halle (Saale)', '%', '€', '💥'.repeat(100),
];

function inputs(n: number): string[] {
  const rnd = random(1234);
  return Array.from({ length: n }, () => {
    const parts = 1 + Math.floor(rnd() * 5);
    return Array.from({ length: parts }, () => PIECES[Math.floor(rnd() * PIECES.length)]!).join(rnd() < 0.5 ? ' ' : '');
  });
}

let engine: Engine;
let commands: Map<string, CommandDef>;
beforeAll(async () => {
  engine = await evalEngine();
  commands = (await loadCommands()).commands;
});

/** Text with Discord's escapes removed counts no markdown of its own. */
function unescaped(text: string, token: string): number {
  return text.replace(/\\./g, '').split(token).length - 1;
}

function checkMessage(m: DiscordMessage): void {
  expect(m.allowedMentions).toEqual({ parse: [] });
  expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(m.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  if (m.embeds.length === 0) expect(m.content).toBeTruthy(); // never an empty reply
  let total = 0;
  const texts = [m.content ?? ''];
  for (const e of m.embeds) {
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    total += e.title!.length + e.description!.length + (e.footer?.text.length ?? 0);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      total += f.name.length + f.value.length;
      texts.push(f.name, f.value);
    }
    // Our own bold: one pair around the answering figure at most.
    expect(unescaped(e.description!, '**')).toBeLessThanOrEqual(2);
    texts.push(e.title!);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.total);
  for (const t of texts) {
    expect(unescaped(t, '**')).toBe(0);
    expect(unescaped(t, '`')).toBe(0);
    expect(unescaped(t, '||')).toBe(0);
    expect(t).not.toMatch(/@(everyone|here)/);
  }
}

describe('hostile input', () => {
  it(`never throws and always renders a safe reply (${SIZES.hostileInputs} inputs)`, () => {
    const ask = commands.get('ask')!;
    const city = commands.get('city')!;
    const latest = commands.get('latest')!;
    for (const input of inputs(SIZES.hostileInputs)) {
      for (const [def, options] of [[ask, { question: input }], [city, { name: input }], [latest, { city: input, count: 3 }]] as const) {
        const reply = def.run(engine, options) as Reply; // ask, city and latest answer at once
        checkMessage(toMessage(reply, 0, { key: 'k', nextPage: 1, feedback: true }, false));
      }
    }
  }, 120_000);

  it('answers an over-long question with the limit, in German', () => {
    const reply = commands.get('ask')!.run(engine, { question: 'Wie viele Server? '.repeat(30) }) as Reply;
    expect(reply.message).toMatch(/^Die Frage ist zu lang: höchstens 300 Zeichen, diese hat \d+\.$/);
  });
});
