// What a PDF's Flate streams unpack to, counted before pdf.js reads the file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unpacksBeyond } from '../../src/io/pdf-unpacked.js';
import * as hostile from '../helpers/hostile-files.js';
import { FORMATS_DIR } from '../helpers/paths.js';

const MB = 1 << 20;

describe('counting unpacked PDF streams', () => {
  it('passes ordinary PDFs, scans among them', async () => {
    const pdfs = readdirSync(FORMATS_DIR).filter(n => n.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(5);
    for (const name of pdfs) expect(await unpacksBeyond(readFileSync(path.join(FORMATS_DIR, name)), 16 * MB)).toBe(false);
  });

  it('finds one large bomb and many small streams that add up, whatever the filter is spelled like', async () => {
    expect(await unpacksBeyond(await hostile.pdfFlateBomb(40 * MB), 16 * MB)).toBe(true);
    expect(await unpacksBeyond(await hostile.pdfFlateBomb(8 * MB), 16 * MB)).toBe(false);
    // 40 small streams of 1 MB each (about 1 KB packed each), one with the filter in an array.
    const small = Array.from({ length: 40 }, (_, i) => {
      const packed = deflateSync(Buffer.alloc(MB, 'a'));
      const filter = i === 0 ? '/Filter [/FlateDecode]' : '/Filter /FlateDecode';
      return Buffer.concat([Buffer.from(`<< /Length ${packed.length} ${filter} >>\nstream\n`), packed, Buffer.from('\nendstream')]);
    });
    const pdf = hostile.pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', ...small]);
    expect(await unpacksBeyond(pdf, 16 * MB)).toBe(true);
    expect(await unpacksBeyond(pdf, 64 * MB)).toBe(false);
  });
});
