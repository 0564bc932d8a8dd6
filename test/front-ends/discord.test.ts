// The real discord.js client against the fake Discord on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, buttonClick, slashCommand, type RecordedRequest } from '../fake-discord/server.js';
import { startHarness, TEST_TOKEN, type Harness } from '../helpers/bot-harness.js';
import { seedEngine } from '../helpers/engines.js';
import { CASES } from './cases.js';
import { ERROR_MESSAGE, EXPIRED_MESSAGE } from '../../src/discord/interactions.js';

/** A command that always fails, for the error boundary. */
const FAILING = { name: 'kaputt', nameDe: 'kaputt', description: 'wirft', descriptionEn: 'throws', options: [],
  run: () => { throw new Error('Absichtlich kaputt'); } };

let h: Harness;
beforeAll(async () => { h = await startHarness({ extraCommands: [FAILING] }); }, 30000);
afterAll(async () => { await h?.stop(); });

type Interaction = ReturnType<typeof slashCommand>;

/** Dispatches an interaction and waits for `count` requests that answer it. */
async function send(i: Interaction | ReturnType<typeof autocomplete> | ReturnType<typeof buttonClick>, count = 1): Promise<RecordedRequest[]> {
  const started = Date.now();
  h.fake.dispatch('INTERACTION_CREATE', i);
  await h.fake.until(() => h.fake.forToken(i.token).length >= count, 5000, `Antwort auf ${i.id}`);
  const requests = h.fake.forToken(i.token);
  expect(requests[0]!.at - started).toBeLessThan(3000); // acknowledged within Discord's 3 s
  return requests;
}

/** All visible text of a message body, markdown escapes removed. */
function visible(body: any): string {
  const data = body?.data ?? body;
  const parts = [data?.content ?? ''];
  for (const e of data?.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n').replace(/\\([\\*_~`|>#-])/g, '$1');
}

describe('Discord front end (real discord.js client)', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const [callback] = await send(slashCommand(c.command, c.options));
      expect(callback!.body.type).toBe(4);
      expect(callback!.body.data.allowed_mentions).toEqual({ parse: [] });
      const text = visible(callback!.body);
      for (const s of c.contains) expect(text).toContain(s);
      for (const s of c.absent ?? []) expect(text).not.toContain(s);
    });
  }

  it('/ask: the figure in bold, the citation in the footer, no mentions parsed', async () => {
    const [callback] = await send(slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }));
    const [embed] = callback!.body.data.embeds;
    expect(embed.title).toBe('Stadt baut mobiles Arbeiten massiv aus');
    expect(embed.description).toContain('**5.800 Zugänge**');
    expect(embed.footer.text).toBe('Stuttgart · 6. April 2020 · 002_8b0194dd2a0f3f1f.txt');
    expect(embed.fields.map((f: { value: string }) => f.value)).toContain('rund 2.000 Mitarbeiterinnen und Mitarbeiter');
    expect(callback!.body.data.flags ?? 0).toBe(0);
  });

  it('privat:true makes the reply ephemeral', async () => {
    const [callback] = await send(slashCommand('latest', { count: 1, private: true }));
    expect(callback!.body.data.flags).toBe(64);
  });

  it('escapes markdown and defuses mentions echoed from the user', async () => {
    const [callback] = await send(slashCommand('city', { name: '**@everyone** <@123>' }));
    const content: string = callback!.body.data.content;
    expect(content).toContain('\\*\\*@\u200beveryone\\*\\*');
    expect(content).not.toContain('**@everyone**');
    expect(callback!.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('/city autocomplete offers corpus places, prefix first, case- and umlaut-insensitive', async () => {
    const [callback] = await send(autocomplete('city', 'name', 'osnabrue'));
    expect(callback!.body.type).toBe(8);
    expect(callback!.body.data.choices).toEqual([{ name: 'Osnabrück (1 Artikel)', value: 'Osnabrück' }]);
    const [all] = await send(autocomplete('latest', 'city', ''));
    const names = all!.body.data.choices.map((c: { value: string }) => c.value);
    expect(names[0]).toBe('Frankfurt am Main'); // most articles first
    expect(names.length).toBeLessThanOrEqual(25);
    expect(names).toContain('Gießen');
  });

  it('"Weitere Treffer" pages through further answers; an expired page gets a polite message', async () => {
    const [first] = await send(slashCommand('ask', { question: 'Wie viel hat Frankfurt investiert?', count: 1 }));
    expect(first!.body.data.embeds).toHaveLength(1);
    const buttons = first!.body.data.components[0].components;
    const more = buttons.find((b: { label?: string }) => b.label === 'Weitere Treffer');
    expect(more.custom_id).toMatch(/^more:[\w-]+:1$/);
    const [update] = await send(buttonClick(more.custom_id));
    expect(update!.body.type).toBe(7);
    expect(update!.body.data.embeds[0].description).not.toBe(first!.body.data.embeds[0].description);
    expect(visible(update!.body)).toMatch(/1,[68] Millionen Euro/);

    const [expired] = await send(buttonClick('more:abgelaufen:1'));
    expect(expired!.body.data).toMatchObject({ content: EXPIRED_MESSAGE, flags: 64 });
  });

  it('👍 on an answer writes a structured feedback log line with a hashed user id', async () => {
    const [answer] = await send(slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }));
    const up = answer!.body.data.components[0].components.find((b: { emoji?: { name: string } }) => b.emoji?.name === '👍');
    const [thanks] = await send(buttonClick(up.custom_id));
    expect(thanks!.body.data).toMatchObject({ content: 'Danke für die Rückmeldung!', flags: 64 });
    const line = h.logLines().find(l => l.event === 'feedback');
    expect(line).toMatchObject({ vote: 'up', question: 'wie viele VPN-Zugänge Stuttgart', articleIds: [expect.stringMatching(/^[0-9a-f]{16}$/)] });
    expect(line!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(h.rawLog()).not.toContain('333333333333333333');
  });

  it('an exception gets an ephemeral German message and a logged stack; the bot keeps running', async () => {
    const i = slashCommand('kaputt');
    const [callback] = await send(i);
    expect(callback!.body.data).toMatchObject({ content: ERROR_MESSAGE, flags: 64 });
    const error = h.logLines().find(l => l.level === 'error' && l.interactionId === i.id);
    expect(JSON.stringify(error)).toContain('Absichtlich kaputt');
    expect(JSON.stringify(error)).toContain('stack');
    const [next] = await send(slashCommand('help'));
    expect(next!.body.type).toBe(4);
  });

  it('never writes the token into the log', () => {
    expect(h.rawLog()).not.toContain(TEST_TOKEN);
  });
});

describe('Discord front end while the index loads', () => {
  it('defers first and edits the reply once the index is there', async () => {
    const loading = await startHarness({ loadEngine: false });
    try {
      const i = slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' });
      loading.fake.dispatch('INTERACTION_CREATE', i);
      await loading.fake.until(() => loading.fake.forToken(i.token).length >= 1, 3000, 'Aufschub');
      expect(loading.fake.forToken(i.token)[0]!.body.type).toBe(5);
      loading.engines.set(await seedEngine());
      await loading.fake.until(() => loading.fake.forToken(i.token).length >= 2, 5000, 'Bearbeitung');
      const edit = loading.fake.forToken(i.token)[1]!;
      expect(edit.method).toBe('PATCH');
      expect(edit.path).toMatch(/\/messages\/%40original$/);
      expect(edit.body.embeds[0].description).toContain('**5.800 Zugänge**');
      expect(loading.logLines().filter(l => l.level === 'error')).toEqual([]);
    } finally {
      await loading.stop();
    }
  }, 30000);
});
