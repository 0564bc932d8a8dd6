// What a person at the terminal reads besides replies: log lines as short German text, notices above the prompt,
// repeated notices shown once; and what a machine reads from the bot: JSON lines.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { TerminalNotices, REPEAT_MS } from '../../src/terminal/notices.js';
import { startSession } from '../helpers/terminal-session.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { TSX } from '../helpers/bot-process.js';

const SECRET = 'MTExMTExMTExMTExMTExMTEx.fake.geheim';
const dirs = new TempDirs();
afterAll(() => dirs.removeAll());

function collect(): { lines: string[]; write: (t: string) => void } {
  const lines: string[] = [];
  return { lines, write: t => lines.push(...t.replace(/\n$/, '').split('\n')) };
}

describe('log lines', () => {
  it('are JSON for the bot, with level, time and message, the error with its stack, the token redacted', () => {
    const sink = collect();
    const log = createLogger('info', sink, [SECRET]);
    log.error('Neuer Index fehlgeschlagen', { error: new Error(`Platte voll ${SECRET}`) });
    log.debug('nicht sichtbar');
    expect(sink.lines).toHaveLength(1);
    const line = JSON.parse(sink.lines[0]!);
    expect(line).toMatchObject({ level: 'error', msg: 'Neuer Index fehlgeschlagen', error: { message: 'Platte voll [REDACTED]' } });
    expect(line.error.stack).toContain('Error: Platte voll');
    expect(typeof line.time).toBe('string');
  });

  it('are one German line each for a person, no stack, the token redacted', () => {
    const sink = collect();
    const log = createLogger('warn', sink, [SECRET], { human: true });
    log.warn('Datei übersprungen', { file: 'kaputt.txt', reason: 'kein Artikeltext gefunden' });
    log.error('Neuer Index fehlgeschlagen, der alte bleibt aktiv', { error: new Error(`Platte voll ${SECRET}`) });
    log.info('nicht sichtbar');
    expect(sink.lines).toEqual([
      'Warnung: Datei übersprungen (Datei: kaputt.txt, Grund: kein Artikeltext gefunden)',
      'Fehler: Neuer Index fehlgeschlagen, der alte bleibt aktiv (Platte voll [REDACTED])',
    ]);
  });

  it('carry the stack for a person only at debug level', () => {
    const sink = collect();
    createLogger('debug', sink, [], { human: true }).error('Kaputt', { error: new Error('innen') });
    expect(sink.lines[0]).toBe('Fehler: Kaputt (innen)');
    expect(sink.lines[1]).toBe('Error: innen');
    expect(sink.lines[2]).toMatch(/^\s+at /);
  });
});

describe('terminal notices', () => {
  it('show a notice repeated within the window once, and count it when it comes again later', () => {
    let now = 0;
    const shown: string[] = [];
    const notices = new TerminalNotices(t => shown.push(t), () => now);
    for (let i = 0; i < 9; i++) {
      notices.write('Korpus geändert – neuer Index aktiv (4 Artikel).');
      now += 500;
    }
    notices.write('Anderes.');
    now += REPEAT_MS;
    notices.write('Korpus geändert – neuer Index aktiv (4 Artikel).');
    expect(shown).toEqual([
      'Korpus geändert – neuer Index aktiv (4 Artikel).',
      'Anderes.',
      'Korpus geändert – neuer Index aktiv (4 Artikel). (dazwischen 8× dieselbe Meldung)',
    ]);
  });

  it('forget what is older than the window, so that a long session of progress lines keeps nothing', () => {
    let now = 0;
    const shown: string[] = [];
    const notices = new TerminalNotices(t => shown.push(t), () => now);
    for (let i = 0; i < 1000; i++) {
      notices.write(`Absätze: ${i}/1000`);
      now += 1000;
    }
    expect(shown).toHaveLength(1000);
    expect((notices as unknown as { seen: Map<string, unknown> }).seen.size).toBeLessThanOrEqual(REPEAT_MS / 1000);
  });

  it('stand above the prompt, which is drawn again with what was typed', async () => {
    const notices = new TerminalNotices(() => { throw new Error('nicht während der Sitzung'); });
    const { input, printed, done } = await startSession({ tty: true, notices });
    input.write('/ask wie vie');
    await new Promise(r => setTimeout(r, 50));
    const before = printed().length;
    notices.write('Korpus geändert – neuer Index aktiv (4 Artikel).');
    const after = printed().slice(before);
    expect(after).toContain('\u001b[2K'); // the prompt line cleared
    expect(after).toMatch(/Korpus geändert – neuer Index aktiv \(4 Artikel\)\.\n[^]*amtsbote> [^]*wie vie/);
    input.end();
    await done;
  });

  it('reach the terminal of npm start as German text, not JSON', async () => {
    const corpus = await dirs.withSeeds('notices');
    await writeFile(path.join(corpus, 'leer.txt'), '   \n');
    const child = spawn(process.execPath, ['--import', TSX, path.resolve('src/main.ts')], {
      env: { PATH: process.env.PATH!, CORPUS_DIR: corpus, HOME: await dirs.empty('notices-home') }, cwd: await dirs.empty('notices-cwd'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', d => (err += String(d)));
    child.stdin!.end('/quit\n');
    await new Promise(r => child.once('exit', r));
    expect(err).toContain('Warnung: Datei übersprungen (Datei: leer.txt');
    expect(err).not.toContain('{"level"');
  }, 60_000);
});
