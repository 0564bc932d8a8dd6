// Crafted files as a hostile user or a broken scraper would drop them into the corpus folder: PDF page-tree
// loops, deep nesting, fan-out, decompression bombs, huge DOMs, huge lines, stray bytes. Built on demand (no large
// file is committed); sizes are parameters, so that quick tests use small ones against lowered limits and the
// stress suite the full ones against the defaults.
import { deflateSync, createDeflate } from 'node:zlib';

/** A PDF made of the given object bodies (object n is bodies[n-1]; object 1 is the catalog), with a correct xref. */
export function pdfOf(bodies: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`, ...offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A stream object: dictionary entries plus data (flate-compressed when `flate`). */
export function streamObject(data: Buffer, dict = '', flate = true): Buffer {
  const body = flate ? deflateSync(data) : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const text = (s: string) => Buffer.from(`BT /F1 11 Tf 72 760 Td (${s}) Tj ET`, 'latin1');
const page = (parent: number, contents: number, font: number, extra = '') =>
  `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> ${extra} >> /Contents ${contents} 0 R >>`;

/** A one-page PDF: catalog (with `catalog` entries), page tree, the page (`resources` added), its content, a font, then `more` objects (6 …). */
function onePage(content: Buffer, { catalog = '', resources = '', more = [] as (string | Buffer)[] } = {}): Buffer {
  return pdfOf([`<< /Type /Catalog /Pages 2 0 R ${catalog}>>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(2, 4, 5, resources), content, FONT, ...more]);
}

/** The page tree's only kid is the tree itself. */
export function pdfPageTreeLoop(): Buffer {
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
}

/** A good page first, then a kid that leads back to the root of the page tree. */
export function pdfGoodPageThenLoop(): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
    page(2, 4, 5),
    streamObject(text('Die Stadt Ahlen meldet 120 neue Rechner.')),
    FONT,
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
  ]);
}

/** A page whose resources hold an array nested `depth` deep. */
export function pdfDeepNesting(depth = 100_000): Buffer {
  return onePage(streamObject(text('Tiefe Verschachtelung.')), { resources: `/Deep ${'['.repeat(depth)}${']'.repeat(depth)}` });
}

/**
 * A page that draws form X`levels` which draws X`levels-1` `fan` times, and so on down to a form that shows a
 * word: fan^levels words from a few hundred bytes.
 */
export function pdfFanOut(levels = 6, fan = 1000): Buffer {
  const bodies: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '', '', FONT];
  // Object 6 is X0 (the word), 7 is X1, … 6+levels is X`levels`.
  bodies.push(streamObject(text('Wort'), '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>'));
  for (let l = 1; l <= levels; l++) {
    const draw = Buffer.from(`/X${l - 1} Do `.repeat(fan));
    bodies.push(streamObject(draw, `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X${l - 1} ${5 + l} 0 R >> >>`));
  }
  bodies[2] = page(2, 4, 5, `/XObject << /X${levels} ${6 + levels} 0 R >>`);
  bodies[3] = streamObject(Buffer.from(`/X${levels} Do`));
  return pdfOf(bodies);
}

/** Deflates `size` bytes of `unit` repeated, streaming (a 1 GB bomb without 1 GB in memory). */
export async function deflateRepeated(unit: string, size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => { deflate.on('end', resolve); deflate.on('error', reject); });
  const chunk = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length))).subarray(0, 1 << 20);
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    if (!deflate.write(piece)) await new Promise(r => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

function compressedStream(compressed: Buffer, dict = ''): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`), compressed, Buffer.from('\nendstream')]);
}

/** A page whose content stream is `size` bytes of text operators, compressed small. */
export async function pdfTextOperatorBomb(size = 1 << 30): Promise<Buffer> {
  return onePage(compressedStream(await deflateRepeated('BT /F1 11 Tf 72 760 Td (Zahl 42) Tj ET\n', size)));
}

/** A readable page, and an image stream that inflates to `size` bytes of zeros. */
export async function pdfFlateBomb(size = 1.5 * (1 << 30)): Promise<Buffer> {
  return onePage(streamObject(Buffer.from('BT /F1 11 Tf 72 760 Td (Das Amt in Borna meldet 17 neue Stellen.) Tj ET q 100 0 0 100 72 600 cm /Im0 Do Q', 'latin1')), {
    resources: '/XObject << /Im0 6 0 R >>',
    more: [compressedStream(await deflateRepeated('\0', size), '/Type /XObject /Subtype /Image /Width 32768 /Height 49152 /ColorSpace /DeviceGray /BitsPerComponent 8')],
  });
}

/** A readable page, and a document metadata stream of `size` bytes. */
export async function pdfMetadataBomb(size = 1 << 30): Promise<Buffer> {
  return onePage(streamObject(text('Die Gemeinde Olching zählt 9 Server.')), {
    catalog: '/Metadata 6 0 R ',
    more: [compressedStream(await deflateRepeated('<x:xmpmeta>a</x:xmpmeta>', size), '/Type /Metadata /Subtype /XML')],
  });
}

/** A page count far beyond any article (the page tree lists `pages` kids, all the same page object). */
export function pdfManyPages(pages = 5000): Buffer {
  const kids = Array.from({ length: pages }, () => '3 0 R').join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    page(2, 4, 5),
    streamObject(text('Seite.')),
    FONT,
  ]);
}

const HEAD = '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Meldung</title></head><body>';

/** `count` nested `<div>`s around a paragraph. */
export function htmlNestedDivs(count = 100_000): Buffer {
  return Buffer.from(`${HEAD}${'<div>'.repeat(count)}<p>Die Stadt Lahr hat 40 Tablets gekauft.</p>${'</div>'.repeat(count)}</body></html>`);
}

/** `count` `<b>` that are never closed. */
export function htmlUnclosed(count = 500_000): Buffer {
  return Buffer.from(`${HEAD}<p>Die Stadt Lahr hat 40 Tablets gekauft.</p>${'<b>x'.repeat(count)}</body></html>`);
}

/** `count` tiny paragraphs. */
export function htmlTinyParagraphs(count = 1_000_000): Buffer {
  return Buffer.from(`${HEAD}<h1>Meldung</h1>${'<p>a</p>'.repeat(count)}</body></html>`);
}

/** One line of `size` letters without a space. */
export function txtLongLine(size = 50 * (1 << 20)): Buffer {
  return Buffer.alloc(size, 'a');
}

/** A UTF-8 page with umlauts throughout and one stray Windows-1252 byte (0xE9) in its body. */
export function htmlStrayByte(): Buffer {
  const before = Buffer.from(`${HEAD.replace('<title>Meldung</title>', '<title>Göttingen öffnet ein digitales Bürgerbüro</title>')}
<main><article><h1>Göttingen öffnet ein digitales Bürgerbüro</h1>
<p>Göttingen, 3. März 2022. Die Stadt Göttingen bietet ab sofort 45 Dienstleistungen online an. Die Bürgerinnen und Bürger können Anträge rund um die Uhr stellen, berichtet das Caf`);
  const after = Buffer.from(` im Rathaus, wo die Umstellung vorgestellt wurde.</p>
<p>Für die Einführung hat die Stadt zwölf Beschäftigte geschult; weitere Schulungen folgen im Frühjahr.</p>
</article></main></body></html>`);
  return Buffer.concat([before, Buffer.from([0xe9]), after]);
}

/** File names that would be terminal control if printed raw. */
export const HOSTILE_NAMES = {
  ansi: 'bericht-\u001b[2J\u001b]0;gekapert\u0007.txt',
  newline: 'bericht\nQuelle: gefälscht.txt',
  bidi: 'bericht-\u202Etxt.exe\u202C.txt',
};
