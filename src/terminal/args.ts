// Parses the one-shot command line: a verb, positional words and `--name value` / `--flag` options.
import { UserError } from '../core/errors.js';

export interface ParsedArgs {
  verb: string | null;
  positional: string[];
  options: Map<string, string | true>;
}

/** Options that take a value; all others are flags. */
const VALUED = new Set(['limit', 'city', 'corpus']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
    if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UserError(`Die Option --${name} braucht einen Wert.`);
      options.set(name, value);
    } else {
      options.set(name, true);
    }
  }
  return { verb: positional.shift() ?? null, positional, options };
}

/** A whole number within bounds, or a German error naming the option. */
export function intOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = args.options.get(name);
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError(`--${name} erwartet eine ganze Zahl von ${min} bis ${max}.`);
  }
  return n;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const raw = args.options.get(name);
  return typeof raw === 'string' ? raw : undefined;
}
