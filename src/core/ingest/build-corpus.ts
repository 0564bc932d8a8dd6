// Turns the corpus files into articles: each file read within the limits, duplicates merged, placed, identified;
// bad files are reported.
import { createHash } from 'node:crypto';
import type { Article, Corpus, LoadWarning, ParsedFile, Skipped, SourceFile } from '../types.js';
import { readSourceFile, type FileOutcome } from './read-source.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './limits.js';
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
  /** The limits each file is read within (default DEFAULT_INGEST_LIMITS). */
  limits?: IngestLimits;
}

export function buildCorpus(files: SourceFile[], options: BuildOptions = {}): Corpus {
  const today = options.today ?? todayYMD();
  const limits = options.limits ?? DEFAULT_INGEST_LIMITS;
  const every = Math.max(100, Math.floor(files.length / 20));
  const outcomes = files.map((file, n) => {
    if (options.onProgress && n > 0 && n % every === 0) options.onProgress({ phase: 'Dateien', done: n, total: files.length });
    const outcome = readSourceFile(file, today, limits);
    if (options.onParsed) for (const p of outcome.parsed) options.onParsed(p.paragraphs.map(para => para.text));
    return outcome;
  });
  return assembleCorpus(outcomes, options);
}

/** The articles of the files read (one per group of near duplicates), newest first; skipped files and notes listed. */
export function assembleCorpus(outcomes: FileOutcome[], options: Pick<BuildOptions, 'gazetteer'> = {}): Corpus {
  const gazetteer = options.gazetteer ?? germanGazetteer();
  const skipped: Skipped[] = outcomes.flatMap(o => o.skipped === null ? [] : [{ source: o.source, reason: o.skipped }]);
  const warnings: LoadWarning[] = outcomes.flatMap(o => o.warnings);
  const parsed: ParsedFile[] = outcomes.flatMap(o => o.parsed);

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
