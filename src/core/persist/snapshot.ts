// Turns engine data into a snapshot (a JSON header plus binary blobs) and back: no file system here.
import type { LoadWarning, Skipped } from '../types.js';
import type { EngineData } from '../answer/engine-data.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { InvertedIndex } from '../search/inverted-index.js';
import { ParagraphStore, type StoreArrays, type StoreTables, type TextBytes } from '../search/paragraph-store.js';
import { ANALYZER_VERSION } from '../search/analyzer.js';
import { ArticleStore, type ArticleColumns, type ArticleTables } from '../search/article-store.js';
import { TermSequences } from '../search/term-sequences.js';

/** Bump when the layout of the snapshot changes. */
export const FORMAT_VERSION = 7;

export type Blob = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

export interface SnapshotHeader {
  formatVersion: number;
  analyzerVersion: number;
  corpusHash: string;
  /** The corpus folder's names, sizes and times when the index was built (see folderFingerprint), if known. */
  folderFingerprint?: string;
  /** The limits the files were read within (`fileSeconds=10,…`), if known: other limits may keep or skip other files. */
  ingestLimits?: string;
  builtAt: string;
  /** The strings the article columns refer to (the columns and records are blobs `articles.*`). */
  articleTables: ArticleTables;
  skipped: Skipped[];
  warnings: LoadWarning[];
  tables: StoreTables;
  knownPlaces: string[];
}

export interface Snapshot {
  header: SnapshotHeader;
  blobs: Record<string, Blob>;
  /** The paragraph text when it stays in the cache file and is read on demand (instead of blobs['store.text']). */
  text?: TextBytes;
  /** The article records when they stay in the cache file (instead of blobs['articles.records']). */
  records?: TextBytes;
  /** The paragraphs' term sequences when they stay in the cache file (instead of blobs['terms.paragraphs.bytes']). */
  paragraphTerms?: TextBytes;
  /** The postings when they are read from the cache file term by term (instead of blobs['index.docs'/'index.weights']). */
  postings?: { docs: Uint32Array; weights: Uint16Array; present: (term: number) => void };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Many strings as one blob, joined by newlines (none of them contains one). */
function joined(list: Iterable<string>): Uint8Array {
  return encoder.encode([...list].join('\n'));
}

function split(blob: Uint8Array): string[] {
  return blob.length === 0 ? [] : decoder.decode(blob).split('\n');
}

/** Bytes that may be read from the cache file on demand, as one array. */
function wholeBytes(bytes: TextBytes): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : bytes.subarray(0, bytes.length);
}

export function toSnapshot(data: EngineData, corpusHash: string, builtAt: Date, folderFingerprint?: string, ingestLimits?: string): Snapshot {
  data.index.allPostings();
  const { terms, ...index } = data.index.arrays;
  const articles = data.articles.persisted();
  const blobs: Record<string, Blob> = {
    ...Object.fromEntries(Object.entries(articles.columns).map(([k, v]) => [`articles.${k}`, v as Blob])),
    // What a cache leaves in its file (records, text, the paragraphs' terms) is read whole here: writing needs every byte.
    'articles.records': wholeBytes(articles.records),
    ...Object.fromEntries(Object.entries(data.store.arrays).map(([k, v]) => [`store.${k}`, v as Blob])),
    'store.text': wholeBytes(data.store.arrays.text),
    'terms.paragraphs.bytes': wholeBytes(data.terms.paragraphs.arrays.bytes),
    'terms.paragraphs.offsets': data.terms.paragraphs.arrays.offsets,
    'terms.fields.bytes': wholeBytes(data.terms.fields.arrays.bytes),
    'terms.fields.offsets': data.terms.fields.arrays.offsets,
    'index.terms': joined(terms),
    'index.offsets': index.offsets,
    'index.docs': index.docs,
    'index.weights': index.weights,
    'index.lengths': index.lengths,
    'index.byEnding': data.index.endingOrder(),
    vocabulary: joined(data.vocabulary),
  };
  return {
    header: {
      formatVersion: FORMAT_VERSION, analyzerVersion: ANALYZER_VERSION, corpusHash, builtAt: builtAt.toISOString(),
      ...(folderFingerprint ? { folderFingerprint } : {}),
      ...(ingestLimits ? { ingestLimits } : {}),
      articleTables: data.articles.tables, skipped: data.skipped, warnings: data.warnings, tables: data.store.tables,
      knownPlaces: [...data.knownPlaces],
    },
    blobs,
  };
}

/** Why a snapshot cannot be used with this build of Amtsbote, or null. */
export function snapshotMismatch(header: Pick<SnapshotHeader, 'formatVersion' | 'analyzerVersion'>): string | null {
  if (header.formatVersion !== FORMAT_VERSION) return `Cache-Format ${header.formatVersion} statt ${FORMAT_VERSION}`;
  if (header.analyzerVersion !== ANALYZER_VERSION) return `Analyzer-Version ${header.analyzerVersion} statt ${ANALYZER_VERSION}`;
  return null;
}

export function fromSnapshot(snapshot: Snapshot, gazetteer: Gazetteer): EngineData {
  const { header, blobs } = snapshot;
  const blob = <T extends Blob>(name: string): T => {
    const b = blobs[name];
    if (!b) throw new Error(`Teil „${name}“ fehlt im Cache`);
    return b as T;
  };
  const typed = <T extends Blob>(name: string, type: new (n: number) => T): T => {
    const b = blob(name);
    if (!(b instanceof type)) throw new Error(`Teil „${name}“ hat den falschen Typ`);
    return b;
  };
  const records = snapshot.records ?? typed('articles.records', Uint8Array);
  const columns: ArticleColumns = {
    cityOf: typed('articles.cityOf', Int32Array), mentionOffsets: typed('articles.mentionOffsets', Uint32Array),
    mentionIds: typed('articles.mentionIds', Uint32Array), dateOf: typed('articles.dateOf', Int32Array),
    firstParagraph: typed('articles.firstParagraph', Uint32Array), paragraphCount: typed('articles.paragraphCount', Uint32Array),
    sourceCount: typed('articles.sourceCount', Uint32Array), recordOffsets: typed('articles.recordOffsets', Float64Array),
  };
  const storeArrays = Object.fromEntries(Object.keys(blobs).filter(k => k.startsWith('store.'))
    .map(k => [k.slice(6), blobs[k]])) as unknown as StoreArrays;
  if (snapshot.text) storeArrays.text = snapshot.text;
  if (!storeArrays.text) throw new Error('Teil „store.text“ fehlt im Cache');
  return {
    articles: ArticleStore.fromColumns(columns, header.articleTables, records),
    skipped: header.skipped,
    warnings: header.warnings,
    store: new ParagraphStore(storeArrays, header.tables),
    index: new InvertedIndex({
      terms: split(blob<Uint8Array>('index.terms')),
      offsets: blob('index.offsets'), docs: snapshot.postings?.docs ?? blob('index.docs'),
      weights: snapshot.postings?.weights ?? blob('index.weights'), lengths: blob('index.lengths'),
      ...(snapshot.postings ? { present: snapshot.postings.present } : {}),
      // Caches written before it was kept have none: the index then builds it on first use.
      ...(blobs['index.byEnding'] ? { byEnding: typed('index.byEnding', Uint32Array) } : {}),
    }),
    terms: {
      paragraphs: new TermSequences({ bytes: snapshot.paragraphTerms ?? typed('terms.paragraphs.bytes', Uint8Array),
        offsets: typed('terms.paragraphs.offsets', Uint32Array) }),
      fields: new TermSequences({ bytes: typed('terms.fields.bytes', Uint8Array), offsets: typed('terms.fields.offsets', Uint32Array) }),
    },
    vocabulary: new Set(split(blob<Uint8Array>('vocabulary'))),
    gazetteer,
    knownPlaces: new Set(header.knownPlaces),
  };
}
