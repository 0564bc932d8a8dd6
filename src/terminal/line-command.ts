// The terminal's syntax for commands: turns a line (`/ask wie viele …`, `/latest 3 Kiel`, `/ask anzahl:5 …`) into a
// command and its input, and writes each command's usage in that same syntax for /help.
import type { CommandDef, CommandInput, InputValue, OptionDef } from '../command.js';

export type LineResult =
  | { kind: 'command'; def: CommandDef; input: CommandInput }
  | { kind: 'quit' }
  | { kind: 'empty' }
  /** `command`: the command the mistake was made in, for the hint `/help ask`. */
  | { kind: 'error'; message: string; command?: string };

/** The words that end the session. */
export const QUIT_WORDS = ['quit', 'exit', 'q', 'beenden', 'ende'];

/** Finds a command by its name or German name. */
export function findCommand(commands: Map<string, CommandDef>, word: string): CommandDef | undefined {
  const w = word.toLowerCase();
  return commands.get(w) ?? [...commands.values()].find(c => c.nameDe === w);
}

/** The options a terminal line can carry: Discord's `privat` and file uploads mean nothing here. */
function lineOptions(def: CommandDef): OptionDef[] {
  return def.options.filter(o => o.name !== 'private' && o.type !== 'attachment');
}

/**
 * Options up to and including the first that takes the rest of the line are given by position (`/latest 3 Kiel`);
 * every option may also be named, `anzahl:5` (the German or the English name).
 */
function positional(def: CommandDef): OptionDef[] {
  const out: OptionDef[] = [];
  for (const o of lineOptions(def)) {
    out.push(o);
    if (o.rest) break;
  }
  return out;
}

/** `/ask FRAGE [anzahl:N]`, `/latest [ANZAHL] [STADT]`: a command as the terminal takes it. */
export function terminalUsage(def: CommandDef): string {
  const byPosition = positional(def);
  const parts = byPosition.map(o => (o.required ? o.nameDe.toUpperCase() : `[${o.nameDe.toUpperCase()}]`));
  for (const o of lineOptions(def).filter(x => !byPosition.includes(x))) {
    parts.push(`[${o.nameDe}:${o.type === 'integer' ? 'N' : o.nameDe.toUpperCase()}]`);
  }
  return [`/${def.name}`, ...parts].join(' ');
}

function value(option: OptionDef, raw: string): { value: InputValue } | { error: string } {
  if (option.type === 'integer') {
    if (!/^\d+$/.test(raw)) return { error: `„${option.nameDe}“ muss eine Zahl sein, nicht „${raw}“.` };
    const n = Number(raw);
    if ((option.min !== undefined && n < option.min) || (option.max !== undefined && n > option.max)) {
      return { error: `„${option.nameDe}“ muss zwischen ${option.min} und ${option.max} liegen.` };
    }
    return { value: n };
  }
  if (option.type === 'boolean') return /^(ja|true|an)$/i.test(raw) ? { value: true } : { value: false };
  if (option.maxLength && raw.length > option.maxLength) {
    return { error: `„${option.nameDe}“ ist zu lang: höchstens ${option.maxLength} Zeichen, hier sind es ${raw.length}.` };
  }
  return { value: raw };
}

export function parseLine(line: string, commands: Map<string, CommandDef>): LineResult {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  // A line without a command is a question.
  if (!text.startsWith('/')) return commands.has('ask') ? parseLine(`/ask ${text}`, commands) : { kind: 'error', message: 'Befehle beginnen mit /.' };
  const [head, ...words] = text.slice(1).split(/\s+/);
  if (QUIT_WORDS.includes(head!.toLowerCase())) return { kind: 'quit' };
  const def = findCommand(commands, head!);
  if (!def) return { kind: 'error', message: `Den Befehl /${head} gibt es nicht.` };

  const input: CommandInput = {};
  const options = lineOptions(def);
  // Named options first, wherever they stand: `anzahl:5`.
  const rest: string[] = [];
  for (const word of words) {
    const named = /^([\p{L}]+):(.+)$/u.exec(word);
    const option = named && options.find(o => o.nameDe === named[1]!.toLowerCase() || o.name === named[1]!.toLowerCase());
    if (!option) {
      rest.push(word);
      continue;
    }
    const v = value(option, named![2]!);
    if ('error' in v) return { kind: 'error', message: v.error, command: def.name };
    input[option.name] = v.value;
  }
  for (const option of positional(def)) {
    if (input[option.name] !== undefined || rest.length === 0) continue;
    if (option.type === 'integer' && !/^\d+$/.test(rest[0]!)) continue;
    const raw = option.rest ? rest.splice(0).join(' ') : rest.shift()!;
    const v = value(option, raw);
    if ('error' in v) return { kind: 'error', message: v.error, command: def.name };
    input[option.name] = v.value;
  }
  if (rest.length) return { kind: 'error', message: `Zu viel für /${def.name}: „${rest.join(' ')}“. So geht es: ${terminalUsage(def)}`, command: def.name };
  const missing = options.find(o => o.required && input[o.name] === undefined);
  if (missing) return { kind: 'error', message: `/${def.name} braucht „${missing.nameDe}“: ${missing.description}.`, command: def.name };
  return { kind: 'command', def, input };
}
