import { describe, expect, it } from 'vitest';
import { analyze, decompound, normalise } from '../../../src/core/search/analyzer.js';

describe('the German analyzer', () => {
  it('folds case, ß and ae/oe/ue spellings (not after q) before stemming', () => {
    expect(normalise('Zugaenge OSNABRUECK Straße Quelle')).toBe('zugänge osnabrück strasse quelle');
    expect(analyze('Zugaenge')).toEqual(analyze('Zugänge'));
    expect(analyze('osnabrueck')).toEqual(analyze('Osnabrück'));
    expect(analyze('Strasse')).toEqual(analyze('Straße'));
  });

  it('keeps numbers whole', () => {
    expect(analyze('5.800 Zugänge und 1,6 Millionen')).toEqual(['5.800', 'zugang', '1,6', 'million']);
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
