// Adds a page, PDF or text file to the corpus folder (`/add`, `cli add`) and removes it again (`cli remove`).
// The file is read first, exactly as the corpus will read it; only a file that gives an article is written, and
// then atomically: a hidden temporary file in the folder, linked to its final name (never over another file).
import { createHash } from 'node:crypto';
import { link, lstat, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { assembleCorpus } from '../core/ingest/build-corpus.js';
import { todayYMD } from '../core/ingest/dates.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from '../core/ingest/limits.js';
import { printableName } from '../core/text/printable.js';
import type { DatePrecision } from '../core/types.js';
import { CORPUS_EXTENSIONS } from './corpus-folder.js';
import { DEFAULT_FETCH_LIMITS, FetchError, fetchSource, type FetchLimits } from './fetch-source.js';
import { prepareReader, readFilesIsolated } from './parse-pool.js';

export interface AddedArticle {
  title: string;
  city: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  paragraphs: number;
}

export interface AddResult {
  /** The file's name in the corpus folder. */
  file: string;
  /** Where it came from: the address (after redirects) or the file given. */
  origin: string;
  articles: AddedArticle[];
}

/** Files larger than this are not added (a press release is well below it). */
export const MAX_ADD_BYTES = DEFAULT_FETCH_LIMITS.maxBytes;

/** `Bürgerbüro vergibt Termine online` → `buergerbuero-vergibt-termine-online`. */
function slug(title: string): string {
  const s = title.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 50).replace(/-+$/, '') || 'artikel';
}

/**
 * Reads the bytes as the corpus would (in a reader process, within the same limits) and writes them under a name
 * made of the title and the content's hash; a file that is refused is never written.
 */
export async function addBytes(corpusDir: string, bytes: Uint8Array, extension: string, origin: string,
  limits: IngestLimits = DEFAULT_INGEST_LIMITS): Promise<AddResult> {
  const ext = extension.toLowerCase();
  if (!CORPUS_EXTENSIONS.includes(ext)) throw new UserError(`${origin}: ${ext || 'ohne Endung'} wird nicht gelesen; möglich sind .html, .pdf und .txt.`);
  if (bytes.length > MAX_ADD_BYTES) throw new UserError(`${origin} ist zu groß (höchstens ${MAX_ADD_BYTES / 1024 / 1024} MB).`);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const corpus = assembleCorpus(await readFilesIsolated([{ name: `neu${ext}`, bytes }], { today: todayYMD(), limits }));
  if (corpus.articles.length === 0) {
    throw new UserError(`Nichts hinzugefügt: ${origin} ergibt keinen Artikel (${corpus.skipped[0]?.reason ?? 'kein Artikeltext gefunden'}).`);
  }
  let existing: string[];
  try {
    existing = await readdir(corpusDir);
  } catch {
    throw new UserError(`Der Korpusordner „${corpusDir}“ wurde nicht gefunden.`);
  }
  const same = existing.find(n => n.endsWith(`-${hash}${ext}`));
  if (same) throw new UserError(`Diese Datei ist schon im Korpus: ${same}`);
  const file = `${slug(corpus.articles[0]!.title)}-${hash}${ext}`;
  const target = path.join(corpusDir, file);
  const temp = path.join(corpusDir, `.amtsbote-add-${hash}-${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EEXIST' ? `Eine Datei ${file} gibt es schon im Korpus.`
      : code === 'ENOSPC' ? 'Nichts hinzugefügt: kein Platz mehr auf dem Datenträger.'
        : `Nichts hinzugefügt: die Datei konnte nicht geschrieben werden (${code ?? (err as Error).message}).`);
  } finally {
    await unlink(temp).catch(() => {});
  }
  return {
    file, origin,
    articles: corpus.articles.map(a => ({ title: a.title, city: a.city, date: a.date, datePrecision: a.datePrecision,
      paragraphs: a.paragraphs.length })),
  };
}

/** Fetches an address (within the limits) and adds what it gives. */
export async function addFromUrl(corpusDir: string, url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  ingest: IngestLimits = DEFAULT_INGEST_LIMITS): Promise<AddResult> {
  try {
    prepareReader(ingest); // ready when the page has come
    const fetched = await fetchSource(url, limits);
    return await addBytes(corpusDir, fetched.bytes, fetched.extension, fetched.url, ingest);
  } catch (err) {
    if (err instanceof FetchError) throw new UserError(`Nichts hinzugefügt: ${err.message}`);
    throw err;
  }
}

/** Copies a local file into the corpus. */
export async function addFromFile(corpusDir: string, file: string, ingest: IngestLimits = DEFAULT_INGEST_LIMITS): Promise<AddResult> {
  let bytes: Buffer;
  try {
    const info = await lstat(file);
    if (!info.isFile()) throw new UserError(`${printableName(file)} ist keine Datei.`);
    if (info.size > MAX_ADD_BYTES) throw new UserError(`${printableName(file)} ist zu groß (höchstens ${MAX_ADD_BYTES / 1024 / 1024} MB).`);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Die Datei ${printableName(file)} gibt es nicht oder sie ist nicht lesbar.`);
  }
  return addBytes(corpusDir, bytes, path.extname(file), printableName(path.basename(file)), ingest);
}

/**
 * Removes a file that `add` (or anyone) put into the corpus folder; only a plain file name of a corpus format.
 * A name with control characters is found by the form the bot prints it in (`bericht\n1.txt`).
 */
export async function removeFromCorpus(corpusDir: string, name: string): Promise<void> {
  const shown = printableName(name);
  if (name !== path.basename(name) || name.startsWith('.') || !CORPUS_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
    throw new UserError(`„${shown}“ ist kein Dateiname im Korpus (erwartet etwa: bericht-1a2b3c4d5e.html).`);
  }
  try {
    const real = (await readdir(corpusDir)).find(n => n === name) ?? (await readdir(corpusDir)).find(n => printableName(n) === name) ?? name;
    const info = await lstat(path.join(corpusDir, real));
    if (!info.isFile()) throw new UserError(`${shown} ist keine Datei.`);
    await unlink(path.join(corpusDir, real));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Die Datei ${shown} ist nicht im Korpus.`);
  }
}
