// Counts what a PDF's Flate-compressed streams unpack to, without keeping it, before pdf.js reads the file:
// pdf.js offers no limit of its own, and a few kilobytes can unpack to gigabytes (a decompression bomb).
import { constants, createInflate, inflateSync } from 'node:zlib';

const STREAM = /stream\r?\n/g;
const FLATE_FIRST = /\/Filter\s*(?:\[\s*)?\/FlateDecode\b/;

/** Streams up to this size are unpacked at once: at most about a thousand times as much (deflate's limit), in one call. */
const AT_ONCE = 16 * 1024;

/** The bytes one compressed stream unpacks to, counted up to `budget + 1` (a broken stream counts what came). */
async function unpackedSize(data: Uint8Array, budget: number): Promise<number> {
  if (data.length <= AT_ONCE) {
    try {
      return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, budget + 1) }).length;
    } catch (err) {
      // Beyond the budget, or broken (counted as nothing: pdf.js will say what it makes of it).
      return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? budget + 1 : 0;
    }
  }
  return new Promise(resolve => {
    let size = 0;
    let done = false;
    const finish = () => {
      if (!done) resolve(size);
      done = true;
    };
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 20 });
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        finish();
        inflate.destroy();
      }
    });
    inflate.on('end', finish);
    inflate.on('error', finish);
    inflate.on('close', finish);
    inflate.end(data);
  });
}

/**
 * Whether the Flate streams of the file unpack to more than `limitBytes` together. Streams are found by their
 * keyword (`stream` … `endstream`) and their dictionary's filter; other filters are left to the time and memory
 * limits of the process that reads the file.
 */
export async function unpacksBeyond(bytes: Uint8Array, limitBytes: number): Promise<boolean> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let left = limitBytes;
  let dictFrom = 0;
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    const start = m.index + m[0].length;
    // The stream's dictionary: from the last `obj` before the keyword (an object's own dictionary).
    const obj = text.lastIndexOf('obj', m.index);
    const dict = text.slice(Math.max(obj, dictFrom, m.index - 4096), m.index);
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    dictFrom = end;
    STREAM.lastIndex = end + 'endstream'.length;
    if (!FLATE_FIRST.test(dict)) continue;
    left -= await unpackedSize(buffer.subarray(start, end), left);
    if (left < 0) return true;
  }
  return false;
}
