// Runs the terminal front end on streams in this process, over the seed engine unless told otherwise.
import { PassThrough } from 'node:stream';
import type { Engine } from '../../src/core/engine.js';
import { loadCommands } from '../../src/commands-loader.js';
import { EngineHolder } from '../../src/engine-holder.js';
import { runTerminal, type TerminalOptions } from '../../src/terminal/repl.js';
import { seedEngine } from './engines.js';

export interface Session {
  input: PassThrough;
  /** All the terminal printed so far. */
  printed: () => string;
  /** Resolves when the terminal has closed. */
  done: Promise<void>;
}

export async function startSession(options: Partial<Omit<TerminalOptions, 'input' | 'output' | 'engines'>> & { engine?: Engine } = {}): Promise<Session> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', c => (printed += String(c)));
  const engines = new EngineHolder();
  engines.set(options.engine ?? await seedEngine());
  const { engine: _engine, ...rest } = options;
  const done = runTerminal({ commands: (await loadCommands()).commands, tty: false, corpusDir: 'seeds', ...rest, input, output, engines });
  return { input, printed: () => printed, done };
}
