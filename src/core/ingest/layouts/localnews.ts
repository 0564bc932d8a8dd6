// Parses a local-news page: weather and page-date header, teaser navigation, glued breadcrumb, title,
// subtitle, a `City.|` dateline and a body whose date is a weekday without a year.
import type { Paragraph, ParsedFile } from '../../types.js';
import { bareUrl, isBodyEnd, stripInitials } from '../boilerplate.js';
import { findWeekdayDate, parseAnyDate, parseDateline, toIso, type YMD } from '../dates.js';

const DATELINE = /^([\p{Lu}][\p{L}\p{N} .\-()/]{0,60}?)\.\s?\|\s*/u;
const TRUNCATED = /(\.\.\.|…)\s*$/;

/** The index of the article's own dateline (`Stuttgart.| Die …`); teaser datelines end in `...`. */
export function findMainDateline(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (DATELINE.test(t) && !TRUNCATED.test(t)) return i;
  }
  return -1;
}

export function parseLocalNews(source: string, lines: string[], datelineIndex: number, today: YMD): ParsedFile {
  const trimmed = lines.map(l => l.trim());
  const pageDate = findPageDate(trimmed.slice(0, datelineIndex));
  const { title, subtitle } = findTitle(trimmed, datelineIndex);

  const first = trimmed[datelineIndex]!;
  const placeHint = DATELINE.exec(first)![1]!.trim();
  const paragraphs: Paragraph[] = [];
  const urls: string[] = [];
  if (subtitle) paragraphs.push({ text: subtitle, kind: 'lead', source });
  for (let i = datelineIndex; i < trimmed.length; i++) {
    const line = i === datelineIndex ? first.replace(DATELINE, '') : trimmed[i]!;
    if (line === '') continue;
    if (isBodyEnd(line)) break;
    const url = bareUrl(line);
    if (url) {
      urls.push(url);
      continue;
    }
    const text = stripInitials(line);
    if (text) paragraphs.push({ text, kind: 'body', source });
  }

  const body = paragraphs.filter(p => p.kind === 'body').map(p => p.text).join('\n');
  const ref = pageDate ?? today;
  const found = findWeekdayDate(body, ref);
  const dateline = found ? null : parseDateline(body);
  const announced = found || dateline ? null : findAnnouncedDate(body, ref);
  const date = found?.iso ?? (dateline ? toIso(dateline.date) : announced);
  return {
    source, layout: 'localnews', title, lead: subtitle, placeHint,
    date, datePrecision: date ? 'day' : null, dateMethod: found?.method ?? (date ? 'explicit' : null),
    paragraphs, tags: [], urls,
  };
}

/**
 * A full date after `am` in the body (`am 6. April 2020 bekanntgegeben`, `am 06.04.2020`) that is not after
 * the page's own date: the day the news happened. Later dates are plans, not the article's date.
 */
function findAnnouncedDate(body: string, ref: YMD): string | null {
  for (const m of body.matchAll(/\bam\s+(\d{1,2}\.\s*\p{L}+\.?\s*\d{4}|\d{1,2}\.\d{1,2}\.\d{4})/gu)) {
    const d = parseAnyDate(m[1]!);
    if (d && toIso(d) <= toIso(ref)) return toIso(d);
  }
  return null;
}

/** The page's own date in its header (`Freitag, 19. April , 2024`): the day it was scraped. */
function findPageDate(header: string[]): YMD | null {
  for (const line of header.slice(0, 8)) {
    const d = parseAnyDate(line);
    if (d) return d;
  }
  return null;
}

/**
 * The title is the line that a glued breadcrumb ends with (`StartLokalesStuttgart<Title>`); the subtitle is
 * what stands between the last breadcrumb and the dateline. Without a breadcrumb, the lines just above the
 * dateline are taken: title, then subtitle when two stand together.
 */
function findTitle(lines: string[], datelineIndex: number): { title: string; subtitle: string | null } {
  const above = lines.slice(0, datelineIndex);
  let titleIndex = -1;
  let lastCrumb = -1;
  for (let i = 0; i < above.length; i++) {
    const candidate = above[i]!;
    if (candidate.length < 8) continue;
    const crumb = above.findIndex((l, j) => j !== i && l.length > candidate.length && l.endsWith(candidate)
      && !/\s/.test(l.slice(0, l.length - candidate.length)));
    if (crumb >= 0) {
      titleIndex = i;
      lastCrumb = Math.max(...above.map((l, j) => (l.endsWith(candidate) && l !== candidate ? j : -1)), i);
      break;
    }
  }
  if (titleIndex >= 0) {
    const rest = above.slice(lastCrumb + 1).filter(l => l !== '' && l !== above[titleIndex]);
    return { title: above[titleIndex]!, subtitle: rest.length ? rest.join(' ') : null };
  }
  // No breadcrumb: up to two lines above the dateline, not reaching into a teaser (`…...`) or the header.
  const block: string[] = [];
  for (let i = datelineIndex - 1; i >= 0 && block.length < 2; i--) {
    const line = above[i]!;
    if (line === '') continue;
    if (TRUNCATED.test(line) || DATELINE.test(line) || parseAnyDate(line)) break;
    block.unshift(line);
  }
  if (block.length === 2) return { title: block[0]!, subtitle: block[1]! };
  return { title: block[0] ?? '', subtitle: null };
}
