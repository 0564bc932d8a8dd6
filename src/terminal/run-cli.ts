// The one-shot command line: `latest` and `show`, in German text or as JSON; I/O comes in as parameters.
import path from 'node:path';
import type { Corpus } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { latest } from '../core/queries/latest.js';
import { loadCorpusFolder } from '../io/corpus-folder.js';
import { intOption, parseArgs, stringOption, type ParsedArgs } from './args.js';
import { articleDetails, articleLine, articleSummary, loadReportLines } from './render-articles.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The corpus folder from the configuration, used when `--corpus` is not given. */
  corpusDir: string;
}

export const USAGE = [
  'Aufruf: npm run --silent cli -- BEFEHL [Optionen]',
  '',
  'Befehle:',
  '  latest [--limit N] [--city NAME]   neueste Artikel, undatierte zuletzt',
  '  show DATEI                          einen Artikel mit allen Feldern und Absätzen zeigen',
  '',
  'Optionen für alle Befehle:',
  '  --corpus ORDNER   Korpusordner (Standard: CORPUS_DIR oder seeds/)',
  '  --json            Ausgabe als JSON',
].join('\n');

type Verb = (args: ParsedArgs, corpus: Corpus, io: CliIo) => void;

const VERBS: Record<string, Verb> = {
  latest(args, corpus, io) {
    const result = latest(corpus, { limit: intOption(args, 'limit', 1, 1000), city: stringOption(args, 'city') });
    if (args.options.has('json')) {
      io.out(JSON.stringify({ city: result.city, message: result.message,
        articles: result.articles.map(articleSummary), skipped: corpus.skipped, warnings: corpus.warnings }, null, 2));
      return;
    }
    const lines = result.message ? [result.message] : result.articles.map(articleLine);
    io.out([...lines, ...loadReportLines(corpus.skipped, corpus.warnings)].join('\n'));
  },
  show(args, corpus, io) {
    const wanted = args.positional[0];
    if (!wanted) throw new UserError('show braucht einen Dateinamen, zum Beispiel: show 002_8b0194dd2a0f3f1f.txt');
    const name = path.basename(wanted);
    const article = corpus.articles.find(a => a.sources.includes(name));
    if (!article) {
      const skipped = corpus.skipped.find(s => s.source === name);
      throw new UserError(skipped ? `${name} wurde übersprungen: ${skipped.reason}.` : `Die Datei ${name} ist nicht im Korpus.`);
    }
    if (args.options.has('json')) io.out(JSON.stringify(article, null, 2));
    else io.out(articleDetails(article).join('\n'));
  },
};

/** Runs one command; returns the process exit code (0 done, 1 user error, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (!args.verb || args.verb === 'help' || args.options.has('help')) {
      io.out(USAGE);
      return args.verb || args.options.has('help') ? 0 : 2;
    }
    const verb = VERBS[args.verb];
    if (!verb) {
      io.err(`Unbekannter Befehl „${args.verb}“.\n\n${USAGE}`);
      return 2;
    }
    const corpus = await loadCorpusFolder(stringOption(args, 'corpus') ?? io.corpusDir);
    verb(args, corpus, io);
    return 0;
  } catch (err) {
    if (err instanceof UserError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
}
