// An open cache file for the parts read from it on demand (text, postings), and reading a chunk of it checked
// against its SHA-256: the one way lazily read bytes come in.
import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { CacheDamage } from './cache-damage.js';

const closer = new FinalizationRegistry<number>(fd => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** Shared by the parts read from the file; closed once, when none of them is left (or at once by close()). */
export class OpenFile {
  constructor(readonly fd: number) {
    closer.register(this, fd, this);
  }

  close(): void {
    closer.unregister(this);
    closeSync(this.fd);
  }
}

/** Fills `bytes` from `position`; a file that ends too soon is damage. */
export function readInto(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) {
    const n = readSync(fd, bytes, done, bytes.length - done, position + done);
    if (n === 0) throw new CacheDamage('Datei ist abgeschnitten');
    done += n;
  }
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Chunk `index` of a blob read into `bytes` and checked; throws CacheDamage (and tells `onDamage`) when it does not match. */
export function readChunk(file: OpenFile, bytes: Uint8Array, position: number, sum: string,
  where: { name: string; index: number; count: number }, onDamage?: (reason: string) => void): void {
  let ok = true;
  try {
    readInto(file.fd, bytes, position);
  } catch {
    ok = false;
  }
  if (ok && sha256Hex(bytes) === sum) return;
  const reason = `Prüfsumme von „${where.name}“ (Stück ${where.index + 1} von ${where.count}) stimmt nicht`;
  onDamage?.(reason);
  throw new CacheDamage(reason);
}
