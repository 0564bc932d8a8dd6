// Reports a long build: nothing in its first second, then, now and then, the phase with pieces done of all, the
// share, the rate and the time left (from the rate of the phase so far).
import type { BuildProgress } from './core/answer/engine-data.js';
import { germanNumber } from './reply-parts.js';

/** A build shorter than this shows no progress. */
const QUIET_MS = 1000;

/** `8 s`, `3 min`. */
function duration(seconds: number): string {
  return seconds < 90 ? `${Math.max(1, Math.round(seconds))} s` : `${Math.round(seconds / 60)} min`;
}

export function progressReporter(write: (line: string) => void, intervalMs: number, now: () => number = Date.now): (p: BuildProgress) => void {
  const start = now();
  let last = 0;
  let phase = '';
  let phaseStart = start;
  let phaseDone = 0;
  return p => {
    const t = now();
    // A phase is timed from its first report on (what was done before it counts as done at that moment).
    if (p.phase !== phase) {
      phase = p.phase;
      phaseStart = t;
      phaseDone = p.done;
    }
    if (t - start < QUIET_MS || t - last < intervalMs) return;
    last = t;
    const seconds = (t - phaseStart) / 1000;
    const rate = seconds > 0 ? (p.done - phaseDone) / seconds : 0;
    const parts = [`${p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0} %`];
    // Slow work (a scanned page read by OCR takes seconds) is told in seconds per piece.
    if (rate > 0) parts.push(rate >= 1 ? `${germanNumber(Math.round(rate))}/s` : `${germanNumber(Math.round(10 / rate) / 10)} s je Stück`);
    if (rate > 0 && p.done < p.total) parts.push(`noch etwa ${duration((p.total - p.done) / rate)}`);
    write(`${p.phase}: ${germanNumber(p.done)}/${germanNumber(p.total)} (${parts.join(', ')})`);
  };
}
