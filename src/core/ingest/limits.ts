// The limits every corpus file is read within, their defaults, and the German reason a file over one is skipped with.

export interface IngestLimits {
  /** Wall-clock time one file may take to read (a scan read by OCR gets `ocrPageSeconds` more per page). */
  fileSeconds: number;
  /** Extra time per page recognised by OCR. */
  ocrPageSeconds: number;
  /** Memory the reading process may take (resident, in MB); beyond it the file is skipped. */
  memoryMb: number;
  /** Size of a file on disk, any format. */
  fileMb: number;
  /** Size of a text or HTML file, and the text any file gives (an article is far smaller; PDFs may carry images). */
  textMb: number;
  /** Bytes a PDF's compressed streams may unpack to, all together. */
  unpackedMb: number;
  /** Pages of a PDF. */
  pdfPages: number;
  /** Pages of a scan recognised by OCR; the rest is reported. */
  ocrPages: number;
  /** Elements of an HTML page. */
  htmlElements: number;
  /** How deep HTML elements may be nested. */
  htmlDepth: number;
  /** Paragraphs one file may give. */
  paragraphs: number;
  /** Characters of one paragraph: a longer one is split where a sentence ends; one that cannot be split skips the file. */
  paragraphChars: number;
  /** Characters of a title, however it was found; longer ones are cut at a word. */
  titleChars: number;
}

export const DEFAULT_INGEST_LIMITS: Readonly<IngestLimits> = Object.freeze({
  fileSeconds: 10,
  ocrPageSeconds: 15,
  memoryMb: 1024,
  fileMb: 64,
  textMb: 32,
  unpackedMb: 512,
  pdfPages: 2000,
  ocrPages: 20,
  htmlElements: 100_000,
  htmlDepth: 1000,
  paragraphs: 50_000,
  paragraphChars: 20_000,
  titleChars: 300,
});

const n = (value: number) => value.toLocaleString('de-DE');
/** Megabytes as a person reads them: `1,3` below ten (never rounded to the limit it breaks), whole ones above. */
const mb = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: value < 10 ? 1 : 0 });

/** The German reasons a file is skipped for, each naming its limit. */
export const overLimit = {
  fileSize: (size: number, limit: number) => `Datei übersprungen: ${mb(size)} MB, höchstens ${n(limit)} MB`,
  textSize: (size: number, limit: number) => `Datei übersprungen: ${mb(size)} MB Text, höchstens ${n(limit)} MB`,
  seconds: (limit: number) => `Datei übersprungen: Lesen dauerte länger als ${n(limit)} s`,
  memory: (limit: number) => `Datei übersprungen: Lesen brauchte mehr als ${n(limit)} MB Arbeitsspeicher`,
  crashed: (detail: string) => `Datei übersprungen: das Lesen brach ab (${detail})`,
  pdfPages: (pages: number, limit: number) => `PDF übersprungen: ${n(pages)} Seiten, höchstens ${n(limit)}`,
  unpacked: (limit: number) => `PDF übersprungen: mehr als ${n(limit)} MB entpackte Daten`,
  htmlElements: (limit: number) => `HTML übersprungen: mehr als ${n(limit)} Elemente`,
  htmlDepth: (limit: number) => `HTML übersprungen: Elemente mehr als ${n(limit)} Ebenen tief verschachtelt`,
  paragraphs: (count: number, limit: number) => `Datei übersprungen: ${n(count)} Absätze, höchstens ${n(limit)}`,
  paragraphChars: (limit: number) => `Datei übersprungen: mehr als ${n(limit)} Zeichen ohne Satzende oder Leerzeichen`,
};
