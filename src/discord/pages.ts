// A short-lived memory of replies, so that "Weitere Treffer" and the votes know what they refer to.
import { randomBytes } from 'node:crypto';
import type { Reply } from '../command.js';

export interface PageEntry {
  reply: Reply;
  ephemeral: boolean;
  expires: number;
  /** Who asked: only they page through the answer. */
  owner: string | null;
}

export const PAGE_TTL_MS = 15 * 60 * 1000;
const MAX_ENTRIES = 5000;

export class PageCache {
  private readonly entries = new Map<string, PageEntry>();

  constructor(private readonly ttlMs = PAGE_TTL_MS, private readonly now: () => number = Date.now) {}

  put(reply: Reply, ephemeral: boolean, owner: string | null = null): string {
    this.sweep();
    const key = randomBytes(6).toString('base64url');
    this.entries.set(key, { reply, ephemeral, expires: this.now() + this.ttlMs, owner });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  get(key: string): PageEntry | null {
    const entry = this.entries.get(key);
    if (!entry || entry.expires < this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires < now) this.entries.delete(key);
  }
}
