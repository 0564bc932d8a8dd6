// The corpus's articles: what questions need of all of them (city, mentioned places, date, paragraph range,
// number of files) in typed columns, and each article's full record read only when it is shown. A start from
// a large cache thus builds no hundred thousand article objects (at 1M paragraphs that took about a second).
import type { ArticleRecord } from '../types.js';
import type { TextBytes } from './paragraph-store.js';

export interface ArticleColumns {
  /** Index into tables.places; -1 for none. */
  cityOf: Int32Array;
  /** Article i mentions the places mentionIds[mentionOffsets[i] … mentionOffsets[i + 1]). */
  mentionOffsets: Uint32Array;
  mentionIds: Uint32Array;
  /** Index into tables.dates; -1 for none. */
  dateOf: Int32Array;
  firstParagraph: Uint32Array;
  paragraphCount: Uint32Array;
  sourceCount: Uint32Array;
  /** Article i's record is the UTF-8 JSON records[recordOffsets[i] … recordOffsets[i + 1]). */
  recordOffsets: Float64Array;
}

/** The strings the columns refer to. */
export interface ArticleTables {
  places: string[];
  dates: string[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Interns strings: the same string gets the same index. */
function interner(list: string[]): (value: string) => number {
  const ids = new Map<string, number>();
  return value => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = list.push(value) - 1));
    return id;
  };
}

/** What is wrong with stored columns and tables, or null. */
function problem(c: ArticleColumns, t: ArticleTables, recordBytes: number): string | null {
  const n = c.cityOf.length;
  for (const column of [c.dateOf, c.firstParagraph, c.paragraphCount, c.sourceCount]) if (column.length !== n) return 'Spaltenlängen';
  if (c.mentionOffsets.length !== n + 1 || c.recordOffsets.length !== n + 1) return 'Grenzen';
  if (c.mentionOffsets[n] !== c.mentionIds.length || c.recordOffsets[n] !== recordBytes) return 'Grenzen';
  for (let i = 0; i < n; i++) {
    if (c.mentionOffsets[i]! > c.mentionOffsets[i + 1]! || !(c.recordOffsets[i]! <= c.recordOffsets[i + 1]!)) return 'Grenzen';
    if (c.cityOf[i]! >= t.places.length || c.cityOf[i]! < -1 || c.dateOf[i]! >= t.dates.length || c.dateOf[i]! < -1) return 'Verweise';
  }
  for (const id of c.mentionIds) if (id >= t.places.length) return 'Verweise';
  return null;
}

export class ArticleStore {
  private readonly parsed: (ArticleRecord | undefined)[];

  private constructor(
    readonly columns: ArticleColumns,
    readonly tables: ArticleTables,
    /** The full records: given (after a build), or as JSON bytes (from a cache, possibly still in the file). */
    private readonly source: { records: ArticleRecord[] } | { bytes: TextBytes },
  ) {
    this.parsed = 'records' in source ? source.records : new Array(columns.cityOf.length);
  }

  /** The store of articles just built: the columns are derived, the records kept as they are. */
  static fromRecords(records: ArticleRecord[]): ArticleStore {
    const n = records.length;
    const tables: ArticleTables = { places: [], dates: [] };
    const place = interner(tables.places);
    const date = interner(tables.dates);
    const mentionIds: number[] = [];
    const c: ArticleColumns = {
      cityOf: new Int32Array(n), mentionOffsets: new Uint32Array(n + 1), mentionIds: new Uint32Array(0),
      dateOf: new Int32Array(n), firstParagraph: new Uint32Array(n), paragraphCount: new Uint32Array(n),
      sourceCount: new Uint32Array(n), recordOffsets: new Float64Array(0),
    };
    records.forEach((a, i) => {
      c.cityOf[i] = a.city === null ? -1 : place(a.city);
      for (const m of a.mentions) mentionIds.push(place(m));
      c.mentionOffsets[i + 1] = mentionIds.length;
      c.dateOf[i] = a.date === null ? -1 : date(a.date);
      c.firstParagraph[i] = a.firstParagraph;
      c.paragraphCount[i] = a.paragraphCount;
      c.sourceCount[i] = a.sources.length;
    });
    c.mentionIds = Uint32Array.from(mentionIds);
    return new ArticleStore(c, tables, { records });
  }

  /** The store from persisted columns and record bytes; throws (German) when they do not fit together. */
  static fromColumns(columns: ArticleColumns, tables: ArticleTables, bytes: TextBytes): ArticleStore {
    const wrong = problem(columns, tables, bytes.length);
    if (wrong) throw new Error(`Artikel im Cache passen nicht zusammen: ${wrong}`);
    return new ArticleStore(columns, tables, { bytes });
  }

  get length(): number {
    return this.columns.cityOf.length;
  }

  /** Article i's full record, read on first use. */
  get(i: number): ArticleRecord {
    let record = this.parsed[i];
    if (!record) {
      if (i < 0 || i >= this.length || !Number.isInteger(i)) throw new RangeError(`Artikel ${i} gibt es nicht`);
      const { bytes } = this.source as { bytes: TextBytes };
      const { recordOffsets } = this.columns;
      this.parsed[i] = record = JSON.parse(decoder.decode(bytes.subarray(recordOffsets[i]!, recordOffsets[i + 1]!))) as ArticleRecord;
    }
    return record;
  }

  /** Every record, in corpus order (reads them all). */
  all(): ArticleRecord[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }

  city(i: number): string | null {
    const id = this.columns.cityOf[i]!;
    return id < 0 ? null : this.tables.places[id]!;
  }

  mentions(i: number): string[] {
    const { mentionOffsets, mentionIds } = this.columns;
    const out: string[] = [];
    for (let m = mentionOffsets[i]!; m < mentionOffsets[i + 1]!; m++) out.push(this.tables.places[mentionIds[m]!]!);
    return out;
  }

  date(i: number): string | null {
    const id = this.columns.dateOf[i]!;
    return id < 0 ? null : this.tables.dates[id]!;
  }

  firstParagraph(i: number): number {
    return this.columns.firstParagraph[i]!;
  }

  paragraphCount(i: number): number {
    return this.columns.paragraphCount[i]!;
  }

  sourceCount(i: number): number {
    return this.columns.sourceCount[i]!;
  }

  /**
   * The columns with the records as JSON bytes, for persisting: records given in memory are encoded on the first
   * call and kept (a build writes the cache and then hands the same snapshot to the thread that answers).
   */
  persisted(): { columns: ArticleColumns; records: TextBytes } {
    if ('bytes' in this.source) return { columns: this.columns, records: this.source.bytes };
    if (this.encoded) return this.encoded;
    const parts = this.source.records.map(r => encoder.encode(JSON.stringify(r)));
    const offsets = new Float64Array(parts.length + 1);
    parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
    const bytes = new Uint8Array(offsets[parts.length]!);
    parts.forEach((p, i) => bytes.set(p, offsets[i]!));
    return (this.encoded = { columns: { ...this.columns, recordOffsets: offsets }, records: bytes });
  }

  private encoded: { columns: ArticleColumns; records: Uint8Array } | null = null;
}
