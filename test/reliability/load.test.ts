// Many interactions at once against the real discord.js client, and the per-user rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, userNumber } from '../fake-discord/server.js';
import { startHarness, type Harness } from '../helpers/bot-harness.js';
import { RATE_LIMIT_MESSAGE, RateLimiter } from '../../src/discord/rate-limit.js';
import { SIZES } from './stress.js';

const QUESTIONS = [
  { question: 'wie viele VPN-Zugänge Stuttgart', expect: '5.800 Zugänge' },
  { question: 'Wie viele Anrufe gehen beim Service-Desk in Osnabrück ein?', expect: '25.000 Anrufe' },
  { question: 'Wie viele zusätzliche Server beschafft Frankfurt?', expect: 'acht zusätzliche Server' },
];

let h: Harness;
beforeAll(async () => { h = await startHarness({ limiter: new RateLimiter() }); }, 30000);
afterAll(async () => { await h?.stop(); });

describe('load', () => {
  it(`acknowledges ${SIZES.loadInteractions} interactions at concurrency ${SIZES.loadConcurrency} within 3 s, all correct, none lost`, async () => {
    const acks: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < SIZES.loadInteractions) {
        const n = next++;
        const q = QUESTIONS[n % QUESTIONS.length]!;
        // Many users, each well under the rate limit.
        const i = slashCommand('ask', { question: q.question }, userNumber(n));
        const sent = Date.now();
        h.fake.dispatch('INTERACTION_CREATE', i);
        await h.fake.until(() => h.fake.forToken(i.token).length > 0, 10_000, `Antwort ${n}`);
        const [callback] = h.fake.forToken(i.token);
        acks.push(callback!.at - sent);
        expect(callback!.body.type).toBe(4);
        expect(callback!.body.data.embeds[0].description).toContain(`**${q.expect}**`);
      }
    };
    await Promise.all(Array.from({ length: SIZES.loadConcurrency }, worker));
    acks.sort((a, b) => a - b);
    const p50 = acks[Math.floor(acks.length * 0.5)]!;
    const p95 = acks[Math.floor(acks.length * 0.95)]!;
    process.stdout.write(`Bestätigung: ${acks.length} Interaktionen, p50 ${p50} ms, p95 ${p95} ms, max ${acks.at(-1)} ms\n`);
    expect(acks).toHaveLength(SIZES.loadInteractions);
    expect(acks.at(-1)!).toBeLessThan(3000);
  }, 120_000);

  it('limits each user to 5 requests in 10 s with a friendly ephemeral message; others are unaffected', async () => {
    const busy = userNumber(999_999);
    const replies = [];
    for (let k = 0; k < 6; k++) {
      const i = slashCommand('help', {}, busy);
      h.fake.dispatch('INTERACTION_CREATE', i);
      await h.fake.until(() => h.fake.forToken(i.token).length > 0, 5000, 'Antwort');
      replies.push(h.fake.forToken(i.token)[0]!.body.data);
    }
    expect(replies.slice(0, 5).every(r => r.embeds.length === 1)).toBe(true);
    expect(replies[5]).toMatchObject({ content: RATE_LIMIT_MESSAGE, flags: 64 });
    const other = slashCommand('help', {}, userNumber(888_888));
    h.fake.dispatch('INTERACTION_CREATE', other);
    await h.fake.until(() => h.fake.forToken(other.token).length > 0, 5000, 'Antwort');
    expect(h.fake.forToken(other.token)[0]!.body.data.embeds).toHaveLength(1);
  });
});

describe('rate limiter', () => {
  it('opens again once the window has passed', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([true, true, false, true]);
    now = 1001;
    expect(limiter.take('a')).toBe(true);
  });
});
