// Writes an engine snapshot to one cache file and reads it back: a lead (magic, header length, SHA-256 of the
// header), a JSON header that lists every blob with its own SHA-256, then 8-byte aligned blobs used in place.
// Nothing is used before it is verified: a damaged file is refused with a reason (and rebuilt), never answered
// from, and never crashes the reader.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Blob, Snapshot, SnapshotHeader } from '../core/persist/snapshot.js';
import { CacheDamage } from './cache-damage.js';
import { LazyPostings, POSTING_CHUNK_BYTES } from './lazy-postings.js';
import { LazyText, TEXT_CHUNK_BYTES } from './lazy-text.js';
import { OpenFile, readInto } from './open-file.js';

/** The magic of this cache layout (the older layout without checksums had `AMTSBOTE-INDEX\n`). */
const MAGIC = 'AMTSBOTE-IDX-4\n';
const DIGEST_BYTES = 32;
const LEAD_BYTES = MAGIC.length + 4 + DIGEST_BYTES;
const ALIGN = 8;
/** A header longer than this is not ours (the header holds article metadata: a few hundred bytes an article). */
const MAX_HEADER_BYTES = 1024 * 1024 * 1024;

const TYPES = {
  Uint8Array, Uint16Array, Uint32Array, Int32Array, Float32Array, Float64Array,
} as const;
type TypeName = keyof typeof TYPES;

interface BlobEntry {
  name: string;
  type: TypeName;
  offset: number;
  length: number;
  /** SHA-256 of the blob's bytes, hex. */
  sum: string;
  /** For blobs that may stay in the file: SHA-256 of every chunk of CHUNKED[name] bytes, checked piece by piece. */
  chunks?: string[];
}

/**
 * The blobs of bytes that may stay in the file and are read by chunks when used (see LazyText), with the field
 * of the snapshot that then carries them instead of `blobs`.
 */
const IN_FILE = { 'store.text': 'text', 'articles.records': 'records', 'terms.paragraphs.bytes': 'paragraphTerms' } as const;
type InFileField = (typeof IN_FILE)[keyof typeof IN_FILE];
const TEXT_BLOB = 'store.text';
/** Blobs that may stay in the file, with their chunk size (LazyText, LazyPostings). */
const CHUNKED: Record<string, number> = {
  ...Object.fromEntries(Object.keys(IN_FILE).map(name => [name, TEXT_CHUNK_BYTES])),
  'index.docs': POSTING_CHUNK_BYTES, 'index.weights': POSTING_CHUNK_BYTES,
};

function chunkSums(bytes: Uint8Array, size: number): string[] {
  const sums: string[] = [];
  for (let at = 0; at < bytes.length; at += size) sums.push(sha256(bytes.subarray(at, at + size)).toString('hex'));
  return sums;
}

export { CacheDamage };

function typeName(b: Blob): TypeName {
  return b.constructor.name as TypeName;
}

const pad = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;
const NOT_ASCII = /[\u007f-\uffff]/g;
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();
const bytesOf = (b: Blob) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Writes the snapshot next to its final place and renames it: a reader never sees half a file; no temp file stays. */
export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const entries: BlobEntry[] = [];
  let offset = 0;
  // Bytes that stayed in the old cache file are read whole to be written (and checked chunk by chunk on the way).
  const blobs: Record<string, Blob> = { ...snapshot.blobs };
  for (const [name, field] of Object.entries(IN_FILE)) {
    const bytes = snapshot[field];
    if (bytes && !blobs[name]) blobs[name] = bytes.subarray(0, bytes.length);
  }
  if (snapshot.postings && !blobs['index.docs']) {
    const terms = (blobs['index.offsets']?.length ?? 1) - 1;
    for (let t = 0; t < terms; t++) snapshot.postings.present(t);
    blobs['index.docs'] = snapshot.postings.docs;
    blobs['index.weights'] = snapshot.postings.weights;
  }
  for (const [name, blob] of Object.entries(blobs)) {
    const bytes = bytesOf(blob);
    entries.push({ name, type: typeName(blob), offset, length: blob.length, sum: sha256(bytes).toString('hex'),
      ...(CHUNKED[name] ? { chunks: chunkSums(bytes, CHUNKED[name]!) } : {}) });
    offset += blob.byteLength + pad(blob.byteLength);
  }
  // Written as ASCII (other characters as \u escapes): a large header then decodes several times faster.
  const header = Buffer.from(JSON.stringify({ ...snapshot.header, blobs: entries }).replace(NOT_ASCII, escape), 'latin1');
  const lead = Buffer.alloc(LEAD_BYTES);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(header.length, MAGIC.length);
  sha256(header).copy(lead, MAGIC.length + 4);
  const start = lead.length + header.length;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.write(lead);
      await handle.write(header);
      await handle.write(Buffer.alloc(pad(start)));
      for (const blob of Object.values(blobs)) {
        await handle.write(bytesOf(blob));
        await handle.write(Buffer.alloc(pad(blob.byteLength)));
      }
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    // A full disk or a vanished folder must not leave half a cache behind.
    await rm(tmp, { force: true });
    throw err;
  }
  return start + pad(start) + offset;
}

/**
 * The header's length from the lead, checked before anything is allocated or read: a flipped bit here must not
 * ask for gigabytes, and a file of another format is refused.
 */
function headerLength(lead: Buffer, fileSize: number): number {
  if (lead.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new CacheDamage('keine Amtsbote-Indexdatei dieses Formats');
  const length = lead.readUInt32LE(MAGIC.length);
  if (length === 0 || length > MAX_HEADER_BYTES || LEAD_BYTES + length > fileSize) throw new CacheDamage('Länge des Kopfs ist unmöglich');
  return length;
}

/** The header, verified against its checksum and checked field by field, from the lead and header bytes. */
function parseHeader(lead: Buffer, headerBytes: Buffer): SnapshotHeader & { blobs: BlobEntry[] } {
  if (!sha256(headerBytes).equals(lead.subarray(MAGIC.length + 4, LEAD_BYTES))) throw new CacheDamage('Prüfsumme des Kopfs stimmt nicht');
  let header: unknown;
  try {
    header = JSON.parse(isAscii(headerBytes) ? headerBytes.toString('latin1') : headerBytes.toString('utf8'));
  } catch {
    throw new CacheDamage('Kopf ist kein gültiges JSON');
  }
  const problem = headerProblem(header);
  if (problem) throw new CacheDamage(`Kopf unvollständig: ${problem}`);
  return header as SnapshotHeader & { blobs: BlobEntry[] };
}

const isInt = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** What is wrong with a parsed header, or null: every field the reader uses, with its type. */
function headerProblem(h: unknown): string | null {
  if (typeof h !== 'object' || h === null) return 'kein Objekt';
  const o = h as Record<string, unknown>;
  if (!isInt(o.formatVersion) || !isInt(o.analyzerVersion)) return 'Versionen';
  if (typeof o.corpusHash !== 'string' || typeof o.builtAt !== 'string' || Number.isNaN(Date.parse(o.builtAt))) return 'Korpus-Hash oder Datum';
  if (o.folderFingerprint !== undefined && typeof o.folderFingerprint !== 'string') return 'Ordner-Fingerabdruck';
  for (const k of ['skipped', 'warnings', 'knownPlaces', 'blobs']) if (!Array.isArray(o[k])) return k;
  const t = o.articleTables as Record<string, unknown> | undefined;
  const strings = (v: unknown) => Array.isArray(v) && v.every(x => typeof x === 'string');
  if (typeof t !== 'object' || t === null || !strings(t.places) || !strings(t.dates)) return 'articleTables';
  if (typeof o.tables !== 'object' || o.tables === null) return 'tables';
  for (const e of o.blobs as unknown[]) {
    const b = e as Record<string, unknown>;
    if (typeof b?.name !== 'string' || !(typeof b.type === 'string' && b.type in TYPES) || !isInt(b.offset) || !isInt(b.length)
      || typeof b.sum !== 'string' || !/^[0-9a-f]{64}$/.test(b.sum)) return 'Blob-Verzeichnis';
    const size = CHUNKED[b.name as string];
    if (b.chunks !== undefined && !(Array.isArray(b.chunks) && size !== undefined
      && b.chunks.length === Math.ceil(((b.length as number) * TYPES[b.type as TypeName].BYTES_PER_ELEMENT) / size)
      && b.chunks.every(c => typeof c === 'string' && /^[0-9a-f]{64}$/.test(c)))) return 'Prüfsummen der Stücke';
  }
  return null;
}

/** The lead and header of an open cache file, checked: where the blobs start and the file's size. */
interface Head {
  header: SnapshotHeader;
  entries: BlobEntry[];
  /** Where the first blob starts (8-byte aligned). */
  base: number;
  size: number;
}

function readHead(fd: number): Head {
  const size = fstatSync(fd).size;
  if (size < LEAD_BYTES) throw new CacheDamage('Datei ist abgeschnitten');
  const lead = readAt(fd, 0, LEAD_BYTES);
  const length = headerLength(lead, size);
  const headerEnd = LEAD_BYTES + length;
  const { blobs: entries, ...header } = parseHeader(lead, readAt(fd, LEAD_BYTES, length));
  return { header, entries, base: headerEnd + pad(headerEnd), size };
}

/** Reads only the lead and the header: enough to decide whether the cache fits the corpus. */
export async function readSnapshotHeader(file: string): Promise<SnapshotHeader> {
  const fd = openSync(file, 'r');
  try {
    return readHead(fd).header;
  } finally {
    closeSync(fd);
  }
}

export interface ReadOptions {
  /**
   * Paragraph text of at least this many bytes stays in the file and is read (and checked) chunk by chunk when a
   * paragraph is shown; default: never (everything is read and checked now, as a worker thread must).
   */
  lazyTextFrom?: number;
  /** Told once when a lazily read chunk turns out damaged (the read itself fails with CacheDamage). */
  onDamage?: (reason: string) => void;
}

/** Thrown by readSnapshot when `accept` turned the header down: the cache is sound, but not for this use. */
export class NotAccepted extends Error {}

/** Paragraph text from this size on stays in the file when the main thread loads a cache (about 150k paragraphs). */
export const LAZY_TEXT_FROM = 64 * 1024 * 1024;

/**
 * Reads the snapshot; every blob is checked against its checksum before it is used. The header is read and
 * parsed once, first: when `accept` says no, nothing else is read and NotAccepted is thrown. Large paragraph
 * text stays in the file when `lazyTextFrom` allows it (see lazySnapshot), else every blob is read now.
 */
export async function readSnapshot(file: string, options: ReadOptions & { accept?: (header: SnapshotHeader) => boolean } = {}): Promise<Snapshot> {
  const fd = openSync(file, 'r');
  let handedOver = false;
  try {
    const head = readHead(fd);
    if (options.accept && !options.accept(head.header)) throw new NotAccepted();
    const text = head.entries.find(e => e.name === TEXT_BLOB);
    if (options.lazyTextFrom !== undefined && text?.chunks && text.length >= options.lazyTextFrom) {
      handedOver = true;
      return lazySnapshot(new OpenFile(fd), head, options.onDamage);
    }
    return wholeSnapshot(fd, head);
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

/** Every blob read from the file behind the header and checked. */
function wholeSnapshot(fd: number, { header, entries, base, size }: Head): Snapshot {
  // One read of everything behind the header; blob offsets are multiples of 8 from `base`, so views stay aligned.
  const data = new Uint8Array(size - base);
  readInto(fd, data, base);
  const blobs: Record<string, Blob> = {};
  for (const e of entries) {
    const Type = TYPES[e.type];
    const byteLength = e.length * Type.BYTES_PER_ELEMENT;
    if (e.offset + byteLength > data.length) throw new CacheDamage('Datei ist abgeschnitten');
    const bytes = data.subarray(e.offset, e.offset + byteLength);
    if (sha256(bytes).toString('hex') !== e.sum) throw new CacheDamage(`Prüfsumme von „${e.name}“ stimmt nicht`);
    const byteOffset = e.offset;
    blobs[e.name] = byteOffset % Type.BYTES_PER_ELEMENT === 0
      ? new Type(data.buffer, byteOffset, e.length)
      : new Type(data.buffer.slice(byteOffset, byteOffset + byteLength));
  }
  return { header, blobs };
}

/**
 * The snapshot with its paragraph text (and article records, paragraph terms and postings) left in the open file,
 * read and checked chunk by chunk when used; every other blob is read by itself and checked now. The file stays
 * open for the lazy parts (closed when they are gone); on failure it is closed here.
 */
function lazySnapshot(file: OpenFile, { header, entries, base, size }: Head, onDamage?: (reason: string) => void): Snapshot {
  const fd = file.fd;
  let keep = false;
  try {
    const blobs: Record<string, Blob> = {};
    const inFile: Partial<Record<InFileField, LazyText>> = {};
    const docs = entries.find(e => e.name === 'index.docs');
    const weights = entries.find(e => e.name === 'index.weights');
    const lazyPostings = Boolean(docs?.chunks && weights?.chunks && docs.type === 'Uint32Array' && weights.type === 'Uint16Array'
      && docs.length === weights.length);
    // Damage found later is told once, for text and postings alike (the reads themselves keep failing).
    let told = false;
    const damage = (reason: string) => {
      if (!told) onDamage?.(reason);
      told = true;
    };
    for (const e of entries) {
      const Type = TYPES[e.type];
      const byteLength = e.length * Type.BYTES_PER_ELEMENT;
      if (base + e.offset + byteLength > size) throw new CacheDamage('Datei ist abgeschnitten');
      const field = IN_FILE[e.name as keyof typeof IN_FILE];
      if (field && e.type === 'Uint8Array' && e.chunks) {
        inFile[field] = new LazyText(file, base + e.offset, e.length, e.chunks, e.name, damage);
        continue;
      }
      if (lazyPostings && (e === docs || e === weights)) continue;
      const blob = new Type(e.length);
      const bytes = new Uint8Array(blob.buffer);
      readInto(fd, bytes, base + e.offset);
      if (sha256(bytes).toString('hex') !== e.sum) throw new CacheDamage(`Prüfsumme von „${e.name}“ stimmt nicht`);
      blobs[e.name] = blob;
    }
    let postings: Snapshot['postings'];
    if (lazyPostings) {
      const offsets = blobs['index.offsets'];
      if (!(offsets instanceof Uint32Array) || offsets.at(-1) !== docs!.length) throw new CacheDamage('Postings passen nicht zu ihren Grenzen');
      const lazy = new LazyPostings(file, offsets, docs!.length,
        { position: base + docs!.offset, sums: docs!.chunks!, name: docs!.name },
        { position: base + weights!.offset, sums: weights!.chunks!, name: weights!.name }, damage);
      postings = { docs: lazy.docs, weights: lazy.weights, present: lazy.present };
    }
    keep = true;
    return { header, blobs, ...inFile, ...(postings ? { postings } : {}) };
  } finally {
    if (!keep) file.close();
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  readInto(fd, out, position);
  return out;
}
