// Reads any text page that is not one of the two marked web layouts: scraped news pages, town and district
// sites, tickers, and the text of PDF press releases. One rule for all: the page becomes units (lines or
// paragraphs), furniture is told from content by its features, the title is the headline-like unit that
// heads the first prose, the date the dated unit nearest to that title.
import type { Paragraph, ParsedFile } from '../../types.js';
import { bareUrl, isBodyEnd, isContactBlockStart, isContactOrPageLine, isTeaserLine, looksLikeHeading, stripInitials } from '../boilerplate.js';
import { parseDateline, toIso } from '../dates.js';
import { parseDateLine, parseMetaDate, type PageDate } from '../date-lines.js';
import { joinWrappedLines } from '../dehyphenate.js';
import { isFurniture, isProse, isTeaser } from '../furniture.js';
import { splitKicker } from '../kicker.js';
import { markAboutSection, splitAtHeadings } from './press-release.js';

/** A label line above a press release's title: `Pressemitteilung`, `Gemeinsame Presseinformation Nr. 12/2021`. */
const LABEL = /^(?:\p{L}+\s+)?(Pressemitteilung|Presseinformation|Pressemeldung|Medieninformation|Medienmitteilung|Mitteilung)\b.{0,40}$/iu;
/**
 * A magazine's or paper's rubric on a line of its own, maybe with a stray ornament (`EDITORIAL z`, `Kommentar`,
 * `Standpunkt ■`): it names the kind of text, not the text.
 */
const RUBRIC = /^(?:Editorial|Kommentar|Kolumne|Standpunkt|Vorwort|Grußwort|Leitartikel|Gastbeitrag|Gastkommentar|Meinung|Glosse|Interview|Nachruf|Rezension|Leserbrief|Leserbriefe)(?:\s+[^\p{L}\d\s]|\s+\p{L})?$/iu;
/** A line longer than this is a whole paragraph on one line (a web scrape), not a hard-wrapped PDF line. */
const WEB_LINE = 150;
/** A title longer than this is text. */
const MAX_TITLE = 200;
/** Dates further than this many units from the title belong to something else (page header, teasers). */
const MAX_DATE_DISTANCE = 4;
/** A paragraph that opens with its place: `Marburg-Biedenkopf. Die …`, `Rottweil (pm) – Die …`, `MEẞSTETTEN – …`. */
const OPENING_PLACE = /^(\p{Lu}[\p{L}-]+(?:\s+(?:am|an der|im|in der|\p{Lu}[\p{L}-]+)){0,3})(?:\s*\([^)]{1,20}\))?\s*(?:\.|\s[–—-])\s+(?=[\p{Lu}„"])/u;

type UnitKind = 'prose' | 'heading' | 'date' | 'furniture' | 'label' | 'text';

interface Unit {
  text: string;
  kind: UnitKind;
  date: (PageDate & { weekday: boolean }) | null;
}

export function parsePage(source: string, rawLines: string[]): ParsedFile[] {
  const lines = [...rawLines];
  let meta: PageDate | null = null;
  const firstLine = lines.findIndex(l => l.trim() !== '');
  const metaLine = firstLine >= 0 ? parseMetaDate(lines[firstLine]!) : null;
  if (metaLine) {
    meta = metaLine.date;
    lines[firstLine] = metaLine.rest;
  }
  const web = lines.some(l => l.trim().length > WEB_LINE);
  const units = toUnits(lines, web);
  const items = tickerItems(units);
  const layout = web ? 'web' : 'pdf';
  if (items.length >= 2) {
    return items.map(item => article(source, layout, item, null, true)).filter((f): f is ParsedFile => f !== null);
  }
  const single = article(source, layout, units, meta, false);
  return single ? [single] : [];
}

/** Blank-line blocks; a web block gives a unit per line, a PDF block its hard-wrapped lines joined. */
function toUnits(lines: string[], web: boolean): Unit[] {
  const units: Unit[] = [];
  for (const block of splitBlocks(lines)) {
    const trimmed = block.map(l => l.trim());
    // A block of hard-wrapped prose is one paragraph; a block of headline, kicker and date lines is not.
    const prosy = !web && isProse(joinWrappedLines(trimmed)) && !(trimmed.length >= 2 && isHeadline(trimmed[0]!) && trimmed[0]!.length < 50);
    if (!prosy) {
      // Lines on their own; a line that starts in lower case continues a wrapped headline, and in web text a
      // line that starts in lower case or with a digit continues a paragraph broken mid-sentence (`… von O` / `2 …`).
      for (const line of trimmed) {
        const last = units.at(-1);
        if (!web && last && last.kind === 'heading' && /^\p{Ll}/u.test(line) && looksLikeHeading(`${last.text} ${line}`)) {
          last.text = `${last.text} ${line}`;
        } else if (web && last && (last.kind === 'prose' || last.kind === 'text') && /^[\p{Ll}\d]/u.test(line) && !/[.!?:“"]$/.test(last.text)) {
          Object.assign(last, classify(joinWrappedLines([last.text, line])));
        } else {
          units.push(classify(line));
        }
      }
      continue;
    }
    for (const part of splitAtHeadings(block)) {
      const kept = part.filter(l => !isContactOrPageLine(l));
      // A contact block may follow the text without a gap: it starts a unit of its own (and ends the body).
      const contact = kept.findIndex((l, i) => i > 0 && isContactBlockStart(l));
      if (contact > 0) {
        units.push(classify(joinWrappedLines(kept.slice(0, contact))), classify(kept[contact]!.trim()));
        continue;
      }
      if (kept.length === 0) continue;
      // A date line at a block's start stands on its own (`18.12.2020` above the text).
      while (kept.length > 1 && parseDateLine(kept[0]!)) units.push(classify(kept.shift()!.trim()));
      units.push(classify(kept.length === 1 ? kept[0]!.trim() : joinWrappedLines(kept)));
    }
  }
  return units;
}

function classify(text: string): Unit {
  const dateline = text.length <= 60 ? parseDateline(text) : null;
  const date = parseDateLine(text) ?? (dateline ? { iso: toIso(dateline.date), precision: 'day' as const, weekday: false } : null);
  if (date) return { text, kind: 'date', date };
  const kind: UnitKind = isFurniture(text) || bareUrl(text) ? 'furniture'
    : (LABEL.test(text) && text.length <= 60) || RUBRIC.test(text) ? 'label'
      : isProse(text) ? 'prose'
        : isHeadline(text) ? 'heading' : 'text';
  return { text, kind, date: null };
}

/** Headline-like: short, starts with a capital, a digit or a quote, ends without a full stop (`?` and `!` may end it). */
function isHeadline(text: string): boolean {
  return text.length <= MAX_TITLE && (looksLikeHeading(text) || (/[?!)]$/.test(text) && /^[\p{Lu}\d„"]/u.test(text) && text.length <= 120));
}

function words(text: string): number {
  return text.split(/\s+/).filter(w => w !== '').length;
}

/**
 * The items of a news ticker: a day-precise date, a headline right after it, then text. Two or more make
 * the page a ticker; items whose text is cut off (`…`, `mehr`) are teasers and are left out.
 */
function tickerItems(units: Unit[]): Unit[][] {
  const starts: number[] = [];
  units.forEach((u, i) => {
    const next = units[i + 1];
    if (u.kind === 'date' && u.date?.precision === 'day' && next?.kind === 'heading' && words(next.text) >= 2) starts.push(i);
  });
  if (starts.length < 2) return [];
  const end = units.findIndex((u, i) => i > starts[0]! && isBodyEnd(u.text));
  const stop = end < 0 ? units.length : end;
  const items = starts.filter(s => s < stop).map((s, k) => units.slice(s, Math.min(starts[k + 1] ?? stop, stop)))
    .filter(item => item.some(u => u.kind === 'prose' || u.kind === 'text'));
  return items.length >= 2 ? items : [];
}

function article(source: string, layout: 'web' | 'pdf', units: Unit[], meta: PageDate | null, ticker: boolean): ParsedFile | null {
  let start = units.findIndex(u => u.kind === 'prose');
  if (start < 0) start = units.findIndex(u => u.kind === 'text');
  if (start < 0) return null;
  const header = units.slice(0, start);

  // The title: the last headline before the text; a short one right above it is a kicker, a long one right
  // below it a subtitle. Without a headline, the text's first words name it.
  // Headlines of two words or more; a one-word headline (`Sauerstoff`) only when there is no other.
  const headlines = header.map((u, i) => ({ u, i })).filter(h => h.u.kind === 'heading');
  const longer = headlines.filter(h => words(h.u.text) >= 2);
  const heads = longer.length ? longer : headlines.slice(-1);
  let titleAt = heads.at(-1)?.i ?? -1;
  let lead: string | null = null;
  let kicker: string | null = null;
  const before = heads.at(-2);
  if (titleAt >= 0 && before && adjacent(header, before.i, titleAt)) {
    // A kicker is short (three words at most); otherwise the two are title and subtitle.
    const a = before.u.text;
    const b = header[titleAt]!.text;
    if (words(a) <= 3 && a.length <= b.length) kicker = a;
    else {
      lead = header[titleAt]!.text;
      titleAt = before.i;
    }
  }
  if (titleAt >= 0 && !kicker) {
    const above = header.slice(0, titleAt).reverse().find(u => u.kind !== 'date' && u.kind !== 'furniture');
    if (above?.kind === 'heading' && words(above.text) <= 3) kicker = above.text;
  }
  let title = titleAt >= 0 ? header[titleAt]!.text : '';
  const body = units.slice(start);
  if (!title) {
    const opening = body.find(u => u.kind === 'prose' || u.kind === 'text')!.text;
    title = firstWords(opening.replace(OPENING_PLACE, ''));
  } else {
    const rest = units.filter((_, i) => i !== titleAt).map(u => u.text).join('\n');
    const glued = splitKicker(title, rest);
    if (glued) {
      kicker = glued.kicker;
      title = glued.title;
    }
  }
  // Text between the title and the body that is not furniture is the subtitle (`Landkreis. Wie läuft …?`).
  if (titleAt >= 0 && !lead) {
    const between = header.slice(titleAt + 1).filter(u => u.kind === 'heading' || u.kind === 'text');
    if (between.length) lead = between.map(u => u.text).join(' ');
  }

  const { date, hint } = pickDate(units, titleAt, start, meta, ticker);
  const paragraphs: Paragraph[] = [];
  const urls: string[] = [];
  if (lead) paragraphs.push({ text: lead, kind: 'lead', source });
  for (const u of body) {
    if (isBodyEnd(u.text) || isContactBlockStart(u.text) || isTeaserLine(u.text)) break;
    const url = bareUrl(u.text);
    if (url) urls.push(url);
    if (u.kind === 'furniture' || u.kind === 'date' || u.kind === 'label' || isContactOrPageLine(u.text)) continue;
    // A scrape's list dash before each paragraph (`- Seit März …`) is not part of the text.
    const text = stripInitials(u.text.replace(/^[-•]\s+/, ''));
    if (text) paragraphs.push({ text, kind: u.kind === 'heading' ? 'heading' : 'body', source });
  }
  // A heading at the very end is furniture that slipped through (`Weitere Informationen`).
  while (paragraphs.at(-1)?.kind === 'heading') paragraphs.pop();
  markAboutSection(paragraphs);
  const firstBody = paragraphs.find(p => p.kind === 'body')?.text ?? '';
  return {
    source, layout, title, lead, placeHint: kicker, datelinePlace: hint ?? OPENING_PLACE.exec(firstBody)?.[1] ?? null,
    date: date?.iso ?? null, datePrecision: date?.precision ?? null, dateMethod: date ? 'explicit' : null,
    paragraphs, tags: [], urls,
  };
}

/** Whether only dates stand between two header units (furniture between them separates them). */
function adjacent(header: Unit[], a: number, b: number): boolean {
  return header.slice(a + 1, b).every(u => u.kind === 'date');
}

/**
 * The article's date: the scraper's metadata, else the dated unit nearest to the title (a weekday date far
 * above it is the page header's), else a dateline opening the text (`Kiel, 3. Mai 2022 –`). A date that
 * heads a cut-off teaser is the teaser's. Dates further than a few units from the title do not count.
 */
function pickDate(units: Unit[], titleAt: number, start: number, meta: PageDate | null, ticker: boolean): { date: PageDate | null; hint: string | null } {
  if (meta) return { date: meta, hint: null };
  let best: { date: PageDate; cost: number } | null = null;
  let hint: string | null = null;
  // The header, and a date line right after the lead (`15.09.2016 | Stand …` below the first paragraph).
  const near = units.slice(0, titleAt < 0 ? start : Math.max(start, titleAt + MAX_DATE_DISTANCE + 1));
  near.forEach((u, i) => {
    if (i >= start && u.kind !== 'date') return;
    const dateline = u.text.length <= 60 ? parseDateline(u.text) : null;
    const date: PageDate | null = u.date ?? (dateline ? { iso: toIso(dateline.date), precision: 'day' } : null);
    if (!date) return;
    if (dateline) hint ??= dateline.place;
    const next = units[i + 1];
    if (next && isTeaser(next.text)) return;
    const distance = titleAt < 0 ? start - i : Math.abs(i - titleAt);
    const cost = distance + (u.date?.weekday && i < titleAt ? 2 : 0) + (i < titleAt ? 0.5 : 0);
    if ((ticker || distance <= MAX_DATE_DISTANCE) && (!best || cost < best.cost)) best = { date, cost };
  });
  if (best) return { date: (best as { date: PageDate }).date, hint };
  const opening = units.slice(start).find(u => u.kind === 'prose' || u.kind === 'text');
  const dateline = opening ? parseDateline(opening.text) : null;
  if (dateline) return { date: { iso: toIso(dateline.date), precision: 'day' }, hint: hint ?? dateline.place };
  return { date: null, hint };
}

/** Blocks of lines separated by lines that hold nothing or only spaces. */
function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** The first sentence, or the first words of a long one, as a title. */
function firstWords(text: string): string {
  const sentence = /^.{10,150}?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.slice(0, 150);
  return sentence.length < text.length && !/[.!?]$/.test(sentence) ? `${sentence.replace(/\s+\S*$/, '')} …` : sentence;
}
