// Limits each user to a number of requests in a sliding window; everyone else is unaffected.

export const RATE_LIMIT = 5;
export const RATE_WINDOW_MS = 10_000;
export const RATE_LIMIT_MESSAGE = `Langsam, bitte: höchstens ${RATE_LIMIT} Anfragen in ${RATE_WINDOW_MS / 1000} Sekunden. Versuch es gleich noch einmal.`;

export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly limit = RATE_LIMIT, private readonly windowMs = RATE_WINDOW_MS, private readonly now: () => number = Date.now) {}

  /** Counts a request of the user; false when the user is over the limit (the request is not counted then). */
  take(user: string): boolean {
    const t = this.now();
    const since = t - this.windowMs;
    const times = (this.recent.get(user) ?? []).filter(x => x > since);
    if (times.length >= this.limit) {
      this.recent.set(user, times);
      return false;
    }
    times.push(t);
    this.recent.set(user, times);
    if (this.recent.size > 10_000) this.sweep(since);
    return true;
  }

  private sweep(since: number): void {
    for (const [user, times] of this.recent) if (times.every(x => x <= since)) this.recent.delete(user);
  }
}
