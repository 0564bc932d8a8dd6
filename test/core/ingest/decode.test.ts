import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/ingest/decode.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decoding corpus files', () => {
  it('reads UTF-8 with and without a BOM alike', () => {
    const plain = decodeText(bytes('Gießen und Zugänge'));
    const bom = decodeText(bytes([0xef, 0xbb, 0xbf], 'Gießen und Zugänge'));
    expect(plain).toEqual({ ok: true, text: 'Gießen und Zugänge', warning: null });
    expect(bom).toEqual(plain);
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning', () => {
    const latin = Buffer.concat([Buffer.from('Osnabrück ', 'latin1'), Buffer.from([0x96]), Buffer.from(' Maßstäbe', 'latin1')]);
    expect(decodeText(latin)).toEqual({ ok: true, text: 'Osnabrück – Maßstäbe', warning: expect.stringMatching(/Windows-1252/) });
    const euro = decodeText(Buffer.from([0x31, 0x30, 0x20, 0x80, 0x20, 0x84, 0x6a, 0x61, 0x93]));
    expect(euro.ok && euro.text).toBe('10 € „ja“');
  });

  it('keeps a UTF-8 file UTF-8 when one byte is stray: the byte becomes U+FFFD, and is reported', () => {
    const stray = bytes('Göttingen öffnet das Café ', [0xe9], ' am Markt; Bürger zahlen dort bar.');
    expect(decodeText(stray)).toEqual({ ok: true, text: 'Göttingen öffnet das Café \uFFFD am Markt; Bürger zahlen dort bar.',
      warning: 'eine ungültige UTF-8-Bytefolge durch „\uFFFD“ ersetzt' });
    // A page that declares UTF-8 keeps it even where the stray byte is its only non-ASCII character.
    expect(decodeText(bytes('<meta charset="utf-8"><p>Caf', [0xe9, 0xe9], '</p>'))).toMatchObject({ ok: true, text: '<meta charset="utf-8"><p>Caf\uFFFD\uFFFD</p>',
      warning: '2 ungültige UTF-8-Bytefolgen durch „\uFFFD“ ersetzt' });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kiel: Bürgeramt', 'utf16le')]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: 'Kiel: Bürgeramt' });
  });

  it('normalises line ends, NFC, soft hyphens, zero-width characters and special spaces', () => {
    const result = decodeText(bytes('Verwal\u00adtung\r\nZu\u0308gänge\u200b\rDruckversion\u00a0\u00a0PDF'));
    expect(result.ok && result.text).toBe('Verwaltung\nZügänge\nDruckversion  PDF');
  });

  it('skips empty, whitespace-only, NUL-carrying and binary files with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'leere Datei' });
    expect(decodeText(bytes(' \n\t \r\n'))).toEqual({ ok: false, reason: 'enthält nur Leerraum' });
    expect(decodeText(bytes('Text', [0], 'mehr'))).toMatchObject({ ok: false, reason: expect.stringContaining('NUL') });
    expect(decodeText(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41]))).toMatchObject({ ok: false, reason: expect.stringContaining('Binärdatei') });
  });
});
