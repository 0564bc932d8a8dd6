// Turns a terminal line (`/ask wie viele …`, `/latest 3 Kiel`) into a command and its input.
import type { CommandDef, CommandInput, OptionDef } from '../command.js';

export type LineResult =
  | { kind: 'command'; def: CommandDef; input: CommandInput }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

const QUIT = new Set(['quit', 'exit', 'q', 'beenden', 'ende']);

/** Finds a command by its name or German name. */
function findCommand(commands: Map<string, CommandDef>, word: string): CommandDef | undefined {
  const w = word.toLowerCase();
  return commands.get(w) ?? [...commands.values()].find(c => c.nameDe === w);
}

export function parseLine(line: string, commands: Map<string, CommandDef>): LineResult {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'error', message: 'Befehle beginnen mit /, zum Beispiel: /ask wie viele VPN-Zugänge Stuttgart' };
  const [head, ...words] = text.slice(1).split(/\s+/);
  if (QUIT.has(head!.toLowerCase())) return { kind: 'quit' };
  const def = findCommand(commands, head!);
  if (!def) return { kind: 'error', message: `Den Befehl /${head} gibt es nicht.` };

  const input: CommandInput = {};
  const options = def.options.filter(o => o.name !== 'private');
  let rest = [...words];
  for (const option of options) {
    if (option.type === 'integer' && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
      const n = Number(rest.shift());
      const problem = bounds(option, n);
      if (problem) return { kind: 'error', message: problem };
      input[option.name] = n;
    } else if (option.type === 'string' && option.rest && rest.length) {
      const value = rest.join(' ');
      if (option.maxLength && value.length > option.maxLength) {
        return { kind: 'error', message: `„${option.nameDe}“ ist zu lang: höchstens ${option.maxLength} Zeichen, hier sind es ${value.length}.` };
      }
      input[option.name] = value;
      rest = [];
    }
  }
  const missing = options.find(o => o.required && input[o.name] === undefined);
  if (missing) return { kind: 'error', message: `/${def.name} braucht „${missing.nameDe}“: ${missing.description}.` };
  return { kind: 'command', def, input };
}

function bounds(option: OptionDef, n: number): string | null {
  if ((option.min !== undefined && n < option.min) || (option.max !== undefined && n > option.max)) {
    return `„${option.nameDe}“ muss zwischen ${option.min} und ${option.max} liegen.`;
  }
  return null;
}
