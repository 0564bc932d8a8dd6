// What only a bot in the test's own process can show, through the real discord.js client against the fake Discord:
// a command that throws, and an index that arrives late or never (both need a hand on the bot's inside).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../fake-discord/server.js';
import { startHarness, type Harness } from '../helpers/bot-harness.js';
import { seedEngine } from '../helpers/engines.js';
import { ERROR_MESSAGE, STILL_LOADING_MESSAGE } from '../../src/discord/interactions.js';

/** A command that always fails, for the error boundary. */
const FAILING = { name: 'kaputt', nameDe: 'kaputt', description: 'wirft', descriptionEn: 'throws', options: [],
  run: () => { throw new Error('Absichtlich kaputt'); } };

describe('the error boundary', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ extraCommands: [FAILING] }); }, 30000);
  afterAll(async () => { await h?.stop(); });

  async function send(i: ReturnType<typeof slashCommand>) {
    h.fake.dispatch('INTERACTION_CREATE', i);
    await h.fake.until(() => h.fake.forToken(i.token).length >= 1, 5000, `Antwort auf ${i.id}`);
    return h.fake.forToken(i.token);
  }

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

describe('an index that does not come', () => {
  let slow: Harness;
  beforeAll(async () => { slow = await startHarness({ loadEngine: false, deferredWaitMs: 200 }); }, 30000);
  afterAll(async () => { await slow?.stop(); });

  it('gets the deferred reply answered before the interaction token expires', async () => {
    const i = slashCommand('ask', { question: 'wie viele VPN-Zugänge Stuttgart' });
    slow.fake.dispatch('INTERACTION_CREATE', i);
    await slow.fake.until(() => slow.fake.forToken(i.token).length >= 2, 5000, 'Antwort');
    const [defer, edit] = slow.fake.forToken(i.token);
    expect(defer!.body).toMatchObject({ type: 5 });
    expect(edit!.body).toMatchObject({ content: STILL_LOADING_MESSAGE });
  });
});
