import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandDef } from '../../src/command.js';
import type { Engine } from '../../src/core/engine.js';
import { loadCommands } from '../../src/commands-loader.js';
import { runTerminal } from '../../src/terminal/repl.js';
import { EngineHolder } from '../../src/engine-holder.js';
import { seedEngine } from '../helpers/engines.js';
import { CASES } from './cases.js';

let engine: Engine;
let commands: Map<string, CommandDef>;

beforeAll(async () => {
  engine = await seedEngine();
  commands = (await loadCommands()).commands;
});

/** Types the lines into the terminal front end and returns all it printed. */
async function session(lines: string[], { end = true, tty = false } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', c => (printed += String(c)));
  const engines = new EngineHolder();
  engines.set(engine);
  const done = runTerminal({ input, output, commands, engines, tty, corpusDir: 'seeds' });
  for (const l of lines) input.write(`${l}\n`);
  if (end) input.end();
  await done;
  return printed;
}

describe('terminal front end', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const out = await session([c.line, '/quit']);
      for (const s of c.contains) expect(out).toContain(s);
      for (const s of c.absent ?? []) expect(out).not.toContain(s);
    });
  }

  it('greets with a German banner naming the corpus and how to reach Discord', async () => {
    const out = await session(['/quit']);
    expect(out).toMatch(/^Amtsbote – Terminalmodus\nKorpus: seeds \(4 Artikel, 22 Absätze\)/);
    expect(out).toContain('DISCORD_TOKEN');
    expect(out.trim().endsWith('Tschüss.')).toBe(true);
  });

  it('answers unknown input and bad options with help, in German', async () => {
    const out = await session(['hallo', '/tanzen', '/latest 99', '/ask']);
    expect(out).toContain('Befehle beginnen mit /');
    expect(out).toContain('Den Befehl /tanzen gibt es nicht.');
    expect(out).toContain('„anzahl“ muss zwischen 1 und 10 liegen.');
    expect(out).toContain('/ask braucht „frage“');
    expect(out).toContain('Befehle:');
  });

  it('ends cleanly at the end of input (Ctrl-D) without /quit', async () => {
    const out = await session(['/help']);
    expect(out.trim().endsWith('Tschüss.')).toBe(true);
  });

  it('uses ANSI emphasis only on a terminal', async () => {
    expect(await session(['/ask wie viele VPN-Zugänge Stuttgart'])).toContain('**5.800 Zugänge**');
    const tty = await session(['/ask wie viele VPN-Zugänge Stuttgart'], { tty: true });
    expect(tty).toContain('\u001b[1m5.800 Zugänge\u001b[22m');
  });
});
