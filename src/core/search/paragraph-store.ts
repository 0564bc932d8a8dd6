// The paragraphs of the corpus in typed arrays: text as one UTF-8 blob, sentence starts, figures, kinds,
// articles and files. Texts are decoded only when a paragraph is shown, so a large corpus stays compact.
import type { ParagraphKind } from '../types.js';
import type { Figure, FigureKind } from '../figures/types.js';
import type { Sentence } from '../text/sentences.js';
import { GrowableF64, GrowableU32, GrowableU8 } from './growable.js';

const KINDS: ParagraphKind[] = ['lead', 'body', 'heading', 'about'];
const FIGURE_KINDS: FigureKind[] = ['count', 'money', 'percent'];
const NONE = 0;

/** The UTF-8 bytes of all paragraphs: in memory, or read from the cache file on demand (see io/lazy-text). */
export interface TextBytes {
  readonly length: number;
  subarray(start: number, end: number): Uint8Array;
}

export interface StoreArrays {
  text: TextBytes;
  textOffsets: Uint32Array;
  articleOf: Uint32Array;
  kind: Uint8Array;
  sourceOf: Uint32Array;
  sentenceOffsets: Uint32Array;
  sentenceStarts: Uint32Array;
  figureOffsets: Uint32Array;
  figStart: Uint32Array;
  figEnd: Uint32Array;
  figValue: Float64Array;
  figKind: Uint8Array;
  figQualifier: Uint32Array;
  figUnit: Uint32Array;
}

/** The string tables the arrays refer to (index 0 of qualifiers and units means none). */
export interface StoreTables {
  sources: string[];
  qualifiers: string[];
  units: string[];
}

export interface StoredParagraph {
  text: string;
  kind: ParagraphKind;
  source: string;
  articleIndex: number;
  sentences: Sentence[];
  figures: Figure[];
}

const decoder = new TextDecoder();

export class ParagraphStore {
  constructor(readonly arrays: StoreArrays, readonly tables: StoreTables) {}

  get count(): number {
    return this.arrays.articleOf.length;
  }

  text(id: number): string {
    const { text, textOffsets } = this.arrays;
    return decoder.decode(text.subarray(textOffsets[id]!, textOffsets[id + 1]!));
  }

  articleIndex(id: number): number {
    return this.arrays.articleOf[id]!;
  }

  kind(id: number): ParagraphKind {
    return KINDS[this.arrays.kind[id]!]!;
  }

  source(id: number): string {
    return this.tables.sources[this.arrays.sourceOf[id]!]!;
  }

  sentences(id: number, text = this.text(id)): Sentence[] {
    const { sentenceOffsets, sentenceStarts } = this.arrays;
    const out: Sentence[] = [];
    const end = sentenceOffsets[id + 1]!;
    for (let s = sentenceOffsets[id]!; s < end; s++) {
      const start = sentenceStarts[s]!;
      const next = s + 1 < end ? sentenceStarts[s + 1]! : text.length;
      out.push({ text: text.slice(start, next).trimEnd(), start });
    }
    return out;
  }

  figures(id: number, text = this.text(id)): Figure[] {
    const a = this.arrays;
    const out: Figure[] = [];
    for (let f = a.figureOffsets[id]!; f < a.figureOffsets[id + 1]!; f++) {
      const value = a.figValue[f]!;
      out.push({
        text: text.slice(a.figStart[f], a.figEnd[f]),
        value: Number.isNaN(value) ? null : value,
        unit: a.figUnit[f] === NONE ? null : this.tables.units[a.figUnit[f]!]!,
        qualifier: a.figQualifier[f] === NONE ? null : this.tables.qualifiers[a.figQualifier[f]!]!,
        kind: FIGURE_KINDS[a.figKind[f]!]!,
        start: a.figStart[f]!,
        end: a.figEnd[f]!,
      });
    }
    return out;
  }

  get(id: number): StoredParagraph {
    const text = this.text(id);
    return { text, kind: this.kind(id), source: this.source(id), articleIndex: this.articleIndex(id),
      sentences: this.sentences(id, text), figures: this.figures(id, text) };
  }
}

/** Interns strings into a table whose index 0 stands for none. */
class Table {
  readonly list: string[] = [''];
  private readonly ids = new Map<string, number>();
  id(value: string | null): number {
    if (value === null) return NONE;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** The number of bytes a string takes in UTF-8 (what TextEncoder writes), without encoding it. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * Appends paragraphs one by one and packs them into a store. Columns grow in typed chunks, and the text is
 * encoded straight into one array: given the texts' total length in UTF-16 units (`textUnits`), an array of
 * three bytes per unit, which UTF-8 never exceeds, so it never grows; the unused rest is never written and so
 * never takes memory (the system hands out zeroed pages when first touched), and the store sees only the part
 * written. An array per paragraph and their concatenation at the end held the text twice, plus a million
 * small arrays, at the end of a build of 1M paragraphs, its peak.
 */
export class StoreBuilder {
  private readonly encoder = new TextEncoder();
  private text: Uint8Array;
  private bytes = 0;
  private readonly textOffsets = new GrowableU32();
  private readonly articleOf = new GrowableU32();
  private readonly kind = new GrowableU8();
  private readonly sourceOf = new GrowableU32();
  private readonly sentenceOffsets = new GrowableU32();
  private readonly sentenceStarts = new GrowableU32();
  private readonly figureOffsets = new GrowableU32();
  private readonly fig = { start: new GrowableU32(), end: new GrowableU32(), value: new GrowableF64(), kind: new GrowableU8(),
    qualifier: new GrowableU32(), unit: new GrowableU32() };
  private readonly sources = new Table();
  private readonly qualifiers = new Table();
  private readonly units = new Table();

  constructor(textUnits = 0) {
    this.text = new Uint8Array(textUnits * 3);
    this.textOffsets.push(0);
    this.sentenceOffsets.push(0);
    this.figureOffsets.push(0);
  }

  get size(): number {
    return this.articleOf.length;
  }

  add(p: { text: string; kind: ParagraphKind; source: string; articleIndex: number; sentenceStarts: number[]; figures: Figure[] }): number {
    const id = this.articleOf.length;
    this.appendText(p.text);
    this.textOffsets.push(this.bytes);
    this.articleOf.push(p.articleIndex);
    this.kind.push(KINDS.indexOf(p.kind));
    this.sourceOf.push(this.sources.id(p.source) - 1);
    for (const start of p.sentenceStarts) this.sentenceStarts.push(start);
    this.sentenceOffsets.push(this.sentenceStarts.length);
    for (const f of p.figures) {
      this.fig.start.push(f.start);
      this.fig.end.push(f.end);
      this.fig.value.push(f.value ?? NaN);
      this.fig.kind.push(FIGURE_KINDS.indexOf(f.kind));
      this.fig.qualifier.push(this.qualifiers.id(f.qualifier));
      this.fig.unit.push(this.units.id(f.unit));
    }
    this.figureOffsets.push(this.fig.start.length);
    return id;
  }

  private appendText(text: string): void {
    // At most three bytes per UTF-16 unit: when that might not fit, the array grows (only without a length given).
    if (this.text.length - this.bytes < text.length * 3) {
      const needed = this.bytes + utf8Length(text);
      if (needed > this.text.length) {
        const grown = new Uint8Array(Math.max(needed, this.text.length * 2, 1024));
        grown.set(this.text.subarray(0, this.bytes));
        this.text = grown;
      }
    }
    this.bytes += this.encoder.encodeInto(text, this.text.subarray(this.bytes)).written;
  }

  finish(): ParagraphStore {
    return new ParagraphStore({
      text: this.text.subarray(0, this.bytes),
      textOffsets: this.textOffsets.drain(),
      articleOf: this.articleOf.drain(),
      kind: this.kind.drain(),
      sourceOf: this.sourceOf.drain(),
      sentenceOffsets: this.sentenceOffsets.drain(),
      sentenceStarts: this.sentenceStarts.drain(),
      figureOffsets: this.figureOffsets.drain(),
      figStart: this.fig.start.drain(),
      figEnd: this.fig.end.drain(),
      figValue: this.fig.value.drain(),
      figKind: this.fig.kind.drain(),
      figQualifier: this.fig.qualifier.drain(),
      figUnit: this.fig.unit.drain(),
    }, { sources: this.sources.list.slice(1), qualifiers: this.qualifiers.list, units: this.units.list });
  }
}
