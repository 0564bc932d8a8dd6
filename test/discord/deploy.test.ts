import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord } from '../fake-discord/server.js';
import { TEST_TOKEN } from '../helpers/bot-harness.js';

const run = promisify(execFile);
let fake: FakeDiscord;
beforeAll(async () => { fake = new FakeDiscord(); await fake.start(); });
afterAll(async () => { await fake.stop(); });

const deploy = (env: Record<string, string>) => run(process.execPath, ['--import', 'tsx', 'src/discord/deploy.ts'], {
  env: { PATH: process.env.PATH!, ...env }, cwd: process.cwd(),
}).then(r => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

describe('npm run deploy', () => {
  it('registers the commands to the guild when DISCORD_GUILD_ID is set, and prints them', async () => {
    const r = await deploy({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_GUILD_ID: '444444444444444444', DISCORD_API_URL: fake.apiUrl });
    expect(r.code).toBe(0);
    const put = fake.requests.find(q => q.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/444444444444444444/commands`);
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(['about', 'add', 'ask', 'city', 'help', 'latest', 'remove']);
    expect(r.stdout).toContain('7 Befehle auf dem Server 444444444444444444 registriert');
    // Changing the corpus is for members who may manage the server (ManageGuild = 1 << 5), the rest for everyone.
    const add = put.body.find((c: { name: string }) => c.name === 'add');
    expect(add.default_member_permissions).toBe('32');
    expect(add.contexts).toEqual([0]); // servers only, not direct messages
    expect(add.options.find((o: { name: string }) => o.name === 'file')).toMatchObject({ type: 11, name_localizations: { de: 'datei' } });
    expect(put.body.find((c: { name: string }) => c.name === 'ask').default_member_permissions).toBeUndefined();
    expect(r.stdout).toContain('/latest (de: /neueste)');
  }, 30000);

  it('registers globally without a guild, and explains a missing client id', async () => {
    const ok = await deploy({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(ok.stdout).toContain('global');
    expect(fake.requests.some(q => q.method === 'PUT' && q.path === `/applications/${APP_ID}/commands`)).toBe(true);
    const missing = await deploy({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('DISCORD_CLIENT_ID fehlt');
    expect(missing.stderr + missing.stdout).not.toContain(TEST_TOKEN);
  }, 30000);
});
