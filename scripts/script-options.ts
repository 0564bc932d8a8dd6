// The measuring scripts' options, read with Node's own parser: an unknown option or a stray value gets a short German
// message and exit code 1, never a stack trace.
import { parseArgs } from 'node:util';

/** Ends the script with a German message on stderr and exit code 1. */
export function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(1);
}

/** The switches given (each of `flags` on or off) and the plain arguments; anything else ends the script with `usage`. */
export function readOptions(flags: readonly string[], usage: string): { on: (flag: string) => boolean; positionals: string[] } {
  const args = process.argv.slice(2);
  try {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: Object.fromEntries(flags.map(f => [f, { type: 'boolean' as const }])),
    });
    return { on: flag => values[flag] === true, positionals };
  } catch {
    const wrong = args.find(a => a.startsWith('-') && !flags.includes(a.replace(/^--?/, ''))) ?? args.join(' ');
    return fail(`Unbekannte Option „${wrong}“.\n${usage}`);
  }
}
