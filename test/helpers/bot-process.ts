// Starts the bot as its own process (`src/main.ts`, as `npm start` runs it) against the fake Discord in the test's
// process: a bot that stalls cannot acknowledge in time, and the fake's clock, outside the bot, sees it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeDiscord } from '../fake-discord/server.js';
import { TEST_TOKEN } from './bot-harness.js';
import { TempDirs } from './temp-dirs.js';
import { until } from './until.js';

const MAIN = path.resolve(import.meta.dirname, '../../src/main.ts');
/** tsx as an address, so that a child started in another folder finds it. */
export const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface BotProcess {
  fake: FakeDiscord;
  child: ChildProcess;
  /** The bot's JSON log lines so far. */
  logLines: () => { level: string; msg: string; [k: string]: unknown }[];
  /** Everything the bot wrote to stdout and stderr. */
  rawLog: () => string;
  stop: () => Promise<void>;
}

/** The bot over a copy of the seeds (or `corpusDir`), its cache in a folder of its own, logging at debug level. */
export async function startBotProcess(options: { corpusDir?: string; env?: Record<string, string> } = {}): Promise<BotProcess> {
  const dirs = new TempDirs();
  const fake = new FakeDiscord();
  await fake.start();
  const corpusDir = options.corpusDir ?? await dirs.withSeeds('bot');
  const home = await dirs.empty('bot-home');
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: home,
    env: { PATH: process.env.PATH!, HOME: home, CORPUS_DIR: corpusDir, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', d => (out += String(d)));
  child.stderr!.on('data', d => (out += String(d)));
  const exited = new Promise(r => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await fake.stop();
    await dirs.removeAll();
  };
  try {
    await until(() => out.includes('Korpus geladen') && fake.connected(), 60_000, 'Bot bereit');
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}; der Bot schrieb: ${out.slice(-500)}`);
  }
  return {
    fake, child, stop,
    rawLog: () => out,
    logLines: () => out.split('\n').filter(l => l.startsWith('{')).map(l => JSON.parse(l)),
  };
}
