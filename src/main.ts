// Entry point of `npm start`: for now it lists the newest articles of the configured corpus.
import { readConfig } from './config.js';
import { runCli } from './terminal/run-cli.js';

const config = readConfig();
process.stdout.write(`Amtsbote – Korpus: ${config.corpusDir}\n\n`);
process.exitCode = await runCli(['latest'], {
  out: text => process.stdout.write(`${text}\n`),
  err: text => process.stderr.write(`${text}\n`),
  corpusDir: config.corpusDir,
});
