// Interactions at five a second against a bot process, until a condition holds (and at least `minMs`): how long
// each took to be acknowledged, measured outside the bot.
import { slashCommand, type FakeDiscord } from '../fake-discord/server.js';

export async function ackLatencies(fake: FakeDiscord, question: string, done: () => boolean,
  { minMs, maxMs }: { minMs: number; maxMs: number }): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const started = Date.now();
  while (!done() || Date.now() - started < minMs) {
    if (Date.now() - started > maxMs) throw new Error('Neuaufbau dauert zu lange');
    const i = slashCommand('ask', { question });
    const sent = Date.now();
    fake.dispatch('INTERACTION_CREATE', i);
    pending.push(fake.until(() => fake.forToken(i.token).length > 0, 10_000, 'Bestätigung').then(() => {
      latencies.push(fake.forToken(i.token)[0]!.at - sent);
    }));
    await new Promise(r => setTimeout(r, 200));
  }
  await Promise.all(pending);
  return latencies;
}
