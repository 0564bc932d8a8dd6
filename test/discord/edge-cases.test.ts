// Discord's awkward moments, through the bot in its own process (the real discord.js client) against the fake
// Discord in this one: late or double acknowledgements, missing permissions, votes after expiry, paging by someone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonClick, slashCommand, userNumber } from '../fake-discord/server.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { NOT_YOURS_MESSAGE, VOTE_EXPIRED_MESSAGE } from '../../src/discord/interactions.js';

let h: BotProcess;
beforeAll(async () => { h = await startBotProcess(); }, 90_000);
afterAll(async () => { await h?.stop(); });

/** A new person for each question: the bot's real rate limit (five in ten seconds) applies here. */
let people = 100;
const someone = () => userNumber(++people);

type Sent = ReturnType<typeof slashCommand> | ReturnType<typeof buttonClick>;
async function send(i: Sent, count = 1) {
  h.fake.dispatch('INTERACTION_CREATE', i);
  await h.fake.until(() => h.fake.forToken(i.token).length >= count, 5000, `Antwort auf ${i.id}`);
  return h.fake.forToken(i.token);
}
const settle = () => new Promise(r => setTimeout(r, 300));
const callbackFault = (status: number, code: number, message: string) =>
  h.fake.faults.push({ match: (m, p) => m === 'POST' && /\/callback$/.test(p), status, body: { message, code }, times: 1 });

describe('Discord edge cases', () => {
  it('an interaction acknowledged too late (10062) or twice (40060) is logged as such, with no apology attempt', async () => {
    for (const [status, code, message] of [[404, 10062, 'Unknown interaction'], [400, 40060, 'Interaction has already been acknowledged.']] as const) {
      callbackFault(status, code, message);
      const i = slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }, someone());
      await send(i);
      await settle();
      expect(h.fake.forToken(i.token)).toHaveLength(1); // no follow-up apology into a dead interaction
      expect(h.logLines().some(l => l.msg === 'Interaktion nicht mehr beantwortbar' && l.code === code)).toBe(true);
    }
    expect(h.logLines().filter(l => l.msg === 'Interaktion fehlgeschlagen')).toHaveLength(0);
  });

  it('without "Embed Links" (50013) or access (50001) the answer arrives as plain text', async () => {
    for (const code of [50013, 50001]) {
      callbackFault(403, code, 'Missing Permissions');
      const [refused, plain] = await send(slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' }, someone()), 2);
      expect(refused!.body.data.embeds.length).toBeGreaterThan(0);
      expect(plain!.body.data.embeds).toEqual([]);
      expect(plain!.body.data.content).toContain('5.800 Zugänge');
      expect(plain!.body.data.content).toContain('Stuttgart · 6. April 2020');
    }
  });

  it('a vote after the answer expired is not logged as feedback and says why', async () => {
    const before = h.logLines().filter(l => l.event === 'feedback').length;
    const [reply] = await send(buttonClick('vote:up:abgelaufen'));
    expect(reply!.body.data).toMatchObject({ content: VOTE_EXPIRED_MESSAGE, flags: 64 });
    expect(h.logLines().filter(l => l.event === 'feedback')).toHaveLength(before);
  });

  it('only the asker pages through an answer', async () => {
    const asker = someone();
    const [first] = await send(slashCommand('ask', { question: 'Wie viel hat Frankfurt investiert?', count: 1 }, asker));
    const more = first!.body.data.components[0].components.find((b: { label?: string }) => b.label === 'Weitere Treffer');
    const [other] = await send(buttonClick(more.custom_id, userNumber(7)));
    expect(other!.body.data).toMatchObject({ content: NOT_YOURS_MESSAGE, flags: 64 });
    const [own] = await send(buttonClick(more.custom_id, asker));
    expect(own!.body.type).toBe(7);
  });

  it('answers in a direct message, where there is no server', async () => {
    const i = slashCommand('latest', {}, someone());
    expect((i as { guild_id?: string }).guild_id).toBeUndefined();
    const [reply] = await send(i);
    expect(reply!.body.data.embeds[0].title).toBe('Neueste Artikel');
  });

  it('a stalled bot is seen from outside: no acknowledgement while its process is stopped, all of them after', async () => {
    const i = slashCommand('help', {}, someone());
    h.child.kill('SIGSTOP');
    try {
      h.fake.dispatch('INTERACTION_CREATE', i);
      await new Promise(r => setTimeout(r, 3000));
      expect(h.fake.forToken(i.token)).toHaveLength(0);
    } finally {
      h.child.kill('SIGCONT');
    }
    await h.fake.until(() => h.fake.forToken(i.token).length >= 1, 5000, 'Antwort nach dem Anhalten');
  });
});
