// Reports a long build: nothing in its first second, then files/paragraphs done and the rate, now and then.
import type { BuildProgress } from './core/answer/engine-data.js';

/** A build shorter than this shows no progress. */
const QUIET_MS = 1000;

export function progressReporter(write: (line: string) => void, intervalMs: number, now: () => number = Date.now): (p: BuildProgress) => void {
  const start = now();
  let last = 0;
  return p => {
    const t = now();
    if (t - start < QUIET_MS || t - last < intervalMs) return;
    last = t;
    const rate = Math.round(p.done / ((t - start) / 1000));
    write(`${p.phase}: ${p.done.toLocaleString('de-DE')}/${p.total.toLocaleString('de-DE')} (${rate.toLocaleString('de-DE')}/s)`);
  };
}
