// Entry point of `npm start`: the Discord bot when DISCORD_TOKEN is set, else the terminal front end on the corpus.
import { ConfigError, readConfig, type Config } from './config.js';
import { loadCommands } from './commands-loader.js';
import { Engine } from './core/engine.js';
import { EngineHolder } from './engine-holder.js';
import { loadCorpusFolder } from './io/corpus-folder.js';
import { createLogger } from './log.js';
import { runTerminal } from './terminal/repl.js';
import { startBot } from './discord/bot.js';

async function main(config: Config): Promise<number> {
  const log = createLogger(config.logLevel, process.stderr, config.discord ? [config.discord.token] : []);
  const { commands, problems } = await loadCommands();
  for (const p of problems) log.warn('Befehlsdatei übersprungen', { file: `commands/${p.file}`, reason: p.reason });

  const engines = new EngineHolder();
  const load = async () => {
    const corpus = await loadCorpusFolder(config.corpusDir);
    for (const s of corpus.skipped) log.warn('Datei übersprungen', { file: s.source, reason: s.reason });
    return Engine.fromCorpus(corpus);
  };

  if (!config.discord) {
    const engine = await load();
    engines.set(engine);
    await runTerminal({ input: process.stdin, output: process.stdout, commands, engine, tty: Boolean(process.stdin.isTTY && process.stdout.isTTY), corpusDir: config.corpusDir });
    return 0;
  }

  const bot = startBot(config.discord, commands, engines, log);
  engines.set(await load());
  const stats = engines.current!.stats();
  log.info('Korpus geladen', { corpus: config.corpusDir, articles: stats.articles, paragraphs: stats.paragraphs, skipped: stats.skipped.length });
  await new Promise<void>(resolve => {
    const stop = (signal: string) => {
      log.info('Beende', { signal });
      bot.stop().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

try {
  process.exitCode = await main(readConfig());
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Fehler: ${(err as Error).message}`}\n`);
  process.exitCode = 1;
}
