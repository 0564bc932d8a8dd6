import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../src/corpus-files.js';
import type { CommandDef } from '../../src/command.js';
import type { Engine } from '../../src/core/engine.js';
import { loadCommands } from '../../src/commands-loader.js';
import { completer } from '../../src/terminal/repl.js';
import { startSession } from '../helpers/terminal-session.js';
import { terminalUsage } from '../../src/terminal/line-command.js';
import { stripVTControlCharacters } from 'node:util';
import { seedEngine } from '../helpers/engines.js';
import { CASES } from './cases.js';

let engine: Engine;
let commands: Map<string, CommandDef>;

beforeAll(async () => {
  engine = await seedEngine();
  commands = (await loadCommands()).commands;
});

/** Types the lines into the terminal front end and returns all it printed. */
async function session(lines: string[], { end = true, tty = false, columns = undefined as number | undefined } = {}): Promise<string> {
  const { input, printed, done } = await startSession({ engine, commands, tty, columns: () => columns });
  for (const l of lines) input.write(`${l}\n`);
  if (end) input.end();
  await done;
  return printed();
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

  it('answers a mistake with one German line and where help is, not the whole help', async () => {
    const out = await session(['/tanzen', '/latest 99', '/ask']);
    expect(out).toContain('Den Befehl /tanzen gibt es nicht.\nHilfe: /help\n');
    expect(out).toContain('„anzahl“ muss zwischen 1 und 10 liegen.\nHilfe: /help latest\n');
    expect(out).toContain('/ask braucht „frage“: Deine Frage, z. B. „wie viele VPN-Zugänge Stuttgart“.\nHilfe: /help ask\n');
    expect(out).not.toContain('Amtsbote – Hilfe');
  });

  it('asks a line without a command as a question', async () => {
    const out = await session(['wie viele VPN-Zugänge Stuttgart', '/quit']);
    expect(out).toContain('5.800 Zugänge');
  });

  it('explains one command with /help COMMAND, in German or English name', async () => {
    const out = await session(['/help latest', '/hilfe frage', '/help tanzen', '/quit']);
    expect(out).toContain('/latest (auch /neueste)');
    expect(out).toContain('/ask (auch /frage)');
    expect(out).not.toContain('privat:');
    expect(out).not.toContain('Amtsbote – Hilfe');
    expect(out).toContain('Den Befehl /tanzen gibt es nicht. Alle Befehle: /help');
  });

  it('tells what /add takes in the terminal: an address or a file path, no attachment', async () => {
    const corpus = corpusFiles('seeds', { timeoutMs: 1000, maxBytes: 1000, maxRedirects: 0, allowPrivate: false }, 'terminal');
    const { input, printed, done } = await startSession({ engine, commands, context: { corpus } });
    input.end('/add\n');
    await done;
    expect(printed()).toContain('Gib eine Adresse oder den Pfad einer Datei an, zum Beispiel: /add https://www.example.de/meldung.html oder /add bericht.pdf');
    expect(printed()).not.toContain('hänge');
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

  const LINES = ['/ask wie viele VPN-Zugänge Stuttgart', '/ask anzahl:5 Wie viel hat Frankfurt investiert?', '/city Frankfurt am Main',
    '/latest', '/about', '/help', '/tanzen'];

  for (const columns of [60, 120]) {
    it(`wraps every reply to ${columns} columns: no line longer unless one word, no word broken, nothing cut`, async () => {
      const wrapped = await session(LINES, { columns, tty: true });
      const unwrapped = await session(LINES, { tty: true });
      // The prompt stands before each reply here only because the test's input echoes no Enter.
      for (const line of stripVTControlCharacters(wrapped).replaceAll('amtsbote> ', '').split('\n')) {
        if (line.length > columns) expect(line.trim(), `zu lang: ${line}`).not.toContain(' ');
      }
      // The same words in the same order: wrapping only moved line ends (the banner is wrapped by nothing).
      const words = (text: string) => stripVTControlCharacters(text).split(/\s+/).filter(Boolean);
      expect(words(wrapped)).toEqual(words(unwrapped));
    });
  }

  it('help lists exactly the commands there are, in the terminal syntax, with the German names and /quit', async () => {
    const out = await session(['/help']);
    const listed = [...out.matchAll(/^(\/[a-z]+)[^\n]*?: /gm)].map(m => m[1]);
    expect(listed.sort()).toEqual([...[...commands.values()].map(c => `/${c.name}`), '/quit'].sort());
    for (const c of commands.values()) expect(out).toContain(terminalUsage(c));
    expect(out).toContain('/ask FRAGE [anzahl:N]');
    expect(out).toContain('/latest [ANZAHL] [STADT]');
    expect(out).toContain('/frage = /ask');
    expect(out).not.toContain('privat');
  });

  it('takes named options anywhere on the line', async () => {
    const out = await session(['/ask anzahl:1 Wie viel hat Frankfurt investiert?']);
    expect(out).toContain('weitere');
    expect(out).not.toMatch(/^2\. /m);
    expect(await session(['/ask anzahl:9 Frankfurt'])).toContain('„anzahl“ muss zwischen 1 und 5 liegen.');
  });

  it('completes commands and places with Tab', () => {
    const complete = completer(commands, () => engine);
    // A single command is completed with its space: `/city ` is ready for the place.
    expect(complete('/ci')[0]).toEqual(['/city ']);
    expect(complete('/l')[0]).toEqual(['/latest ']);
    expect(complete('/a')[0]).toEqual(['/about', '/add', '/ask']);
    expect(complete('/city osn')[0]).toEqual(['/city Osnabrück']);
    expect(complete('/latest 3 Frank')[0]).toEqual(['/latest 3 Frankfurt am Main']);
    expect(complete('/ask wie')[0]).toEqual([]);
  });
});

describe('the README', () => {
  it('shows a terminal session exactly as the terminal prints it', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- sample:terminal -->\n```\n([\s\S]*?)\n```\n<!-- \/sample:terminal -->/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const out = await session(['wie viele VPN-Zugänge Stuttgart', '/quit'], { columns: 80 });
    expect(out.trimEnd()).toBe(block);
  });

  it('stays short: at most 350 lines, no issue numbers', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(350);
    expect(readme).not.toMatch(/#\d+\b/);
  });
});

describe('a command that fails unexpectedly', () => {
  it('prints one German line; the library\'s own words go to the log', async () => {
    const failing = { ...commands.get('about')!, run: () => { throw new Error('ENOSPC: no space left on device'); } };
    const errors: unknown[] = [];
    const { input, printed, done } = await startSession({ engine, commands: new Map([...commands, ['about', failing]]), onError: e => errors.push(e) });
    input.end('/about\n');
    await done;
    expect(printed()).toContain('Da ist etwas schiefgelaufen; der Befehl wurde nicht ausgeführt. Einzelheiten stehen im Log');
    expect(printed()).not.toContain('ENOSPC');
    expect((errors[0] as Error).message).toBe('ENOSPC: no space left on device');
  });
});
