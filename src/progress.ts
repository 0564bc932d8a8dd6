// Reports a long build: nothing in its first second, then files/paragraphs done and the rate, now and then.
import type { BuildProgress } from './core/answer/engine-data.js';
import { germanNumber } from './reply-parts.js';

/** A build shorter than this shows no progress. */
const QUIET_MS = 1000;

export function progressReporter(write: (line: string) => void, intervalMs: number, now: () => number = Date.now): (p: BuildProgress) => void {
  const start = now();
  let last = 0;
  return p => {
    const t = now();
    if (t - start < QUIET_MS || t - last < intervalMs) return;
    last = t;
    const rate = p.done / ((t - start) / 1000);
    // Slow work (a scanned page read by OCR takes seconds) is told in seconds per piece.
    const speed = rate >= 1 ? `${germanNumber(Math.round(rate))}/s` : `${germanNumber(Math.round(10 / rate) / 10)} s je Stück`;
    write(`${p.phase}: ${germanNumber(p.done)}/${germanNumber(p.total)} (${speed})`);
  };
}
