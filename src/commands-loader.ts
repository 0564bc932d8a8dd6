// Loads the command definitions from commands/, one file each; a malformed file is reported, not fatal.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { commandProblem, type CommandDef } from './command.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../commands/', import.meta.url));

export interface LoadedCommands {
  commands: Map<string, CommandDef>;
  /** Files that could not be used, and why (German). */
  problems: { file: string; reason: string }[];
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<LoadedCommands> {
  const commands = new Map<string, CommandDef>();
  const problems: LoadedCommands['problems'] = [];
  const files = (await readdir(dir)).filter(f => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    try {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
      const problem = commandProblem(mod.default);
      const def = mod.default as CommandDef;
      if (problem) problems.push({ file, reason: problem });
      else if (commands.has(def.name)) problems.push({ file, reason: `Befehl „${def.name}“ gibt es schon` });
      else commands.set(def.name, def);
    } catch (err) {
      problems.push({ file, reason: `lässt sich nicht laden: ${(err as Error).message.split('\n')[0]}` });
    }
  }
  return { commands, problems };
}
