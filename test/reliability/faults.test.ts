// The fake Discord misbehaves: a dropped gateway, 429 with retry-after, 500 on a callback, a re-index under load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, userNumber } from '../fake-discord/server.js';
import { startHarness, TEST_TOKEN, type Harness } from '../helpers/bot-harness.js';
import { evalEngine } from '../eval/eval-corpus.js';
import { seedEngine } from '../helpers/engines.js';
import { ERROR_MESSAGE } from '../../src/discord/interactions.js';
import { answerFooter } from '../../src/reply-parts.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 30000);
afterAll(async () => { await h?.stop(); });

async function ask(question: string, user = 1, count?: number) {
  const i = slashCommand('ask', count ? { question, count } : { question }, userNumber(user));
  h.fake.dispatch('INTERACTION_CREATE', i);
  await h.fake.until(() => h.fake.forToken(i.token).some(r => r.method === 'POST' && r.path.endsWith('/callback')), 10_000, 'Antwort');
  return i;
}

describe('faults', () => {
  it('resumes after the gateway drops the connection and answers what comes after', async () => {
    h.fake.dropGateway();
    await h.fake.until(() => h.fake.resumes + h.fake.identifies > 1 && h.fake.connected(), 15_000, 'Wiederaufnahme');
    expect(h.fake.resumes).toBeGreaterThanOrEqual(1);
    const i = await ask('wie viele VPN-Zugänge Stuttgart');
    expect(h.fake.forToken(i.token)[0]!.body.data.embeds[0].description).toContain('**5.800 Zugänge**');
  }, 30_000);

  it('retries after a 429 with retry-after; the reply still arrives', async () => {
    h.fake.faults.push({ match: (m, p) => m === 'POST' && p.endsWith('/callback'), status: 429, times: 1,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false }, headers: { 'retry-after': '0.3' } });
    const i = slashCommand('help', {}, userNumber(2));
    h.fake.dispatch('INTERACTION_CREATE', i);
    await h.fake.until(() => h.fake.forToken(i.token).length >= 2, 10_000, 'zweiter Versuch');
    const [limited, retried] = h.fake.forToken(i.token);
    expect(limited!.body).toEqual(retried!.body);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(250);
  }, 20_000);

  it('logs a 500 on a callback, tells the user, and keeps answering', async () => {
    // The REST client retries server errors three times: four failures make the reply fail.
    h.fake.faults.push({ match: (m, p) => m === 'POST' && p.endsWith('/callback'), status: 500, times: 4,
      body: { message: 'Interner Fehler', code: 0 } });
    const i = slashCommand('help', {}, userNumber(3));
    h.fake.dispatch('INTERACTION_CREATE', i);
    await h.fake.until(() => h.fake.forToken(i.token).length >= 5, 20_000, 'Fehlermeldung');
    expect(h.fake.forToken(i.token).at(-1)!.body.data).toMatchObject({ content: ERROR_MESSAGE, flags: 64 });
    const logged = h.logLines().find(l => l.level === 'error' && l.interactionId === i.id);
    expect(logged).toBeDefined();
    const next = await ask('Wie viele zusätzliche Server beschafft Frankfurt?', 4);
    expect(h.fake.forToken(next.token)[0]!.body.data.embeds[0].description).toContain('**acht zusätzliche Server**');
  }, 30_000);

  it('redacts the token when an error message carries it', async () => {
    h.fake.faults.push({ match: (m, p) => m === 'POST' && p.endsWith('/callback'), status: 400, times: 1,
      body: { message: `Ungültig: ${TEST_TOKEN}`, code: 50035 } });
    const i = slashCommand('help', {}, userNumber(5));
    h.fake.dispatch('INTERACTION_CREATE', i);
    await h.fake.until(() => h.fake.forToken(i.token).length >= 2, 10_000, 'Fehlermeldung');
    expect(h.logLines().find(l => l.level === 'error' && l.interactionId === i.id)).toBeDefined();
    expect(h.rawLog()).not.toContain(TEST_TOKEN);
    expect(h.rawLog()).toContain('Ungültig: [REDACTED]');
  });

  it('answers wholly from the old or wholly from the new index while the corpus is re-indexed', async () => {
    const old = await seedEngine();
    const fresh = await evalEngine(); // adds the Stuttgart article of 2022 (7.500 VPN-Zugänge)
    h.engines.set(old);
    const question = 'wie viele VPN-Zugänge Stuttgart';
    const sent: string[] = [];
    for (let n = 0; n < 60; n++) {
      if (n === 30) h.engines.set(fresh);
      const i = slashCommand('ask', { question, count: 5 }, userNumber(100 + n));
      h.fake.dispatch('INTERACTION_CREATE', i);
      sent.push(i.token);
      if (n % 10 === 0) await new Promise(r => setImmediate(r));
    }
    await h.fake.until(() => sent.every(t => h.fake.forToken(t).length > 0), 20_000, 'alle Antworten');
    const shapes = new Set(sent.map(t => h.fake.forToken(t)[0]!.body.data.embeds.map((e: { footer: { text: string } }) => e.footer.text).join(' | ')));
    // Each reply is one index's answer, footer by footer: the old one (only 2020) or the new one (2022 first).
    const shapeOf = (e: typeof old) => e.ask(question, { limit: 5 }).answers.map(a => answerFooter(a)).join(' | ');
    const oldShape = shapeOf(old);
    const newShape = shapeOf(fresh);
    expect(oldShape).not.toContain('portal_stuttgart_2022.txt');
    expect(newShape.split(' | ')[0]!.endsWith('Stuttgart · 12. Mai 2022 · portal_stuttgart_2022.txt')).toBe(true);
    expect([...shapes].every(s => s === oldShape || s === newShape)).toBe(true);
    expect(shapes).toContain(newShape);
  }, 30_000);
});
