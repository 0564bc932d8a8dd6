// Parses the one-shot command line with node:util's parseArgs, strictly: each verb takes its own options, an
// unknown option or a missing value is a German error (exit 1), never silently ignored.
import { parseArgs as parseNode } from 'node:util';
import { UserError } from '../core/errors.js';

export interface ParsedArgs {
  verb: string | null;
  positional: string[];
  options: Map<string, string | true>;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/** Options every verb takes. */
const COMMON: OptionSpec = { corpus: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } };

/** The options of each verb beyond the common ones. */
export const VERB_OPTIONS: Record<string, OptionSpec> = {
  ask: { limit: { type: 'string' } },
  city: {},
  latest: { limit: { type: 'string' }, city: { type: 'string' } },
  show: {},
  index: {},
  add: {},
  remove: {},
  help: {},
};

const ALL: OptionSpec = Object.assign({}, COMMON, ...Object.values(VERB_OPTIONS));

function toMap(values: Record<string, string | boolean | (string | boolean)[] | undefined>): Map<string, string | true> {
  const options = new Map<string, string | true>();
  for (const [k, v] of Object.entries(values)) {
    const last = Array.isArray(v) ? v.at(-1) : v;
    if (last === true || (typeof last === 'string' && last !== '')) options.set(k, last);
  }
  return options;
}

export function parseArgs(argv: string[]): ParsedArgs {
  // First loosely, to find the verb; then strictly, with exactly that verb's options.
  const loose = parseNode({ args: argv, options: ALL, allowPositionals: true, strict: false });
  const verb = loose.positionals[0] ?? null;
  const own = verb ? VERB_OPTIONS[verb] : undefined;
  if (!own) return { verb, positional: loose.positionals.slice(1), options: toMap(loose.values) };
  const spec = { ...COMMON, ...own };
  try {
    const { values, positionals } = parseNode({ args: argv, options: spec, allowPositionals: true, strict: true });
    for (const [k, v] of Object.entries(values)) {
      if (spec[k]!.type === 'string' && v === '') throw new UserError(`Die Option --${k} braucht einen Wert.`);
    }
    return { verb, positional: positionals.slice(1), options: toMap(values) };
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as { code?: string }).code;
    const name = /'(-{1,2}[^'\s]+)/.exec((err as Error).message)?.[1]?.replace(/^-+/, '') ?? '';
    const known = Object.keys(spec).map(k => `--${k}`).join(', ');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UserError(`${verb} kennt die Option --${name} nicht. Möglich sind: ${known}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UserError(spec[name]?.type === 'string' ? `Die Option --${name} braucht einen Wert.` : `Die Option --${name} nimmt keinen Wert.`);
    }
    throw new UserError(`Die Befehlszeile ist nicht lesbar: ${(err as Error).message}`);
  }
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
