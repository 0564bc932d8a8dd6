// The bot as `npm start` runs it, in its own process (the real discord.js client), against the fake Discord on
// 127.0.0.1 in this process: every acknowledgement is timed outside the bot, so a stalled bot fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, buttonClick, slashCommand, userNumber, type RecordedRequest } from '../fake-discord/server.js';
import { TEST_TOKEN } from '../helpers/bot-harness.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { CASES } from './cases.js';
import { EXPIRED_MESSAGE } from '../../src/discord/interactions.js';

let h: BotProcess;
beforeAll(async () => { h = await startBotProcess(); }, 90_000);
afterAll(async () => { await h?.stop(); });

type Interaction = ReturnType<typeof slashCommand>;

/** A new person for each question: the bot's real rate limit (five in ten seconds) applies here. */
let people = 0;
const someone = () => userNumber(++people);

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
      const [callback] = await send(slashCommand(c.command, c.options, someone()));
      expect(callback!.body.type).toBe(4);
      expect(callback!.body.data.allowed_mentions).toEqual({ parse: [] });
      const text = visible(callback!.body);
      for (const s of c.contains) expect(text).toContain(s);
      for (const s of c.absent ?? []) expect(text).not.toContain(s);
    });
  }

  it('/ask: the answer first (figure, place, date), the quote with the figure bold, the citation in the footer', async () => {
    const [callback] = await send(slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }, someone()));
    const [embed] = callback!.body.data.embeds;
    expect(embed.title).toBe('5.800 Zugänge · Stuttgart · 6. April 2020');
    expect(embed.description).toMatch(/^„In Zusammenarbeit mit der Netze-BW [^\n]*\*\*5\.800 Zugänge\*\* aus\.“\n\n\*Damit können/);
    expect(embed.footer.text).toBe('Stadt baut mobiles Arbeiten massiv aus · Stuttgart · 6. April 2020 · 002_8b0194dd2a0f3f1f.txt');
    // The other figures once, as written with their own noun: no `Beschäftigten: etwa 200 Beschäftigten`.
    expect(embed.fields).toEqual([{ name: 'Weitere Zahlen im Absatz', value: 'etwa 200 Beschäftigten · rund 2.000 Mitarbeiterinnen und Mitarbeiter', inline: false }]);
    expect(callback!.body.data.flags ?? 0).toBe(0);
  });

  it('privat:true makes the reply ephemeral', async () => {
    const [callback] = await send(slashCommand('latest', { count: 1, private: true }, someone()));
    expect(callback!.body.data.flags).toBe(64);
  });

  it('escapes markdown and defuses mentions echoed from the user', async () => {
    const [callback] = await send(slashCommand('city', { name: '**@everyone** <@123>' }, someone()));
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
    const me = someone();
    const [first] = await send(slashCommand('ask', { question: 'Wie viel hat Frankfurt investiert?', count: 1 }, me));
    expect(first!.body.data.embeds).toHaveLength(1);
    const buttons = first!.body.data.components[0].components;
    const more = buttons.find((b: { label?: string }) => b.label === 'Weitere Treffer');
    expect(more.custom_id).toMatch(/^more:[\w-]+:1$/);
    const [update] = await send(buttonClick(more.custom_id, me));
    expect(update!.body.type).toBe(7);
    expect(update!.body.data.embeds[0].description).not.toBe(first!.body.data.embeds[0].description);
    expect(visible(update!.body)).toMatch(/1,[68] Millionen Euro/);

    const [expired] = await send(buttonClick('more:abgelaufen:1', me));
    expect(expired!.body.data).toMatchObject({ content: EXPIRED_MESSAGE, flags: 64 });
  });

  it('👍 on an answer writes a structured feedback log line with a hashed user id', async () => {
    const me = someone();
    const [answer] = await send(slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }, me));
    const up = answer!.body.data.components[0].components.find((b: { emoji?: { name: string } }) => b.emoji?.name === '👍');
    const [thanks] = await send(buttonClick(up.custom_id, me));
    expect(thanks!.body.data).toMatchObject({ content: 'Danke für die Rückmeldung!', flags: 64 });
    const line = h.logLines().find(l => l.event === 'feedback');
    expect(line).toMatchObject({ vote: 'up', question: 'wie viele VPN-Zugänge Stuttgart', articleIds: [expect.stringMatching(/^[0-9a-f]{16}$/)] });
    expect(line!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(h.rawLog()).not.toContain(me.id);
  });

  it('never writes the token into the log', () => {
    expect(h.rawLog()).not.toContain(TEST_TOKEN);
  });
});
