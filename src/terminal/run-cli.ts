// The one-shot command line: `latest` and `show`, in German text or as JSON; I/O comes in as parameters.
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Engine } from '../core/engine.js';
import { loadEngine, type LoadedEngine } from '../io/engine-loader.js';
import { progressReporter } from '../progress.js';
import { intOption, parseArgs, stringOption, type ParsedArgs } from './args.js';
import { articleDetails, articleLine, articleSummary, loadReportLines } from './render-articles.js';
import { cleanInput } from '../core/text/clean-input.js';
import { MAX_QUESTION_LENGTH } from '../core/answer/ask.js';
import { askJson, cityJson } from './render-answers.js';
import { PLAIN_STYLE, renderReply, type TextStyle } from '../reply-text.js';
import { loadCommands } from '../commands-loader.js';
import type { CommandDef, CommandInput } from '../command.js';
import { corpusFiles } from '../corpus-files.js';
import type { IngestLimits } from '../core/ingest/limits.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from '../io/fetch-source.js';
import { addedLines, countOf } from '../reply-parts.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The corpus folder from the configuration, used when `--corpus` is not given. */
  corpusDir: string;
  /** How text is styled (ANSI on a terminal). Default: plain, figures as `**…**`. */
  style?: TextStyle;
  /** The terminal's width; none: lines are not wrapped (a pipe). */
  columns?: number;
  /** Notes about the index (rebuilt and why, progress); stderr in the real CLI. */
  note?: (text: string) => void;
  cacheDir?: string;
  /** Limits for `add URL` (private addresses only when the configuration allows them). */
  fetchLimits?: FetchLimits;
  /** The limits each corpus file is read within (default DEFAULT_INGEST_LIMITS). */
  limits?: IngestLimits;
}

export const USAGE = [
  'Aufruf: npm run --silent cli -- BEFEHL [Optionen]',
  '',
  'Befehle:',
  '  ask "FRAGE" [--limit N]             Frage beantworten: Absatz, Zahl, Quelle (N 1–10, Standard 3)',
  '  city "ORT"                          Artikel, Erwähnungen und Kennzahlen zu einem Ort',
  '  latest [--limit N] [--city NAME]   neueste Artikel, undatierte zuletzt',
  '  show DATEI                          einen Artikel mit allen Feldern und Absätzen zeigen',
  '  index                               Index neu bauen und im Cache (.cache/) ablegen',
  '  add URL|DATEI                       Seite, PDF oder Text in den Korpusordner aufnehmen (.html, .pdf, .txt)',
  '  remove DATEI                        eine Datei aus dem Korpusordner entfernen',
  '',
  'Optionen für alle Befehle:',
  '  --corpus ORDNER   Korpusordner (Standard: CORPUS_DIR oder seeds/)',
  '  --json            Ausgabe als JSON',
  '',
  'Auch auf Deutsch: frage = ask, stadt = city, neueste = latest, hinzufuegen = add, entfernen = remove, hilfe = help',
].join('\n');

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('de-DE', { maximumFractionDigits: bytes < 1e6 ? 3 : 1 })} MB`;
}

type Verb = (args: ParsedArgs, engine: Engine, io: CliIo, loaded: LoadedEngine) => void | Promise<void>;

/** The command definitions, read once per process (the German verbs and the replies both need them). */
let definitions: Promise<Map<string, CommandDef>> | null = null;
const commandDefs = () => (definitions ??= loadCommands().then(l => l.commands));

/** A command's reply as the terminal shows it: the one text renderer, wrapped to the terminal. */
async function commandText(name: string, engine: Engine, input: CommandInput, io: CliIo, moreHint?: string): Promise<string> {
  const def = (await commandDefs()).get(name)!;
  return renderReply(await def.run(engine, input), { style: io.style ?? PLAIN_STYLE, width: io.columns, moreHint });
}

const VERBS: Record<string, Verb> = {
  index(args, engine, io, loaded) {
    const s = engine.stats();
    const { warnings } = engine.data;
    const summary = { articles: s.articles, paragraphs: s.paragraphs, skipped: s.skipped.length, cacheFile: loaded.cacheFile,
      persistedBytes: loaded.persistedBytes, cacheError: loaded.cacheError, skippedFiles: s.skipped, warnings };
    if (args.options.has('json')) io.out(JSON.stringify(summary, null, 2));
    else io.out(`Index gebaut: ${countOf(s.articles, 'Artikel', 'Artikel')}, ${countOf(s.paragraphs, 'Absatz', 'Absätze')}, `
      + `${countOf(s.skipped.length, 'Datei', 'Dateien')} übersprungen.`
      + (loaded.cacheError ? '' : `\nCache: ${loaded.cacheFile} (${megabytes(loaded.persistedBytes ?? 0)})`)
      + loadReportLines(s.skipped, warnings).map(l => `\n${l}`).join(''));
    // `index` is for the cache: when it cannot be written, the command failed (said once, on stderr).
    if (loaded.cacheError) throw new UserError(loaded.cacheError);
  },
  async ask(args, engine, io) {
    const question = args.positional.join(' ');
    if (!question.trim()) throw new UserError('ask braucht eine Frage, zum Beispiel: ask "wie viele VPN-Zugänge Stuttgart"');
    const length = cleanInput(question).length;
    if (length > MAX_QUESTION_LENGTH) throw new UserError(`Die Frage ist zu lang: höchstens ${MAX_QUESTION_LENGTH} Zeichen, diese hat ${length}.`);
    const limit = intOption(args, 'limit', 1, 10);
    if (args.options.has('json')) io.out(JSON.stringify(askJson(engine.ask(question, { limit })), null, 2));
    else io.out(await commandText('ask', engine, { question, count: limit ?? 3 }, io, 'mit --limit N mehr auf einmal'));
  },
  async city(args, engine, io) {
    const name = args.positional.join(' ');
    if (!name.trim()) throw new UserError('city braucht einen Ort, zum Beispiel: city Osnabrück');
    io.out(args.options.has('json') ? JSON.stringify(cityJson(engine.city(name)), null, 2) : await commandText('city', engine, { name }, io));
  },
  latest(args, engine, io) {
    const { skipped, warnings } = engine.data;
    const result = engine.latest({ limit: intOption(args, 'limit', 1, 1000), city: stringOption(args, 'city') });
    if (args.options.has('json')) {
      io.out(JSON.stringify({ city: result.city, message: result.message,
        articles: result.articles.map(articleSummary), skipped, warnings }, null, 2));
      return;
    }
    const lines = result.message ? [result.message] : result.articles.map(articleLine);
    io.out([...lines, ...loadReportLines(skipped, warnings)].join('\n'));
  },
  show(args, engine, io) {
    const wanted = args.positional[0];
    if (!wanted) throw new UserError('show braucht einen Dateinamen, zum Beispiel: show 002_8b0194dd2a0f3f1f.txt');
    const name = path.basename(wanted);
    const index = engine.articleFrom(name);
    if (index < 0) {
      const skipped = engine.data.skipped.find(s => s.source === name);
      throw new UserError(skipped ? `${name} wurde übersprungen: ${skipped.reason}.` : `Die Datei ${name} ist nicht im Korpus.`);
    }
    const article = engine.article(index);
    if (args.options.has('json')) io.out(JSON.stringify(article, null, 2));
    else io.out(articleDetails(article).join('\n'));
  },
};

/** Verbs that change the corpus folder: they need no index. */
const FOLDER_VERBS: Record<string, (args: ParsedArgs, corpusDir: string, io: CliIo) => Promise<void>> = {
  async add(args, corpusDir, io) {
    const target = args.positional[0];
    if (!target || args.positional.length > 1) throw new UserError('add braucht genau eine Adresse oder Datei, zum Beispiel: add https://www.example.de/meldung.html');
    const result = await corpusFiles(corpusDir, io.fetchLimits ?? DEFAULT_FETCH_LIMITS, 'terminal', io.limits).add(target);
    const hint = `npm run --silent cli -- remove ${result.file}${corpusDir === io.corpusDir ? '' : ` --corpus ${corpusDir}`}`;
    io.out(args.options.has('json') ? JSON.stringify({ ...result, remove: hint }, null, 2) : addedLines(result, hint).join('\n'));
  },
  async remove(args, corpusDir, io) {
    const name = args.positional[0];
    if (!name || args.positional.length > 1) throw new UserError('remove braucht einen Dateinamen aus dem Korpus, zum Beispiel: remove bericht-1a2b3c4d5e.html');
    await corpusFiles(corpusDir, io.fetchLimits ?? DEFAULT_FETCH_LIMITS, 'terminal').remove(name);
    io.out(args.options.has('json') ? JSON.stringify({ removed: name }) : `Entfernt: ${name}`);
  },
};

/** The German names of the CLI's verbs, from the command definitions the terminal and Discord use (`frage` = `ask`). */
async function germanVerbs(): Promise<Map<string, string>> {
  const verbs = new Set(['help', ...Object.keys(VERBS), ...Object.keys(FOLDER_VERBS)]);
  return new Map([...(await commandDefs()).values()].filter(c => verbs.has(c.name) && c.nameDe !== c.name).map(c => [c.nameDe, c.name]));
}

/** Runs one command; returns the process exit code (0 done, 1 user error, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // With --json, errors are JSON too (on stderr, with the same exit codes): {"error":{"code":"eingabe","message":"…"}}.
  const json = argv.includes('--json');
  const fail = (code: 'eingabe' | 'aufruf' | 'intern', message: string, exit: number, text = message): number => {
    io.err(json ? JSON.stringify({ error: { code, message } }) : text);
    return exit;
  };
  try {
    const parsed = parseArgs(argv);
    const german = parsed.verb ? (await germanVerbs()).get(parsed.verb) : undefined;
    const args = german ? { ...parsed, verb: german } : parsed;
    if (!args.verb || args.verb === 'help' || args.options.has('help')) {
      io.out(USAGE);
      return args.verb || args.options.has('help') ? 0 : 2;
    }
    const folderVerb = FOLDER_VERBS[args.verb];
    if (folderVerb) {
      await folderVerb(args, stringOption(args, 'corpus') ?? io.corpusDir, io);
      return 0;
    }
    const verb = VERBS[args.verb];
    if (!verb) return fail('aufruf', `Unbekannter Befehl „${args.verb}“.`, 2, `Unbekannter Befehl „${args.verb}“.\n\n${USAGE}`);
    const note = io.note ?? (() => {});
    const loaded = await loadEngine({
      corpusDir: stringOption(args, 'corpus') ?? io.corpusDir,
      cacheDir: io.cacheDir,
      force: args.verb === 'index',
      onProgress: progressReporter(note, 1000),
      limits: io.limits,
    });
    if (loaded.from === 'build' && args.verb !== 'index') note(`Index neu gebaut: ${loaded.reason}.`);
    if (loaded.cacheError && args.verb !== 'index') note(loaded.cacheError);
    await verb(args, loaded.engine, io, loaded);
    return 0;
  } catch (err) {
    if (err instanceof UserError) return fail('eingabe', err.message, 1);
    // Anything else (a library's error, a full disk): a German line with the detail, never a stack trace.
    return fail('intern', `Da ist etwas schiefgelaufen: ${(err as Error).message}`, 1);
  }
}
