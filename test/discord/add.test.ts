// /add and /remove through the real discord.js client against the fake Discord, fetching from a local server.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, slashCommandWithFile, type RecordedRequest } from '../fake-discord/server.js';
import { startHarness, type Harness } from '../helpers/bot-harness.js';
import { startPageServer, type PageServer } from '../helpers/page-server.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { corpusFiles } from '../../src/corpus-files.js';
import { DEFAULT_FETCH_LIMITS } from '../../src/io/fetch-source.js';

const dirs = new TempDirs();
let h: Harness;
let server: PageServer;
let dir: string;

beforeAll(async () => {
  server = await startPageServer();
  dir = await dirs.empty('discord-add');
  // The fake Discord and the page server run on 127.0.0.1: the tests need the setting that allows it.
  h = await startHarness({ corpus: corpusFiles(dir, { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, maxBytes: 1024 * 1024, timeoutMs: 1500 }, 'discord') });
}, 30000);
afterAll(async () => {
  await h?.stop();
  await server?.close();
  await dirs.removeAll();
});

/** Sends an interaction and waits until its final answer (the edit after the deferral) is there. */
async function answer(i: ReturnType<typeof slashCommand>): Promise<RecordedRequest[]> {
  h.fake.dispatch('INTERACTION_CREATE', i);
  await h.fake.until(() => h.fake.forToken(i.token).length >= 2, 8000, `Antwort auf ${i.id}`);
  return h.fake.forToken(i.token);
}

const text = (body: any) => [body?.content ?? '', ...(body?.embeds ?? []).flatMap((e: any) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''])]
  .join('\n').replace(/\\([\\*_~`|>#-])/g, '$1');

describe('/add in Discord', () => {
  it('defers, fetches the page, shows how it was read and how to remove it', async () => {
    const [defer, edit] = await answer(slashCommand('add', { url: server.url('/meldung.html') }));
    expect(defer!.body).toMatchObject({ type: 5 });
    expect(text(edit!.body)).toMatch(/Hinzugefügt: buergerbuero-vergibt-termine-online-[0-9a-f]{10}\.html/);
    expect(text(edit!.body)).toContain('Bürgerbüro vergibt Termine online · Landsberg am Lech · 14. Februar 2023 · 4 Absätze');
    expect(text(edit!.body)).toMatch(/Entfernen: \/entfernen datei:buergerbuero-/);
    expect((await readdir(dir)).filter(f => f.endsWith('.html'))).toHaveLength(1);
  });

  it('takes an attached PDF', async () => {
    const pdf = server.url('/release.pdf');
    const [, edit] = await answer(slashCommandWithFile('add', 'file', { filename: 'release.pdf', url: pdf, contentType: 'application/pdf', size: 2900 }));
    expect(text(edit!.body)).toContain('Schwabach stellt Schulen auf Glasfaser um · Schwabach · 4. Juni 2024');
  });

  it('answers a bad address with a German reason and writes nothing', async () => {
    const before = await readdir(dir);
    for (const [p, reason] of [['/nix.html', 'antwortet mit 404'], ['/schleife', 'Zu viele Weiterleitungen'],
      ['/gross.html', 'zu groß'], ['/bild.png', 'Inhaltstyp „image/png“']] as const) {
      const [, edit] = await answer(slashCommand('add', { url: server.url(p) }));
      expect(text(edit!.body)).toContain(reason);
    }
    expect((await answer(slashCommand('add', { url: '/etc/passwd' })))[1]!.body).toMatchObject({ content: 'Bitte eine Adresse (https://…) angeben oder eine Datei anhängen.' });
    expect(await readdir(dir)).toEqual(before);
  });

  it('/remove takes the file out again', async () => {
    const file = (await readdir(dir)).find(f => f.endsWith('.pdf'))!;
    const [, edit] = await answer(slashCommand('remove', { file }));
    expect(text(edit!.body)).toBe(`Entfernt: ${file}. Der Korpus wird neu eingelesen.`);
    expect(await readdir(dir)).not.toContain(file);
  });
});
