// Writes an engine snapshot to one cache file and reads it back: a JSON header, then 8-byte aligned blobs
// that are used in place (no copy) when the file is read.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Blob, Snapshot, SnapshotHeader } from '../core/persist/snapshot.js';

const MAGIC = 'AMTSBOTE-INDEX\n';
const ALIGN = 8;

const TYPES = {
  Uint8Array, Uint32Array, Float32Array, Float64Array,
} as const;
type TypeName = keyof typeof TYPES;

interface BlobEntry {
  name: string;
  type: TypeName;
  offset: number;
  length: number;
}

function typeName(b: Blob): TypeName {
  return b.constructor.name as TypeName;
}

const pad = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;

/** Writes the snapshot next to its final place and renames it: a reader never sees half a file. */
export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const entries: BlobEntry[] = [];
  let offset = 0;
  for (const [name, blob] of Object.entries(snapshot.blobs)) {
    entries.push({ name, type: typeName(blob), offset, length: blob.length });
    offset += blob.byteLength + pad(blob.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ ...snapshot.header, blobs: entries }), 'utf8');
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(header.length, MAGIC.length);
  const start = lead.length + header.length;
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.write(lead);
    await handle.write(header);
    await handle.write(Buffer.alloc(pad(start)));
    for (const blob of Object.values(snapshot.blobs)) {
      await handle.write(Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength));
      await handle.write(Buffer.alloc(pad(blob.byteLength)));
    }
  } finally {
    await handle.close();
  }
  await rename(tmp, file).catch(async err => {
    await rm(tmp, { force: true });
    throw err;
  });
  return start + pad(start) + offset;
}

/** Reads only the header: enough to decide whether the cache fits the corpus. */
export async function readSnapshotHeader(file: string): Promise<SnapshotHeader> {
  const handle = await open(file, 'r');
  try {
    const lead = Buffer.alloc(MAGIC.length + 4);
    await handle.read(lead, 0, lead.length, 0);
    if (lead.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('keine Amtsbote-Indexdatei');
    const length = lead.readUInt32LE(MAGIC.length);
    const header = Buffer.alloc(length);
    await handle.read(header, 0, length, lead.length);
    return JSON.parse(header.toString('utf8')) as SnapshotHeader;
  } finally {
    await handle.close();
  }
}

export async function readSnapshot(file: string): Promise<Snapshot> {
  const data = await readFile(file);
  if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('keine Amtsbote-Indexdatei');
  const length = data.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + length;
  const { blobs: entries, ...header } = JSON.parse(data.toString('utf8', MAGIC.length + 4, headerEnd)) as SnapshotHeader & { blobs: BlobEntry[] };
  const base = headerEnd + pad(headerEnd);
  const blobs: Record<string, Blob> = {};
  for (const e of entries) {
    const Type = TYPES[e.type];
    if (!Type) throw new Error(`unbekannter Blob-Typ ${e.type}`);
    const byteOffset = data.byteOffset + base + e.offset;
    const byteLength = e.length * Type.BYTES_PER_ELEMENT;
    if (base + e.offset + byteLength > data.length) throw new Error('Datei ist abgeschnitten');
    blobs[e.name] = byteOffset % Type.BYTES_PER_ELEMENT === 0
      ? new Type(data.buffer, byteOffset, e.length)
      : new Type(data.buffer.slice(byteOffset, byteOffset + byteLength));
  }
  return { header, blobs };
}
