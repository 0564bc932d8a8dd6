// Notices for a person at the terminal (log lines, rebuilds, folder changes): shown above the prompt, which is
// drawn again with what was typed; the same notice repeated within a short time is shown once, then counted.
/** A notice repeated within this time is not shown again. */
export const REPEAT_MS = 10_000;

export class TerminalNotices {
  private show: ((text: string) => void) | null = null;
  private readonly seen = new Map<string, { at: number; held: number }>();

  constructor(private readonly fallback: (text: string) => void, private readonly now: () => number = Date.now) {}

  /** While a session runs, notices go through it (above its prompt); before and after, to the fallback. */
  attach(show: (text: string) => void): void {
    this.show = show;
  }

  detach(): void {
    this.show = null;
  }

  write(text: string): void {
    const line = text.replace(/\n+$/, '');
    const t = this.now();
    // Only notices of the last window are remembered (progress lines differ each time; a long session keeps none).
    for (const [seenLine, entry] of this.seen) if (t - entry.at >= REPEAT_MS && entry.held === 0) this.seen.delete(seenLine);
    const last = this.seen.get(line);
    if (last && t - last.at < REPEAT_MS) {
      last.held++;
      return;
    }
    this.seen.set(line, { at: t, held: 0 });
    const held = last?.held ?? 0;
    (this.show ?? this.fallback)(held ? `${line} (dazwischen ${held}× dieselbe Meldung)` : line);
  }
}
