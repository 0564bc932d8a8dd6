import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../src/commands-loader.js';
import { slashCommandJson } from '../src/discord/slash.js';

describe('loading command files', () => {
  it('loads the seven commands, each with German localisations and the privat option', async () => {
    const { commands, problems } = await loadCommands();
    expect(problems).toEqual([]);
    expect([...commands.keys()]).toEqual(['about', 'add', 'ask', 'city', 'help', 'latest', 'remove']);
    const ask = slashCommandJson(commands.get('ask')!);
    expect(ask).toMatchObject({ name: 'ask', name_localizations: { de: 'frage' } });
    expect(ask.options!.map(o => [o.name, o.name_localizations?.de, o.required])).toEqual([
      ['question', 'frage', true], ['count', 'anzahl', false], ['private', 'privat', false]]);
    expect(ask.options![0]).toMatchObject({ max_length: 300 });
    const latest = slashCommandJson(commands.get('latest')!);
    expect(latest.name_localizations).toEqual({ de: 'neueste' });
    expect(latest.options!.find(o => o.name === 'city')).toMatchObject({ name_localizations: { de: 'stadt' }, autocomplete: true });
    expect(slashCommandJson(commands.get('city')!).options![0]).toMatchObject({ name: 'name', required: true, autocomplete: true });
  });

  it('reports a malformed command file and still loads the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'amtsbote-commands-'));
    try {
      await writeFile(path.join(dir, 'gut.mjs'), "export default { name: 'gut', description: 'geht', options: [], run: () => ({ cards: [] }) };");
      await writeFile(path.join(dir, 'leer.mjs'), 'export const x = 1;');
      await writeFile(path.join(dir, 'kaputt.mjs'), 'export default {{{');
      const { commands, problems } = await loadCommands(dir);
      expect([...commands.keys()]).toEqual(['gut']);
      expect(problems).toEqual([
        { file: 'kaputt.mjs', reason: expect.stringContaining('lässt sich nicht laden') },
        { file: 'leer.mjs', reason: 'exportiert keine Befehlsdefinition (default export fehlt)' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
