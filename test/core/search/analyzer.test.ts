import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, decompound, normalise, PLAIN_TEXT, placedTokens, tokenSpans, tokens } from '../../../src/core/search/analyzer.js';

describe('the German analyzer', () => {
  it('folds case, ß and ae/oe/ue spellings (not after q) before stemming', () => {
    expect(normalise('Zugaenge OSNABRUECK Straße Quelle')).toBe('zugänge osnabrück strasse quelle');
    expect(analyze('Zugaenge')).toEqual(analyze('Zugänge'));
    expect(analyze('osnabrueck')).toEqual(analyze('Osnabrück'));
    expect(analyze('Strasse')).toEqual(analyze('Straße'));
  });

  it('finds, with their places, exactly the tokens normalise gives (the folds of both agree)', () => {
    const letters = fc.constantFrom('u', 'e', 'a', 'o', 'q', 'Q', 'U', 'E', 'ß', 'ä', 'n', 'r', ' ', '-', '.', '1', 'İ');
    fc.assert(fc.property(fc.array(letters, { maxLength: 30 }).map(a => a.join('')), text => {
      const placed = placedTokens(text);
      expect(placed.map(t => t.token)).toEqual(tokens(text));
      for (const t of placed) expect(tokens(text.slice(t.start, t.end))).toContain(t.token);
    }), { numRuns: 2000 });
  });

  it('finds the same token places without making the tokens (case, folds, decomposed and length-changing letters)', () => {
    const letters = fc.constantFrom('u', 'e', 'a', 'o', 'q', 'U', 'E', 'ß', 'ä', 'n', ' ', '-', '.', ',', '1', '9', 'İ',
      '\u212A', '\u0301', 'Å', '\u2160', 'ǅ', 'ﬀ', '\u{1D400}', '(', 'Ü');
    fc.assert(fc.property(fc.array(letters, { maxLength: 30 }).map(a => a.join('')), text => {
      const placed = placedTokens(text);
      const spans = tokenSpans(text);
      expect({ starts: [...spans.starts], ends: [...spans.ends] }).toEqual({ starts: placed.map(t => t.start), ends: placed.map(t => t.end) });
    }), { numRuns: 3000 });
  });

  it('lets through as plain only characters that are in NFC alone and in pairs and keep their length when lowercased', () => {
    const plain: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      if (PLAIN_TEXT.test(ch)) plain.push(ch);
    }
    expect(plain.length).toBeGreaterThan(800);
    expect(plain).not.toContain('İ');
    expect(plain).not.toContain('\u0301');
    expect(plain).not.toContain('\u2000'); // a space with a canonical decomposition
    const bad: string[] = [];
    for (const a of plain) {
      if (a.normalize('NFC') !== a || a.toLowerCase().length !== 1) bad.push(a);
      for (const b of plain) if ((a + b).normalize('NFC') !== a + b) bad.push(a + b);
    }
    expect(bad).toEqual([]);
    expect(PLAIN_TEXT.test('Die Kosten – rund 2,4 Mio. € – trägt „die Stadt“.')).toBe(true);
  });

  it('places the tokens of texts of any length, one after another, each in its own arrays', () => {
    const long = 'Die Stadt Neuwied stellt 1.250 Laptops bereit. '.repeat(300);
    const first = tokenSpans(long);
    const second = tokenSpans('Zwei Wörter');
    expect([...second.starts]).toEqual([0, 5]);
    expect([...first.starts.subarray(0, 3)]).toEqual([0, 4, 10]);
    expect(first.starts.length).toBe(placedTokens(long).length);
    expect(first.ends.at(-1)).toBe(long.trimEnd().length - 1);
  });

  it('reads ue after a vowel as the diphthong it is, not as ü: neuen is a form of neu, not the number neun', () => {
    expect(normalise('neuen Steuer Dauer Bauer')).toBe('neuen steuer dauer bauer');
    expect(analyze('neuen')).toEqual(analyze('neu'));
    expect(analyze('neuer')).toEqual(analyze('neue'));
    expect(analyze('neuen')).not.toEqual(analyze('neun'));
    expect(analyze('Gebuehren')).toEqual(analyze('Gebühren'));
  });

  it('keeps numbers whole', () => {
    expect(analyze('5.800 Zugänge und 1,6 Millionen')).toEqual(['5.800', 'zugang', '1,6', 'million']);
  });

  it('indexes a word that starts with a number as itself, its number and its rest (5G is not only the number 5)', () => {
    expect(analyze('5G')).toEqual(['5g', '5', 'g']);
    expect(analyze('5G-Netz')).toEqual(['5g-netz', '5', 'g-netz', 'netz']);
    expect(analyze('1990er')).toEqual(['1990er', '1990']);
    expect(analyze('100MBit')).toEqual(expect.arrayContaining(analyze('100 MBit')));
  });

  it('indexes a hyphenated compound whole and by its parts', () => {
    expect(analyze('VPN-Zugänge')).toEqual(['vpn-zugang', 'vpn', 'zugang']);
    expect(analyze('E-Akte')).toEqual(['e-akt', 'akt']);
  });

  it('makes closed compounds reachable by their parts through the corpus vocabulary', () => {
    const vocabulary = new Set(['stadt', 'verwaltung', 'server', 'räume', 'anträge']);
    expect(decompound('stadtverwaltung', vocabulary)).toEqual(['stadt', 'verwaltung']);
    expect(decompound('serverräumen', vocabulary)).toEqual(['server', 'räume']);
    expect(decompound('bauanträge', vocabulary)).toEqual(['anträge']);
    expect(decompound('verwaltung', vocabulary)).toEqual([]);
    expect(decompound('bearbeitungszeit', new Set(['zeit']))).toEqual(['bearbeitung', 'zeit']);
    expect(analyze('Stadtverwaltung', { vocabulary })).toContain(analyze('Verwaltung')[0]);
    expect(analyze('Serverräume', { vocabulary })).toEqual(expect.arrayContaining(analyze('Server-Räume').slice(1)));
  });

  it('drops stopwords, and question words when asked to, but never number words', () => {
    expect(analyze('Wie viele der acht Server', { dropQuestionWords: true })).toEqual(['acht', 'serv']);
    expect(analyze('wann und wer')).toEqual(['wann', 'wer']);
  });
});
