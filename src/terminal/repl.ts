// The interactive terminal front end: reads `/ask …`, `/city …`, `/latest …` lines and prints the replies.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext, CommandDef } from '../command.js';
import type { Engine } from '../core/engine.js';
import type { EngineHolder } from '../engine-holder.js';
import { parseLine } from './line-command.js';
import { ANSI_STYLE, PLAIN_STYLE, renderReply } from './render-reply.js';

export interface TerminalOptions {
  input: Readable;
  output: Writable;
  commands: Map<string, CommandDef>;
  /** The engine in use; the corpus watcher may swap it between two lines. */
  engines: EngineHolder;
  /** ANSI emphasis and a prompt only on a terminal. */
  tty: boolean;
  corpusDir: string;
  /** The corpus folder for `/add` and `/remove`. */
  context?: CommandContext;
  /** Ends the session (Ctrl-C outside a terminal arrives as a signal, not as readline input). */
  signal?: AbortSignal;
}

/** `7.714 Absätze`, `1 Datei`: German digits and the right number of the noun. */
function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;
}

export function banner(corpusDir: string, engine: Engine): string {
  const s = engine.stats();
  return [
    'Amtsbote – Terminalmodus',
    `Korpus: ${corpusDir} (${count(s.articles, 'Artikel', 'Artikel')}, ${count(s.paragraphs, 'Absatz', 'Absätze')}${s.skipped.length ? `, ${count(s.skipped.length, 'Datei', 'Dateien')} übersprungen` : ''})`,
    'Befehle: /ask FRAGE · /city ORT · /latest [ANZAHL] [ORT] · /add ADRESSE|DATEI · /remove DATEI · /about · /help · /quit',
    'Für Discord: DISCORD_TOKEN und DISCORD_CLIENT_ID in .env setzen (siehe README), dann npm run deploy und npm start.',
    '',
  ].join('\n');
}

/** The options a terminal line can carry: up to the first that takes the rest of the line. */
function lineOptions(c: CommandDef): string {
  const shown = [];
  for (const o of c.options.filter(x => x.name !== 'private')) {
    shown.push(o.required ? ` ${o.nameDe.toUpperCase()}` : ` [${o.nameDe.toUpperCase()}]`);
    if (o.rest) break;
  }
  return shown.join('');
}

function helpText(commands: Map<string, CommandDef>): string {
  const lines = [...commands.values()].map(c => `  /${c.name}${lineOptions(c)} – ${c.description}`);
  return ['Befehle:', ...lines, '  /quit – beenden'].join('\n');
}

/** Runs until /quit, end of input (Ctrl-D) or Ctrl-C; resolves when the terminal is closed. */
export function runTerminal(options: TerminalOptions): Promise<void> {
  const { output, commands, engines, tty } = options;
  const style = tty ? ANSI_STYLE : PLAIN_STYLE;
  const rl = createInterface({ input: options.input, output: tty ? output : undefined, terminal: tty });
  const write = (text: string) => output.write(`${text}\n`);
  write(banner(options.corpusDir, engines.current!));
  if (tty) {
    rl.setPrompt('amtsbote> ');
    rl.prompt();
  }
  // Lines are handled one after another: a slow command (`/add` fetching a page) finishes before the next line.
  let queue = Promise.resolve();
  const handle = async (line: string): Promise<void> => {
    const parsed = parseLine(line, commands);
    if (parsed.kind === 'quit') {
      rl.close();
      return;
    }
    if (parsed.kind === 'error') write(`${parsed.message}\n\n${helpText(commands)}`);
    if (parsed.kind === 'command') {
      try {
        write(renderReply(await parsed.def.run(engines.current!, parsed.input, options.context), style));
      } catch (err) {
        write(`Da ist etwas schiefgelaufen: ${(err as Error).message}`);
      }
    }
    if (parsed.kind !== 'empty') write('');
    if (tty) rl.prompt();
  };
  rl.on('line', line => {
    queue = queue.then(() => handle(line));
  });
  rl.on('SIGINT', () => rl.close());
  options.signal?.addEventListener('abort', () => rl.close(), { once: true });
  return new Promise(resolve => rl.on('close', () => {
    void queue.then(() => {
      if (tty) output.write('\n');
      write('Tschüss.');
      resolve();
    });
  }));
}
