// The paragraphs of the corpus in typed arrays: text as one UTF-8 blob, sentence starts, figures, kinds,
// articles and files. Texts are decoded only when a paragraph is shown, so a large corpus stays compact.
import type { ParagraphKind } from '../types.js';
import type { Figure, FigureKind } from '../figures/types.js';
import type { Sentence } from '../text/sentences.js';

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

/** Appends paragraphs one by one and packs them into a store. */
export class StoreBuilder {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private bytes = 0;
  private readonly textOffsets: number[] = [0];
  private readonly articleOf: number[] = [];
  private readonly kind: number[] = [];
  private readonly sourceOf: number[] = [];
  private readonly sentenceOffsets: number[] = [0];
  private readonly sentenceStarts: number[] = [];
  private readonly figureOffsets: number[] = [0];
  private readonly fig = { start: [] as number[], end: [] as number[], value: [] as number[], kind: [] as number[], qualifier: [] as number[], unit: [] as number[] };
  private readonly sources = new Table();
  private readonly qualifiers = new Table();
  private readonly units = new Table();

  get size(): number {
    return this.articleOf.length;
  }

  add(p: { text: string; kind: ParagraphKind; source: string; articleIndex: number; sentenceStarts: number[]; figures: Figure[] }): number {
    const id = this.articleOf.length;
    const encoded = this.encoder.encode(p.text);
    this.chunks.push(encoded);
    this.bytes += encoded.length;
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

  finish(): ParagraphStore {
    const text = new Uint8Array(this.bytes);
    let at = 0;
    for (const c of this.chunks) {
      text.set(c, at);
      at += c.length;
    }
    return new ParagraphStore({
      text,
      textOffsets: Uint32Array.from(this.textOffsets),
      articleOf: Uint32Array.from(this.articleOf),
      kind: Uint8Array.from(this.kind),
      sourceOf: Uint32Array.from(this.sourceOf),
      sentenceOffsets: Uint32Array.from(this.sentenceOffsets),
      sentenceStarts: Uint32Array.from(this.sentenceStarts),
      figureOffsets: Uint32Array.from(this.figureOffsets),
      figStart: Uint32Array.from(this.fig.start),
      figEnd: Uint32Array.from(this.fig.end),
      figValue: Float64Array.from(this.fig.value),
      figKind: Uint8Array.from(this.fig.kind),
      figQualifier: Uint32Array.from(this.fig.qualifier),
      figUnit: Uint32Array.from(this.fig.unit),
    }, { sources: this.sources.list.slice(1), qualifiers: this.qualifiers.list, units: this.units.list });
  }
}
