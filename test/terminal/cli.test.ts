import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/terminal/run-cli.js';
import { SEEDS_DIR } from '../helpers/paths.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: t => (out += `${t}\n`), err: t => (err += `${t}\n`), corpusDir: SEEDS_DIR });
  return { code, out, err };
}

describe('cli latest', () => {
  it('lists the seed articles newest first in readable German', async () => {
    const { code, out } = await run('latest');
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      '09.03.2021  Frankfurt am Main   Städtische IT-Infrastruktur wird erweitert',
      '06.04.2020  Stuttgart           Stadt baut mobiles Arbeiten massiv aus',
      '30.05.2018  Frankfurt am Main   Stabsstelle wird umbenannt',
      '18.10.2017  Osnabrück           IT setzt Maßstäbe',
    ]);
  });

  it('prints the JSON form with sources relative to the corpus folder', async () => {
    const { code, out } = await run('latest', '--json', '--limit', '2');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.skipped).toEqual([]);
    expect(json.articles).toHaveLength(2);
    expect(json.articles[0]).toMatchObject({
      title: 'Städtische IT-Infrastruktur wird erweitert', city: 'Frankfurt am Main', date: '2021-03-09',
      source: '000_646e5ae0f655137e.txt', sources: ['000_646e5ae0f655137e.txt', '001_d5f3c415a9d77269.txt'],
      url: 'https://frankfurt.de', mentions: ['Gießen', 'Darmstadt', 'Kassel'],
    });
    expect(json.articles[0].id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('filters by city in any spelling, and says when a place has no articles', async () => {
    expect((await run('latest', '--city', 'osnabrueck')).out).toContain('IT setzt Maßstäbe');
    expect((await run('latest', '--city', 'Frankfurt')).out.trim().split('\n')).toHaveLength(2);
    expect((await run('latest', '--city', 'München')).out.trim()).toBe('Zu München habe ich keine Artikel.');
  });

  it('answers bad input with a German message and a non-zero exit code', async () => {
    expect(await run('latest', '--limit', 'viele')).toMatchObject({ code: 1, err: '--limit erwartet eine ganze Zahl von 1 bis 1000.\n' });
    expect(await run('latest', '--corpus', '/gibt/es/nicht')).toMatchObject({ code: 1, err: expect.stringContaining('wurde nicht gefunden') });
    expect(await run('tanzen')).toMatchObject({ code: 2, err: expect.stringContaining('Unbekannter Befehl „tanzen“') });
  });
});

describe('cli show', () => {
  it('prints the parsed article of a file with its fields and paragraphs', async () => {
    const { code, out } = await run('show', '001_d5f3c415a9d77269.txt');
    expect(code).toBe(0);
    expect(out).toContain('Titel:      Städtische IT-Infrastruktur wird erweitert');
    expect(out).toContain('Dateien:    000_646e5ae0f655137e.txt, 001_d5f3c415a9d77269.txt');
    expect(out).toContain('about · 001_d5f3c415a9d77269.txt');
  });

  it('says when the file is not in the corpus', async () => {
    expect(await run('show', 'fehlt.txt')).toMatchObject({ code: 1, err: 'Die Datei fehlt.txt ist nicht im Korpus.\n' });
  });
});
