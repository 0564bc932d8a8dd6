// Turns the corpus files into articles: decode, parse, merge duplicates, place, identify; bad files are reported.
import { createHash } from 'node:crypto';
import type { Article, Corpus, LoadWarning, ParsedFile, Skipped, SourceFile } from '../types.js';
import { decodeText } from './decode.js';
import { parseFile } from './parse-file.js';
import { parseHtml } from './formats/html.js';
import { parsePdfText } from './formats/pdf.js';
import { groupDuplicates, mergeParagraphs, orderByStructure } from './dedupe.js';
import { todayYMD, type YMD } from './dates.js';
import { germanGazetteer, type Gazetteer } from '../places/gazetteer.js';
import { resolvePlaces } from '../places/article-places.js';
import { findPlaces } from '../places/detect.js';

export interface BuildOptions {
  /** Reference date for weekday dates on pages that show no date of their own. Default: today. */
  today?: YMD;
  gazetteer?: Gazetteer;
  /** Called now and then with the number of files read. */
  onProgress?: (p: { phase: 'Dateien'; done: number; total: number }) => void;
  /** Called with the paragraph texts of each file as soon as it is parsed (so that they can be analysed meanwhile). */
  onParsed?: (texts: string[]) => void;
}

export function buildCorpus(files: SourceFile[], options: BuildOptions = {}): Corpus {
  const today = options.today ?? todayYMD();
  const gazetteer = options.gazetteer ?? germanGazetteer();
  const skipped: Skipped[] = [];
  const warnings: LoadWarning[] = [];
  const parsed: ParsedFile[] = [];

  const every = Math.max(100, Math.floor(files.length / 20));
  files.forEach((file, n) => {
    if (options.onProgress && n > 0 && n % every === 0) options.onProgress({ phase: 'Dateien', done: n, total: files.length });
    const before = parsed.length;
    parseOne(file, today, parsed, skipped, warnings);
    if (options.onParsed) for (let i = before; i < parsed.length; i++) options.onParsed(parsed[i]!.paragraphs.map(p => p.text));
  });

  // A file's places, found once however many near copies it is compared with.
  const placesOf = new Map<ParsedFile, Set<string>>();
  const facts = {
    places: (f: ParsedFile) => {
      let places = placesOf.get(f);
      if (!places) placesOf.set(f, (places = new Set(findPlaces(gazetteer, `${f.title}\n${f.paragraphs.map(p => p.text).join('\n')}`).map(h => h.form.place.name))));
      return places;
    },
  };
  const articles = groupDuplicates(parsed, facts).map(group => toArticle(orderByStructure(group.map(i => parsed[i]!)), gazetteer));
  return { articles: sortNewestFirst(articles), skipped, warnings };
}

/** Decodes and parses one file into `parsed`, or records why it was skipped. */
function parseOne(file: SourceFile, today: YMD, parsed: ParsedFile[], skipped: Skipped[], warnings: LoadWarning[]): void {
  const ext = file.name.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  if (ext === 'pdf') {
    const pdf = file.pdf ?? { error: 'Text der PDF wurde nicht gelesen' };
    const result = 'error' in pdf ? { reason: pdf.error } : parsePdfText(file.name, pdf);
    if ('reason' in result) skipped.push({ source: file.name, reason: result.reason });
    else keep(file.name, result, parsed, skipped);
    return;
  }
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    skipped.push({ source: file.name, reason: decoded.reason });
    return;
  }
  if (decoded.warning) warnings.push({ source: file.name, message: decoded.warning });
  try {
    keep(file.name, ext === 'html' || ext === 'htm' ? parseHtml(file.name, decoded.text) : parseFile(file.name, decoded.text, today), parsed, skipped);
  } catch (err) {
    skipped.push({ source: file.name, reason: `konnte nicht zerlegt werden: ${(err as Error).message}` });
  }
}

/** The articles of a file that have a title and text; a file without any is reported. */
function keep(source: string, found: ParsedFile[], parsed: ParsedFile[], skipped: Skipped[]): void {
  const articles = found.filter(p => p.paragraphs.length > 0 && p.title !== '');
  if (articles.length === 0) skipped.push({ source, reason: 'kein Artikeltext gefunden' });
  else parsed.push(...articles);
}

function toArticle(files: ParsedFile[], gazetteer: Gazetteer): Article {
  const [main, ...others] = files as [ParsedFile, ...ParsedFile[]];
  const paragraphs = mergeParagraphs(main, others);
  const dated = main.date ? null : others.find(f => f.date);
  const { city, mentions } = resolvePlaces(gazetteer, {
    placeHint: main.placeHint ?? others.find(f => f.placeHint)?.placeHint ?? null,
    datelinePlace: main.datelinePlace ?? others.find(f => f.datelinePlace)?.datelinePlace ?? null,
    title: main.title,
    lead: main.lead,
    paragraphs,
  });
  const urls = [...new Set(files.flatMap(f => f.urls))];
  return {
    id: articleId(main.title, paragraphs.map(p => p.text)),
    title: main.title,
    lead: main.lead,
    city,
    mentions,
    date: main.date ?? dated?.date ?? null,
    datePrecision: main.date ? main.datePrecision : dated?.datePrecision ?? null,
    dateMethod: main.date ? main.dateMethod : dated ? 'from-duplicate' : null,
    paragraphs,
    tags: [...new Set(files.flatMap(f => f.tags))],
    urls,
    url: urls[0] ?? null,
    source: main.source,
    sources: files.map(f => f.source),
    layout: main.layout,
    ...(files.some(f => f.ocr) ? { ocrSources: files.filter(f => f.ocr).map(f => f.source) } : {}),
  };
}

function articleId(title: string, texts: string[]): string {
  return createHash('sha256').update([title, ...texts].join('\n')).digest('hex').slice(0, 16);
}

/** Newest first; undated last; ties by title. */
export function sortNewestFirst(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.title.localeCompare(b.title, 'de');
  });
}
