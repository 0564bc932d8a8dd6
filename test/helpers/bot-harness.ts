// Starts the real bot (discord.js client) against the fake Discord, with a log captured in memory.
import { Writable } from 'node:stream';
import { startBot, type Bot } from '../../src/discord/bot.js';
import type { CommandDef, CorpusFiles } from '../../src/command.js';
import { RateLimiter } from '../../src/discord/rate-limit.js';
import { loadCommands } from '../../src/commands-loader.js';
import { EngineHolder } from '../../src/engine-holder.js';
import { createLogger } from '../../src/log.js';
import { FakeDiscord } from '../fake-discord/server.js';
import { seedEngine } from './engines.js';

export const TEST_TOKEN = 'MTExMTExMTExMTExMTExMTEx.fake.test-token-never-in-logs';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  engines: EngineHolder;
  logLines: () => { level: string; msg: string; [k: string]: unknown }[];
  rawLog: () => string;
  stop: () => Promise<void>;
}

export async function startHarness(options: { loadEngine?: boolean; extraCommands?: CommandDef[]; limiter?: RateLimiter; corpus?: CorpusFiles; deferredWaitMs?: number } = {}): Promise<Harness> {
  const fake = new FakeDiscord();
  await fake.start();
  let raw = '';
  const sink = new Writable({ write(chunk, _enc, done) { raw += String(chunk); done(); } });
  const log = createLogger('debug', sink, [TEST_TOKEN]);
  const { commands } = await loadCommands();
  for (const c of options.extraCommands ?? []) commands.set(c.name, c);
  const engines = new EngineHolder();
  if (options.loadEngine !== false) engines.set(await seedEngine());
  // Tests send many requests as one user: a generous limit, unless a test checks the real one.
  const limiter = options.limiter ?? new RateLimiter(100_000, 10_000);
  const bot = startBot({ token: TEST_TOKEN, clientId: null, guildId: null, apiUrl: fake.apiUrl }, commands, engines, log, { limiter, corpus: options.corpus, deferredWaitMs: options.deferredWaitMs });
  await bot.ready;
  return {
    fake, bot, engines,
    rawLog: () => raw,
    logLines: () => raw.split('\n').filter(Boolean).map(l => JSON.parse(l)),
    stop: async () => {
      await bot.stop();
      await fake.stop();
    },
  };
}
