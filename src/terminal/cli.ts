// Entry point of `npm run cli`: reads the configuration and runs one command.
import { ConfigError, readConfig, type Config } from '../config.js';
import { runCli } from './run-cli.js';
import { DEFAULT_FETCH_LIMITS } from '../io/fetch-source.js';
import { ANSI_STYLE, PLAIN_STYLE } from '../reply-text.js';

/** The configuration, or null after saying in German what is wrong with it (as JSON with `--json`). */
function configOrNull(): Config | null {
  try {
    return readConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${process.argv.includes('--json') ? JSON.stringify({ error: { code: 'eingabe', message: err.message } }) : err.message}\n`);
    return null;
  }
}

const config = configOrNull();
if (!config) process.exitCode = 1;
else process.exitCode = await runCli(process.argv.slice(2), {
  out: text => process.stdout.write(`${text}\n`),
  err: text => process.stderr.write(`${text}\n`),
  corpusDir: config.corpusDir,
  style: process.stdout.isTTY ? ANSI_STYLE : PLAIN_STYLE,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  note: text => process.stderr.write(`${text}\n`),
  fetchLimits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: config.addAllowPrivate },
  limits: config.limits,
});
