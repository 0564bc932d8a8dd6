// The shapes that flow from ingestion to the front ends.

/** A file as the corpus loader hands it to the core: a name relative to the corpus folder and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  /** For a `.pdf`: its text layer, read at the edge (pdf.js is asynchronous), or why it could not be read. */
  pdf?: PdfText | { error: string };
}

/** The text layer of a PDF: lines per page (an empty line ends a paragraph), and its own metadata. */
export interface PdfText {
  pages: string[][];
  title: string | null;
  /** Creation date from the PDF's metadata (`2021-03-09`): the file's date, never shown as the article's. */
  created: string | null;
  /** Set when the pages were read by OCR (a scan without a text layer): how many of how many pages. */
  ocr?: { pages: number; of: number };
  /** What could not be read of it (German): pages after a broken page tree, scanned pages beyond the OCR limit. */
  warnings?: string[];
}

/** A file that did not become an article, and why (German, for the user). */
export interface Skipped {
  source: string;
  reason: string;
}

/** A note about a file that was read but needed care (for example an encoding fallback). */
export interface LoadWarning {
  source: string;
  message: string;
}

/** The marked web layouts, any other web page (`web`), and hard-wrapped text such as a PDF's (`pdf`). */
export type Layout = 'portal' | 'pdf' | 'localnews' | 'web' | 'html';

/** How precise a date is: `2021-04-12` is a day, `2021-04` a month, `2021` a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * How an article's date was found: written in the text, inferred from a weekday, taken from a duplicate, or from
 * the file's metadata (an HTML page's JSON-LD or `article:published_time`, a PDF's creation date).
 */
export type DateMethod = 'explicit' | 'weekday-inferred' | 'from-duplicate' | 'metadata';

/**
 * What a paragraph is: the lead under the title, ordinary body text, a sub-heading, or the boxed
 * section about the publishing organisation that press releases end with.
 */
export type ParagraphKind = 'lead' | 'body' | 'heading' | 'about';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
  /** The file this paragraph was read from. */
  source: string;
}

/** One parsed file before places, ids and duplicates are resolved. */
export interface ParsedFile {
  source: string;
  layout: Layout;
  title: string;
  /** Lead (portal) or subtitle (local news), when there is one. */
  lead: string | null;
  /** The place named by the page's structure: the `City:` header or the `City.|` dateline. */
  placeHint: string | null;
  /**
   * The place a dateline names (`Gelnhausen, 22.03.2022`, `Lemgo. Die …`): where the news was issued, which a
   * place in the title outranks (a district's release is dated at its seat).
   */
  datelinePlace?: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateMethod: DateMethod | null;
  paragraphs: Paragraph[];
  tags: string[];
  urls: string[];
  /** Set when the text was read by OCR from a scan: recognised text may hold reading errors. */
  ocr?: boolean;
}

export interface Article {
  /** Stable: derived from the title and the paragraphs' text. */
  id: string;
  title: string;
  lead: string | null;
  city: string | null;
  mentions: string[];
  /** As precise as the page says: `2021-04-12`, `2021-04` or `2021` (see datePrecision). */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateMethod: DateMethod | null;
  paragraphs: Paragraph[];
  tags: string[];
  urls: string[];
  /** The first link the article gives, when it gives one. */
  url: string | null;
  /** The main file of the article (the most structured of its duplicates). */
  source: string;
  /** Every file the article was read from, main file first. */
  sources: string[];
  layout: Layout;
  /** The files among `sources` whose text was read by OCR (absent when none was). */
  ocrSources?: string[];
}

export interface Corpus {
  articles: Article[];
  skipped: Skipped[];
  warnings: LoadWarning[];
}

/** An article as the engine keeps it: its paragraphs live in the paragraph store, `first` … `first + count - 1`. */
export interface ArticleRecord extends Omit<Article, 'paragraphs'> {
  firstParagraph: number;
  paragraphCount: number;
}
