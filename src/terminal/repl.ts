// The interactive terminal front end: reads `/ask …`, `/city …`, `/latest …` lines and prints the replies.
import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext, CommandDef } from '../command.js';
import type { Engine } from '../core/engine.js';
import type { EngineHolder } from '../engine-holder.js';
import { findCommand, parseLine, QUIT_WORDS, terminalUsage } from './line-command.js';
import { ANSI_STYLE, PLAIN_STYLE, renderReply, wrapText } from '../reply-text.js';
import { countOf } from '../reply-parts.js';
import type { TerminalNotices } from './notices.js';

export interface TerminalOptions {
  input: Readable;
  output: Writable;
  commands: Map<string, CommandDef>;
  /** The engine in use; the corpus watcher may swap it between two lines. */
  engines: EngineHolder;
  /** ANSI emphasis, a prompt and tab completion only on a terminal. */
  tty: boolean;
  corpusDir: string;
  /** The corpus folder for `/add` and `/remove`. */
  context?: CommandContext;
  /** The terminal's width now (default: the output's `columns` on a TTY; none: no wrapping). */
  columns?: () => number | undefined;
  /** Ends the session (Ctrl-C outside a terminal arrives as a signal, not as readline input). */
  signal?: AbortSignal;
  /** Notices that arrive during the session: on a terminal they are shown above the prompt. */
  notices?: TerminalNotices;
  /** Where a command's unexpected failure goes with its detail (the log); the person reads a German line. */
  onError?: (err: unknown) => void;
}

export function banner(corpusDir: string, engine: Engine, commands: Map<string, CommandDef>): string {
  const s = engine.stats();
  return [
    'Amtsbote – Terminalmodus',
    `Korpus: ${corpusDir} (${countOf(s.articles, 'Artikel', 'Artikel')}, ${countOf(s.paragraphs, 'Absatz', 'Absätze')}${s.skipped.length ? `, ${countOf(s.skipped.length, 'Datei', 'Dateien')} übersprungen` : ''})`,
    `Befehle: ${[...commands.values()].map(terminalUsage).join(' · ')} · /quit`,
    'Tab ergänzt Befehle und Orte. Für Discord: DISCORD_TOKEN und DISCORD_CLIENT_ID in .env setzen (siehe README), dann npm run deploy und npm start.',
    '',
  ].join('\n');
}

/** What the terminal adds to /help: the German names of the commands, and how to end. */
function helpNotes(commands: Map<string, CommandDef>): { name: string; value: string }[] {
  return [
    { name: 'Auch auf Deutsch', value: [...commands.values()].filter(c => c.nameDe !== c.name).map(c => `/${c.nameDe} = /${c.name}`).join(' · ') },
    { name: '/quit', value: `Beendet das Terminal (auch ${QUIT_WORDS.filter(w => w !== 'quit').map(w => `/${w}`).join(', ')}, Strg-D oder Strg-C).` },
  ];
}

/** Tab completion: command names (English and German), then places for commands that take one. */
export function completer(commands: Map<string, CommandDef>, engine: () => Engine | null): (line: string) => [string[], string] {
  const names = [...new Set([...commands.values()].flatMap(c => [c.name, c.nameDe]).concat(QUIT_WORDS))].sort();
  return line => {
    const head = /^\/(\S*)$/.exec(line);
    if (head) {
      const hits = names.filter(n => n.startsWith(head[1]!.toLowerCase()));
      // A single command is completed with the space that its first word needs.
      return [hits.length === 1 ? [`/${hits[0]} `] : hits.map(n => `/${n}`), line];
    }
    const withPlace = /^\/(\S+)\s+((?:\d+\s+)?)(.*)$/.exec(line);
    const def = withPlace && findCommand(commands, withPlace[1]!);
    const current = engine();
    if (!def || !current || !def.options.some(o => o.autocomplete === 'place')) return [[], line];
    const prefix = line.slice(0, line.length - withPlace![3]!.length);
    const hits = current.placesStartingWith(withPlace![3]!).slice(0, 50).map(p => prefix + p.name);
    return [hits, line];
  };
}

/** Runs until /quit, end of input (Ctrl-D) or Ctrl-C; resolves when the terminal is closed. */
export function runTerminal(options: TerminalOptions): Promise<void> {
  const { output, commands, engines, tty } = options;
  const style = tty ? ANSI_STYLE : PLAIN_STYLE;
  const rl = createInterface({ input: options.input, output: tty ? output : undefined, terminal: tty,
    completer: tty ? completer(commands, () => engines.current) : undefined });
  const write = (text: string) => output.write(`${text}\n`);
  // Wrapped to the terminal's width as it is now (a resized window wraps the next reply anew).
  const width = () => options.columns?.() ?? (tty ? (output as { columns?: number }).columns : undefined);
  const context = { ...options.context, commands: [...commands.values()], usage: terminalUsage, helpNotes: helpNotes(commands) };
  write(wrapText(banner(options.corpusDir, engines.current!, commands), width()));
  if (tty) {
    // A notice clears the prompt line, stands above it, and the prompt comes back with what was typed so far.
    options.notices?.attach(text => {
      clearLine(output, 0);
      cursorTo(output, 0);
      write(wrapText(text, width()));
      rl.prompt(true);
    });
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
    // One line on what went wrong, one on where help is: not the whole help.
    if (parsed.kind === 'error') write(wrapText(`${parsed.message}\nHilfe: /help${parsed.command ? ` ${parsed.command}` : ''}`, width()));
    if (parsed.kind === 'command') {
      try {
        write(renderReply(await parsed.def.run(engines.current!, parsed.input, context),
          { style, width: width(), moreHint: 'mit anzahl:N mehr auf einmal' }));
      } catch (err) {
        // The library's own words (often English, with a stack) go to the log; the person reads German.
        options.onError?.(err);
        write(wrapText('Da ist etwas schiefgelaufen; der Befehl wurde nicht ausgeführt. Einzelheiten stehen im Log (mit LOG_LEVEL=debug auch hier).', width()));
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
    options.notices?.detach();
    void queue.then(() => {
      if (tty) output.write('\n');
      write('Tschüss.');
      resolve();
    });
  }));
}
