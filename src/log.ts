// Log lines through pino: JSON lines for the bot and for files; for a person at the terminal, short German lines
// (pino-pretty), a stack only at LOG_LEVEL=debug. Registered secrets never reach the output.
import { pino } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { LogLevel } from './config.js';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Where lines go: a stream, or the terminal's notice writer. */
export interface LogSink {
  write(text: string): unknown;
}

/** Replaces every occurrence of a secret with `[REDACTED]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[REDACTED]');
  return out;
}

const LEVEL_WORDS: Record<string, string> = { debug: 'Debug', info: 'Info', warn: 'Warnung', error: 'Fehler' };
const NOT_DETAILS = new Set(['level', 'time', 'msg', 'error', 'pid', 'hostname']);

/** The log's field names as a person reads them (the JSON lines keep the English keys that tools search for). */
const DETAIL_WORDS: Record<string, string> = {
  file: 'Datei', reason: 'Grund', corpus: 'Korpus', from: 'aus', articles: 'Artikel', paragraphs: 'Absätze',
  skipped: 'übersprungen', changes: 'Änderungen', question: 'Frage', command: 'Befehl', interactionId: 'Interaktion',
};

/** A JSON log line as one German line for a person: `Warnung: Datei übersprungen (Datei: a.txt, Grund: …)`. */
function humanLines(debug: boolean): (line: string) => string {
  return prettyFactory({
    colorize: false,
    hideObject: true,
    errorLikeObjectKeys: [],
    ignore: 'time,level,pid,hostname',
    messageFormat: (log: Record<string, unknown>) => {
      const details = Object.entries(log).filter(([k]) => !NOT_DETAILS.has(k))
        .map(([k, v]) => `${DETAIL_WORDS[k] ?? k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
      // An error's message is part of the line; its stack follows only when asked for (LOG_LEVEL=debug).
      const error = log.error as { message?: string; stack?: string } | undefined;
      if (error) details.push(typeof error === 'object' && error.message ? error.message : String(error));
      const stack = debug && typeof error === 'object' && error.stack ? `\n${error.stack}` : '';
      return `${LEVEL_WORDS[String(log.level)] ?? String(log.level)}: ${String(log.msg)}${details.length ? ` (${details.join(', ')})` : ''}${stack}`;
    },
  }) as (line: string) => string;
}

export function createLogger(level: LogLevel, sink: LogSink, secrets: readonly string[] = [], options: { human?: boolean } = {}): Logger {
  const human = options.human ? humanLines(level === 'debug') : null;
  const destination = {
    write: (line: string) => {
      const safe = redact(line, secrets);
      sink.write(human ? human(safe) : safe);
    },
  };
  const log = pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: label => ({ level: label }) },
    serializers: { error: pino.stdSerializers.err },
  }, destination);
  return {
    debug: (m, f) => log.debug(f ?? {}, m),
    info: (m, f) => log.info(f ?? {}, m),
    warn: (m, f) => log.warn(f ?? {}, m),
    error: (m, f) => log.error(f ?? {}, m),
  };
}
