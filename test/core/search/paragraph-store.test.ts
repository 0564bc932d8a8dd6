import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreBuilder, utf8Length } from '../../../src/core/search/paragraph-store.js';

describe('the paragraph store builder', () => {
  it('counts the UTF-8 bytes of any string as TextEncoder writes them (lone surrogates become U+FFFD)', () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), text => {
      expect(utf8Length(text)).toBe(encoder.encode(text).length);
    }), { numRuns: 3000 });
    expect(utf8Length('Zugänge 5.800 € 😀')).toBe(encoder.encode('Zugänge 5.800 € 😀').length);
  });

  it('stores the same paragraphs whether the text length was given up front or the text had to grow', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => ({
      text: `Absatz ${i}: Die Straße in Görlitz kostet ${i * 1000} € – ${'😀 ausgebaut. '.repeat(i % 9)}`, kind: 'body' as const,
      source: `datei-${i % 7}.txt`, articleIndex: i >> 2, sentenceStarts: [0, 10], figures: [],
    }));
    const sized = new StoreBuilder(paragraphs.reduce((n, p) => n + p.text.length, 0));
    const growing = new StoreBuilder();
    for (const p of paragraphs) {
      sized.add(p);
      growing.add(p);
    }
    const [a, b] = [sized.finish(), growing.finish()];
    expect(b.arrays.text.length).toBe(a.arrays.text.length);
    paragraphs.forEach((p, id) => {
      expect(a.get(id)).toEqual(b.get(id));
      expect(a.text(id)).toBe(p.text);
      expect(a.source(id)).toBe(p.source);
    });
  });
});
