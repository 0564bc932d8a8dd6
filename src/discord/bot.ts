// The Discord bot: a discord.js client with only the Guilds intent, answering interactions from the engine.
import { Client, GatewayIntentBits, Events } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import type { CommandDef, CorpusFiles } from '../command.js';
import type { EngineHolder } from '../engine-holder.js';
import type { Logger } from '../log.js';
import { handleInteraction } from './interactions.js';
import { PageCache } from './pages.js';
import { RateLimiter } from './rate-limit.js';

export const SHUTDOWN_GRACE_MS = 5000;

export interface Bot {
  client: Client;
  /** Resolves once the client is connected and ready. */
  ready: Promise<void>;
  /** Resolves with the reason when the login fails (wrong token, Discord unreachable), else never. */
  loginFailed: Promise<Error>;
  stop(): Promise<void>;
}

export interface BotOptions {
  limiter?: RateLimiter;
  /** The corpus folder for `/add` and `/remove`. */
  corpus?: CorpusFiles;
  /** How long a deferred command waits for the index before it says so (default: 14 minutes). */
  deferredWaitMs?: number;
}

export function startBot(config: DiscordConfig, commands: Map<string, CommandDef>, engines: EngineHolder, log: Logger, options: BotOptions = {}): Bot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
  const ctx = { commands, engines, pages: new PageCache(), log, limiter: options.limiter ?? new RateLimiter(),
    context: { corpus: options.corpus, commands: [...commands.values()] }, deferredWaitMs: options.deferredWaitMs };
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  const ready = new Promise<void>(resolve => {
    client.once(Events.ClientReady, c => {
      log.info('Mit Discord verbunden', { user: c.user.tag, commands: [...commands.keys()] });
      resolve();
    });
  });
  client.on(Events.InteractionCreate, interaction => {
    if (!accepting) return;
    const job = handleInteraction(interaction, ctx).finally(() => inFlight.delete(job));
    inFlight.add(job);
  });
  client.on(Events.Error, err => log.error('Discord-Client meldet einen Fehler', { error: err }));
  client.on(Events.ShardDisconnect, (_event, shard) => log.warn('Verbindung zu Discord getrennt', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('Verbindung zu Discord wieder aufgenommen', { shard, replayed }));

  const loginFailed = new Promise<Error>(resolve => {
    client.login(config.token).catch((err: Error) => {
      log.error('Anmeldung bei Discord fehlgeschlagen', { error: err });
      resolve(err);
    });
  });

  return {
    client,
    ready,
    loginFailed,
    async stop() {
      accepting = false;
      // In-flight replies get up to five seconds to finish.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise(r => (timer = setTimeout(r, SHUTDOWN_GRACE_MS)))]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}
