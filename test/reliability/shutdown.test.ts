// The real processes: the bot stops cleanly on SIGTERM and SIGINT, the terminal on Ctrl-D and Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, slashCommand } from '../fake-discord/server.js';
import { TEST_TOKEN } from '../helpers/bot-harness.js';

let fake: FakeDiscord;
beforeAll(async () => { fake = new FakeDiscord(); await fake.start(); });
afterAll(async () => { await fake.stop(); });

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH!, CORPUS_DIR: 'seeds', ...env }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', d => (out += String(d)));
  child.stderr!.on('data', d => (out += String(d)));
  const exit = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  return { child, output: () => out, exit };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise(r => setTimeout(r, 25));
  }
}

describe('shutdown', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} the bot finishes the reply in flight, disconnects and exits 0`, async () => {
      const bot = start({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
      await until(() => bot.output().includes('Korpus geladen') && fake.connected(), 20_000, 'Bot bereit');
      fake.callbackDelayMs = 1000;
      const i = slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' });
      fake.dispatch('INTERACTION_CREATE', i);
      await until(() => fake.forToken(i.token).length > 0, 5000, 'Antwort unterwegs');
      const stopped = Date.now();
      bot.child.kill(signal);
      const code = await bot.exit;
      fake.callbackDelayMs = 0;
      expect(code).toBe(0);
      expect(Date.now() - stopped).toBeLessThan(7000);
      expect(bot.output()).toContain('Beendet');
      expect(bot.output()).not.toContain(TEST_TOKEN);
      expect(bot.output()).not.toContain('"level":"error"');
    }, 40_000);
  }

  it('the terminal exits 0 at the end of input (Ctrl-D)', async () => {
    const term = start({});
    term.child.stdin!.end('/ask wie viele VPN-Zugänge Stuttgart\n');
    expect(await term.exit).toBe(0);
    expect(term.output()).toContain('**5.800 Zugänge**');
    expect(term.output()).toContain('Tschüss.');
  }, 30_000);

  it('the terminal exits 0 on Ctrl-C (SIGINT)', async () => {
    const term = start({});
    await until(() => term.output().includes('Befehle:'), 20_000, 'Banner');
    term.child.kill('SIGINT');
    expect(await term.exit).toBe(0);
    expect(term.output()).toContain('Tschüss.');
  }, 30_000);

  it('a failed login ends the start with exit code 1 and a German message, never the token', async () => {
    fake.faults.push({ match: (m, p) => m === 'GET' && p === '/gateway/bot', status: 401, body: { message: '401: Unauthorized', code: 0 }, times: 5 });
    const bot = start({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'error' });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toMatch(/Anmeldung bei Discord fehlgeschlagen: .+\. DISCORD_TOKEN prüfen/);
    expect(bot.output()).not.toContain(TEST_TOKEN);
    fake.faults.length = 0;
  }, 30_000);

  it('npm start hands SIGTERM to the node process: nothing stays behind', async () => {
    const npm = spawn('npm', ['start'], { env: { PATH: process.env.PATH!, CORPUS_DIR: 'seeds' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    npm.stdout!.on('data', d => (out += String(d)));
    const exit = new Promise(resolve => npm.once('exit', resolve));
    await until(() => out.includes('Befehle:'), 20_000, 'Banner');
    const { execFileSync } = await import('node:child_process');
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(npm.pid)]).toString().trim().split(/\s+/).map(Number);
    expect(children).toHaveLength(1); // `exec`: no shell, no tsx wrapper between npm and node
    npm.kill('SIGTERM');
    await exit;
    await until(() => { try { process.kill(children[0]!, 0); return false; } catch { return true; } }, 5000, 'node beendet');
  }, 30_000);
});
