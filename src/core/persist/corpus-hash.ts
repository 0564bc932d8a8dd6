// A hash of the corpus contents: names and bytes of its files in name order, and the names of skipped entries.
import { createHash } from 'node:crypto';
import type { SourceFile } from '../types.js';

export function corpusHash(files: SourceFile[], skipped: string[] = []): string {
  const hash = createHash('sha256');
  for (const name of [...skipped].sort()) hash.update(`skipped\u0000${name}\u0000`);
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${f.name}\u0000${f.bytes.length}\u0000`);
    hash.update(f.bytes);
  }
  return hash.digest('hex');
}
