import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/command.js';
import { LIMITS, truncate } from '../../src/discord/limits.js';
import { toEmbeds, toMessage } from '../../src/discord/render.js';

const long = (n: number) => Array.from({ length: n }, (_, i) => `wort${i}`).join(' ');
const size = (e: any) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0)
  + (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);

describe('Discord rendering', () => {
  it('truncates at a word boundary with …', () => {
    expect(truncate('eins zwei drei vier', 12)).toBe('eins zwei…');
    expect(truncate('kurz', 10)).toBe('kurz');
  });

  it('keeps every embed and all embeds together within Discord limits', () => {
    const cards: Card[] = Array.from({ length: 12 }, (_, i) => ({
      title: long(100), url: `https://example.org/${i % 2}`, body: [{ text: long(1500) }],
      fields: Array.from({ length: 30 }, () => ({ name: long(60), value: long(300) })), footer: long(500),
    }));
    const embeds = toEmbeds(cards);
    expect(embeds).toHaveLength(LIMITS.embeds);
    for (const e of embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(e.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embeds.reduce((n, e) => n + size(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    expect(embeds.filter(e => e.url).map(e => e.url)).toEqual(['https://example.org/0', 'https://example.org/1']);
  });

  it('shows an unsure answer in amber with the caution above the title', () => {
    const [sure, unsure] = toEmbeds([
      { title: 'Sicher', body: [{ text: 'Text' }] },
      { title: 'Unsicher', caution: 'Unsicher (Konfidenz 12 %): Die Stelle passt kaum zur Frage.', body: [{ text: 'Text' }] },
    ]);
    expect(sure!.author).toBeUndefined();
    expect(unsure!.author?.name).toBe('Unsicher (Konfidenz 12 %): Die Stelle passt kaum zur Frage.');
    expect(unsure!.color).not.toBe(sure!.color);
  });

  it('keeps the bold figure when it cuts a long passage', () => {
    const [e] = toEmbeds([{ title: 'T', body: [{ text: long(800) + ' ' }, { text: '5.800 Zugänge', emphasis: true }, { text: ' ' + long(800) }] }]);
    expect(e!.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(e!.description).toContain('**5.800 Zugänge**');
  });

  it('escapes markdown in corpus text and never sends an empty embed', () => {
    const [e] = toEmbeds([{ title: 'T', body: [{ text: '**fett** `code` ||spoiler|| @here' }] }]);
    expect(e!.description).toBe('\\*\\*fett\\*\\* \\`code\\` \\|\\|spoiler\\|\\| @\u200bhere');
    const none = toMessage({ message: 'Zu München habe ich keine Artikel.', cards: [] }, 0, { key: null, nextPage: null, feedback: false }, false);
    expect(none).toEqual({ content: 'Zu München habe ich keine Artikel.', embeds: [], components: [], allowedMentions: { parse: [] } });
  });
});
