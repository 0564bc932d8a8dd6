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

describe('cli ask and city', () => {
  it('answers in German with the figure emphasised and the citation', async () => {
    const { code, out } = await run('ask', 'wie viele VPN-Zugänge Stuttgart');
    expect(code).toBe(0);
    expect(out).toMatch(/^5\.800 Zugänge · Stuttgart · 6\. April 2020\n„[^\n]*\*\*5\.800 Zugänge\*\* aus\.“\n/);
    expect(out).toContain('— Stadt baut mobiles Arbeiten massiv aus · Stuttgart · 6. April 2020 · 002_8b0194dd2a0f3f1f.txt');
  });

  it('prints the JSON form of ask', async () => {
    const json = JSON.parse((await run('ask', 'Wie viele zusätzliche Server beschafft Frankfurt?', '--json', '--limit', '1')).out);
    expect(json).toMatchObject({ query: 'Wie viele zusätzliche Server beschafft Frankfurt?', city: 'Frankfurt am Main', message: null });
    expect(json.answers).toHaveLength(1);
    expect(json.answers[0].figures[0]).toMatchObject({ text: 'acht zusätzliche Server', value: 8, unit: 'Server', qualifier: null });
    expect(json.answers[0].article).toMatchObject({ city: 'Frankfurt am Main', date: '2021-03-09', source: '000_646e5ae0f655137e.txt' });
    expect(typeof json.answers[0].score).toBe('number');
    expect(json.answers[0].confidence).toBeGreaterThan(0.5);
    expect(json.answers[0].unsure).toBe(false);
  });

  it('marks an unsure answer as such, in the text and in the JSON form', async () => {
    const question = 'Wie viel kostet das Homeoffice in Stuttgart?';
    const json = JSON.parse((await run('ask', question, '--json')).out);
    const unsure = json.answers.filter((a: { unsure: boolean; confidence: number }) => a.unsure && a.confidence < 0.5);
    expect(unsure.length).toBeGreaterThan(0);
    const { out } = await run('ask', question);
    expect(out).toMatch(/Unsicher \(Konfidenz \d+ %\): Die Stelle passt (kaum|nur zum Teil) zur Frage\./);
  });

  it('prints the JSON form of city with source and date on every figure', async () => {
    const json = JSON.parse((await run('city', 'osnabrueck', '--json')).out);
    expect(json.city).toBe('Osnabrück');
    expect(json.articles.map((a: { date: string }) => a.date)).toEqual(['2017-10-18']);
    expect(json.mentions).toEqual([]);
    expect(json.figures[0]).toMatchObject({ text: '25.000 Anrufe', source: '004_e4b273451464e0b6.txt', date: '2017-10-18' });
  });

  it('says what is missing when the question or place is left out', async () => {
    expect(await run('ask')).toMatchObject({ code: 1, err: expect.stringContaining('ask braucht eine Frage') });
    expect(await run('city')).toMatchObject({ code: 1, err: expect.stringContaining('city braucht einen Ort') });
    expect(await run('ask', 'Frage', '--limit', '11')).toMatchObject({ code: 1, err: '--limit erwartet eine ganze Zahl von 1 bis 10.\n' });
  });
});

describe('cli index', () => {
  it('rebuilds the index into the cache and says how big it is', async () => {
    const { code, out } = await run('index', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ articles: 4, paragraphs: 22, skipped: 0, cacheError: null });
    expect(json.cacheFile).toMatch(/index-[0-9a-f]{12}\.bin$/);
    expect(json.persistedBytes).toBeGreaterThan(1000);
  });
});

describe('a strict command line', () => {
  it.each([
    [['latest', '--bogus'], 'latest kennt die Option --bogus nicht. Möglich sind: --corpus, --json, --help, --limit, --city.'],
    [['latest', '--limt', '2'], 'latest kennt die Option --limt nicht. Möglich sind: --corpus, --json, --help, --limit, --city.'],
    [['latest', '--limit'], 'Die Option --limit braucht einen Wert.'],
    [['latest', '--limit', 'zwei'], '--limit erwartet eine ganze Zahl von 1 bis 1000.'],
    [['ask', 'wie viele Server', '--city', 'Kiel'], 'ask kennt die Option --city nicht. Möglich sind: --corpus, --json, --help, --limit.'],
    [['ask', 'wie viele Server', '--limit=0'], '--limit erwartet eine ganze Zahl von 1 bis 10.'],
    [['city', 'Kiel', '--limit', '3'], 'city kennt die Option --limit nicht. Möglich sind: --corpus, --json, --help.'],
    [['show', '002_8b0194dd2a0f3f1f.txt', '--json=ja'], 'Die Option --json nimmt keinen Wert.'],
    [['index', '--force'], 'index kennt die Option --force nicht. Möglich sind: --corpus, --json, --help.'],
    [['add', 'x.html', '--corpus'], 'Die Option --corpus braucht einen Wert.'],
    [['remove', 'x.html', '--all'], 'remove kennt die Option --all nicht. Möglich sind: --corpus, --json, --help.'],
  ])('%j: the German reason on stderr, nothing on stdout, exit 1', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect({ code, out, err: err.trim() }).toEqual({ code: 1, out: '', err: message });
  });

  it('a question over 300 characters is a mistake: stderr and exit 1', async () => {
    const { code, out, err } = await run('ask', 'Wie viele Server? '.repeat(20));
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err.trim()).toMatch(/^Die Frage ist zu lang: höchstens 300 Zeichen, diese hat \d+\.$/);
  });
});

describe('cli index', () => {
  it('that cannot write the cache fails with exit 1 and says so once, on stderr', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'amtsbote-index-'));
    await writeFile(path.join(dir, 'blockiert'), 'x');
    let out = '';
    let err = '';
    const code = await runCli(['index'], { out: t => (out += `${t}\n`), err: t => (err += `${t}\n`), note: t => (err += `${t}\n`),
      corpusDir: SEEDS_DIR, cacheDir: path.join(dir, 'blockiert') }).finally(() => rm(dir, { recursive: true, force: true }));
    expect(code).toBe(1);
    expect(out.trim()).toBe('Index gebaut: 4 Artikel, 22 Absätze, 0 Dateien übersprungen.');
    expect(err.match(/Cache konnte nicht geschrieben werden/g)).toHaveLength(1);
  });
});

describe('cli in German and with typos', () => {
  it('accepts the German verbs the terminal knows', async () => {
    const { code, out } = await run('frage', 'wie viele VPN-Zugänge Stuttgart');
    expect(code).toBe(0);
    expect(out).toContain('**5.800 Zugänge**');
    expect((await run('neueste', '--limit', '1')).out.trim().split('\n')).toHaveLength(1);
  });

  it('says which words it read differently, in text and in JSON', async () => {
    const text = await run('ask', 'wieviele endgerete hat frankfut beschaft', '--limit', '1');
    expect(text.out).toMatch(/^Meinten Sie: „Frankfurt“, „Endgeräte“, „beschafft“\?\n/);
    const json = JSON.parse((await run('ask', 'Wieviele Endgerete hat Frankfurt', '--json', '--limit', '1')).out);
    expect(json.corrections).toEqual([{ from: 'Endgerete', to: 'Endgeräte' }]);
    expect(json.answers[0].answer.text).toBe('200 zusätzliche Endgeräte');
  });
});

describe('cli errors', () => {
  // Every error the CLI prints for a mistake: German, with its exit code, and as JSON with --json.
  const ERRORS: [string[], number, string][] = [
    [['tanzen'], 2, 'Unbekannter Befehl „tanzen“.'],
    [['ask'], 1, 'ask braucht eine Frage, zum Beispiel: ask "wie viele VPN-Zugänge Stuttgart"'],
    [['city'], 1, 'city braucht einen Ort, zum Beispiel: city Osnabrück'],
    [['latest', '--limit', 'abc'], 1, '--limit erwartet eine ganze Zahl von 1 bis 1000.'],
    [['latest', '--limit'], 1, 'Die Option --limit braucht einen Wert.'],
    [['ask', 'x', '--foo'], 1, 'ask kennt die Option --foo nicht. Möglich sind: --corpus, --json, --help, --limit.'],
    [['show', 'nix.txt'], 1, 'Die Datei nix.txt ist nicht im Korpus.'],
    [['add'], 1, 'add braucht genau eine Adresse oder Datei, zum Beispiel: add https://www.example.de/meldung.html'],
    [['remove'], 1, 'remove braucht einen Dateinamen aus dem Korpus, zum Beispiel: remove bericht-1a2b3c4d5e.html'],
    [['latest', '--corpus', '/nicht/da'], 1, 'Der Korpusordner „/nicht/da“ wurde nicht gefunden.'],
  ];

  for (const [argv, exit, message] of ERRORS) {
    it(`${argv.join(' ')}: ${message}`, async () => {
      const text = await run(...argv);
      expect(text.code).toBe(exit);
      expect(text.out).toBe('');
      expect(text.err.startsWith(message)).toBe(true);
      const json = await run(...argv, '--json');
      expect(json.code).toBe(exit);
      expect(JSON.parse(json.err)).toEqual({ error: { code: exit === 2 ? 'aufruf' : 'eingabe', message } });
    });
  }
});
