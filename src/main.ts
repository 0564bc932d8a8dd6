// Entry point of `npm start`: the Discord bot when DISCORD_TOKEN is set, else the terminal front end on the corpus.
import { ConfigError, readConfig, type Config } from './config.js';
import { loadCommands } from './commands-loader.js';
import { EngineHolder } from './engine-holder.js';
import { loadEngineInBackground } from './io/background-load.js';
import { loadFromCacheQuickly } from './io/engine-loader.js';
import { watchCorpus } from './io/corpus-watcher.js';
import { progressReporter } from './progress.js';
import { createLogger, redact } from './log.js';
import { TerminalNotices } from './terminal/notices.js';
import { countOf } from './reply-parts.js';
import { runTerminal } from './terminal/repl.js';
import { startBot } from './discord/bot.js';
import { corpusFiles } from './corpus-files.js';
import { corpusChanges } from './corpus-changes.js';
import { DEFAULT_FETCH_LIMITS } from './io/fetch-source.js';

/** Secrets that never reach a log line or an error message. */
let secrets: string[] = [];

function sayLoginFailed(err: Error): void {
  process.stderr.write(`Anmeldung bei Discord fehlgeschlagen: ${redact(err.message, secrets)}. DISCORD_TOKEN prüfen (siehe README, Discord).\n`);
}

async function main(config: Config): Promise<number> {
  secrets = config.discord ? [config.discord.token] : [];
  const terminal = !config.discord;
  // At the terminal, notices and warnings as short German lines above the prompt (a stack only at
  // LOG_LEVEL=debug); the bot writes JSON lines at the configured level.
  const notices = new TerminalNotices(text => process.stderr.write(`${text}\n`));
  const log = terminal
    ? createLogger(config.logLevel === 'debug' ? 'debug' : 'warn', notices, secrets, { human: true })
    : createLogger(config.logLevel, process.stderr, secrets);
  const say = (text: string) => notices.write(text);
  process.on('unhandledRejection', err => log.error('Unbehandelter Fehler', { error: err }));
  const { commands, problems } = await loadCommands();
  for (const p of problems) log.warn('Befehlsdatei übersprungen', { file: `commands/${p.file}`, reason: p.reason });

  const engines = new EngineHolder();
  // The terminal prints progress for people; the bot writes log lines.
  const progress = terminal
    ? progressReporter(say, 1000)
    : progressReporter(line => log.info('Index wird gebaut', { progress: line }), 2000);
  // A large cache leaves its paragraph text in the file; a chunk found damaged when read is never answered from,
  // and the index is built again from the corpus (the old one answers what it can meanwhile).
  const rebuildDamaged = (reason: string) => {
    if (terminal) say(`Cache beschädigt (${reason}) – der Index wird neu gebaut.`);
    else log.warn('Cache beschädigt, Index wird neu gebaut', { reason });
    loadEngineInBackground({ corpusDir: config.corpusDir, force: true, onProgress: progress, limits: config.limits })
      .then(rebuilt => {
        rebuilt.engine.warm();
        engines.set(rebuilt.engine);
        if (terminal) say('Index neu gebaut.');
        else log.info('Index neu gebaut', { reason });
      })
      .catch(err => log.error('Neubau nach beschädigtem Cache fehlgeschlagen', { error: err }));
  };
  const load = async () => {
    // A fitting cache is read right here (about a second, before anything waits); building goes to a worker.
    const loaded = await loadFromCacheQuickly({ corpusDir: config.corpusDir, onCacheDamage: rebuildDamaged, limits: config.limits })
      ?? await loadEngineInBackground({ corpusDir: config.corpusDir, onProgress: progress, limits: config.limits });
    for (const s of loaded.engine.data.skipped) log.warn('Datei übersprungen', { file: s.source, reason: s.reason });
    if (loaded.from === 'build') {
      if (terminal) say(`Index neu gebaut: ${loaded.reason}.`);
      else log.info('Index neu gebaut', { reason: loaded.reason });
    }
    if (loaded.cacheError) log.warn(loaded.cacheError);
    // The long-running front ends build the fuzzy term map now, not on the first typo.
    loaded.engine.warm();
    const stats = loaded.engine.stats();
    log.info('Korpus geladen', { corpus: config.corpusDir, from: loaded.from, articles: stats.articles, paragraphs: stats.paragraphs, skipped: stats.skipped.length });
    return loaded.engine;
  };
  const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: config.addAllowPrivate };
  const bot = config.discord ? startBot(config.discord, commands, engines, log, { corpus: corpusFiles(config.corpusDir, limits, 'discord', config.limits) }) : null;
  // A failed login ends the start with exit code 1, once the corpus load has finished (no half-written cache).
  const loading = load();
  const failed = bot ? await Promise.race([bot.loginFailed, loading.then(() => null)]) : null;
  if (failed) {
    await loading.catch(() => {});
    await bot!.stop();
    sayLoginFailed(failed);
    return 1;
  }
  engines.set(await loading);
  // Rebuilds run in a worker too: the old index answers until the new one is handed over whole.
  const watcher = watchCorpus({ corpusDir: config.corpusDir, onProgress: progress, limits: config.limits }, {
    onEngine: (engine, loaded) => {
      engine.warm(); // like the first engine: ready for typos before it answers
      const before = engines.current;
      engines.set(engine);
      const { articles } = engine.stats();
      // Which files came, changed, went or were skipped (and why): the notice names them.
      const changes = before ? corpusChanges(before, engine) : [];
      if (terminal) say([`Korpus geändert – neuer Index aktiv (${countOf(articles, 'Artikel', 'Artikel')}).`, ...changes].join('\n'));
      else log.info('Korpus geändert, neuer Index aktiv', { from: loaded.from, articles, changes });
    },
    onError: err => log.error('Neuer Index fehlgeschlagen, der alte bleibt aktiv', { error: err }),
    onNotice: message => {
      if (terminal) say(message);
      else log.warn(message);
    },
  }, loadEngineInBackground);

  if (terminal) {
    const end = new AbortController();
    process.once('SIGINT', () => end.abort());
    process.once('SIGTERM', () => end.abort());
    await runTerminal({ input: process.stdin, output: process.stdout, commands, engines, tty: Boolean(process.stdin.isTTY && process.stdout.isTTY), corpusDir: config.corpusDir,
      context: { corpus: corpusFiles(config.corpusDir, limits, 'terminal', config.limits) }, signal: end.signal, notices,
      onError: err => log.error('Befehl fehlgeschlagen', { error: err }) });
    watcher.stop();
    return 0;
  }
  // The bot runs until SIGTERM or SIGINT: it then takes no new work, lets in-flight replies finish and disconnects.
  // A login that fails later (the bot was never connected) also ends it, with exit code 1.
  let code = 0;
  void bot!.loginFailed.then(err => {
    sayLoginFailed(err);
    code = 1;
    process.emit('SIGTERM');
  });
  await new Promise<void>(resolve => {
    const stop = (signal: string) => {
      log.info('Beende', { signal });
      watcher.stop();
      bot!.stop().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  log.info('Beendet');
  return code;
}

try {
  process.exitCode = await main(readConfig());
} catch (err) {
  process.stderr.write(`${redact(err instanceof ConfigError ? err.message : `Fehler: ${(err as Error).message}`, secrets)}\n`);
  process.exitCode = 1;
}
// Keep-alive connections of the REST client must not hold the process open after a clean stop.
setTimeout(() => process.exit(), 1000).unref();
