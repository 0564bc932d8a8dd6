// `cli add` and `cli remove` against a local HTTP server on 127.0.0.1, with the real fetch, readers and folder.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/terminal/run-cli.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from '../../src/io/fetch-source.js';
import { FORMATS_DIR } from '../helpers/paths.js';
import { startPageServer, type PageServer } from '../helpers/page-server.js';
import { TempDirs } from '../helpers/temp-dirs.js';

const dirs = new TempDirs();
let server: PageServer;
const OPEN: FetchLimits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, maxBytes: 1024 * 1024, timeoutMs: 1500 };

async function run(corpus: string, limits: FetchLimits, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--corpus', corpus], { out: t => (out += `${t}\n`), err: t => (err += `${t}\n`), corpusDir: 'seeds', fetchLimits: limits, cacheDir: path.join(corpus, '..', 'cache') });
  return { code, out, err };
}

beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server.close();
  await dirs.removeAll();
});

describe('cli add', () => {
  it('fetches a page, shows how it was read and how to remove it, and the corpus has it', async () => {
    const dir = await dirs.empty('add');
    const { code, out } = await run(dir, OPEN, 'add', server.url('/weiter'));
    expect(code).toBe(0);
    const [first, second, third] = out.trim().split('\n');
    expect(first).toMatch(/^Hinzugefügt: buergerbuero-vergibt-termine-online-[0-9a-f]{10}\.html \(aus http:\/\/127\.0\.0\.1:\d+\/meldung\.html\)$/);
    expect(second).toBe('Bürgerbüro vergibt Termine online · Landsberg am Lech · 14. Februar 2023 · 4 Absätze');
    expect(third).toMatch(/^Entfernen: npm run --silent cli -- remove buergerbuero-.*\.html --corpus /);
    const latest = await run(dir, OPEN, 'latest');
    expect(latest.out).toContain('Bürgerbüro vergibt Termine online');
    const file = (await readdir(dir))[0]!;
    expect((await run(dir, OPEN, 'remove', file)).out.trim()).toBe(`Entfernt: ${file}`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('adds a PDF by address and a local file, and refuses the same file twice', async () => {
    const dir = await dirs.empty('add-pdf');
    expect((await run(dir, OPEN, 'add', server.url('/release.pdf'))).out).toContain('Schwabach stellt Schulen auf Glasfaser um · Schwabach · 4. Juni 2024');
    const local = path.join(FORMATS_DIR, 'html_plain_kreis.html');
    expect((await run(dir, OPEN, 'add', local, '--json')).code).toBe(0);
    const again = await run(dir, OPEN, 'add', local);
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/^Diese Datei ist schon im Korpus: kreistag-beschliesst-digitalstrategie-/) });
    expect(await readdir(dir)).toHaveLength(2);
  });

  it.each([
    ['/nix.html', 'Nichts hinzugefügt: Die Seite antwortet mit 404 (Not Found).'],
    ['/gross.html', 'Nichts hinzugefügt: Die Datei ist zu groß (mehr als 1 MB).'],
    ['/schleife', 'Nichts hinzugefügt: Zu viele Weiterleitungen (mehr als 3).'],
    ['/bild.png', 'Nichts hinzugefügt: Inhaltstyp „image/png“ wird nicht gelesen; möglich sind HTML, PDF und Text.'],
    ['/scan.pdf', /^Nichts hinzugefügt: http:.*\/scan\.pdf ergibt keinen Artikel \(gescanntes PDF, aber die Texterkennung \(OCR\) fand keinen Text/],
    ['/stumm', 'Nichts hinzugefügt: Die Seite hat nicht innerhalb von 1,5 s geantwortet.'],
  ])('%s: a clear German reason, exit 1, nothing written', async (p, reason) => {
    const dir = await dirs.empty('add-bad');
    const { code, out, err } = await run(dir, OPEN, 'add', server.url(p));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim()).toMatch(reason instanceof RegExp ? reason : new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(await readdir(dir)).toEqual([]);
  }, 60_000);

  it('refuses loopback and private addresses unless the setting allows them, and anything but http(s)', async () => {
    const dir = await dirs.empty('add-private');
    for (const url of [server.url('/meldung.html'), 'http://10.0.0.5/seite.html', 'http://[::1]/x.html', 'http://169.254.169.254/latest']) {
      const { code, err } = await run(dir, DEFAULT_FETCH_LIMITS, 'add', url);
      expect(code).toBe(1);
      expect(err).toMatch(/liegt im eigenen oder einem privaten Netz; solche Adressen sind gesperrt \(ADD_ALLOW_PRIVATE_ADDRESSES\)/);
    }
    expect((await run(dir, DEFAULT_FETCH_LIMITS, 'add', 'ftp://example.org/a.html')).err.trim()).toBe('Nichts hinzugefügt: Nur http- und https-Adressen können hinzugefügt werden.');
    expect(await readdir(dir)).toEqual([]);
  });

  it('remove takes only a plain file name of the corpus', async () => {
    const dir = await dirs.empty('remove');
    expect((await run(dir, OPEN, 'remove', '../etc/passwd.txt')).code).toBe(1);
    expect((await run(dir, OPEN, 'remove', 'fehlt.html')).err.trim()).toBe('Die Datei fehlt.html ist nicht im Korpus.');
  });
});

describe('/add in the terminal', () => {
  it('adds a local file and an address one after the other, then /remove, in typed order', async () => {
    const { corpusFiles } = await import('../../src/corpus-files.js');
    const { startSession } = await import('../helpers/terminal-session.js');
    const dir = await dirs.empty('repl-add');
    const session = await startSession({ corpusDir: dir, context: { corpus: corpusFiles(dir, OPEN, 'terminal') } });
    const { input, done } = session;
    input.end([`/add ${path.join(FORMATS_DIR, 'html_plain_kreis.html')}`, `/add ${server.url('/release.pdf')}`, '/add', '/remove nix.txt', ''].join('\n'));
    await done;
    const printed = session.printed();
    const kreis = printed.indexOf('Kreistag beschließt Digitalstrategie · Landkreis Günzburg · 7. November 2022 · 3 Absätze');
    const schwabach = printed.indexOf('Schwabach stellt Schulen auf Glasfaser um · Schwabach');
    expect(kreis).toBeGreaterThan(0);
    expect(schwabach).toBeGreaterThan(kreis);
    expect(printed).toMatch(/Entfernen: \/remove kreistag-beschliesst-digitalstrategie-[0-9a-f]{10}\.html/);
    expect(printed).toContain('Gib eine Adresse oder den Pfad einer Datei an, zum Beispiel: /add https://www.example.de/meldung.html oder /add bericht.pdf');
    expect(printed).toContain('Die Datei nix.txt ist nicht im Korpus.');
    expect(printed.trim().endsWith('Tschüss.')).toBe(true);
    expect(await readdir(dir)).toHaveLength(2);
  });
});
