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
