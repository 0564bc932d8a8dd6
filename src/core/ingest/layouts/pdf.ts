// Parses the text of a PDF press release: title line, hard-wrapped paragraphs split by blank lines,
// hyphenation at line ends, sub-headings, and the boxed section about the publishing organisation.
import type { Paragraph, ParsedFile } from '../../types.js';
import { bareUrl, isContactBlockStart, isContactOrPageLine, looksLikeHeading, stripInitials } from '../boilerplate.js';
import { parseDateOnlyLine, parseDateline, toIso, type YMD } from '../dates.js';
import { joinWrappedLines } from '../dehyphenate.js';

/** A heading that opens the section about the publisher: `Die ekom21`, `Über die Stadt Kiel`, `Zur Person`. */
const ABOUT_HEADING = /^(Die|Der|Das|Über|Ueber|Zur|Zum|About)\b/;

/** A first line longer than this is text, not a title. */
const MAX_TITLE = 200;

/** The first sentence, or the first words of a long one, as a title. */
function firstWords(text: string): string {
  const sentence = /^.{10,150}?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.slice(0, 150);
  return sentence.length < text.length && !/[.!?]$/.test(sentence) ? `${sentence.replace(/\s+\S*$/, '')} …` : sentence;
}

/** A label line above a press release's title: `Pressemitteilung`, `Gemeinsame Presseinformation Nr. 12/2021`. */
const LABEL = /^(?:\p{L}+\s+)?(Pressemitteilung|Presseinformation|Pressemeldung|Medieninformation|Medienmitteilung|Mitteilung)\b.{0,40}$/iu;

export function parsePdf(source: string, lines: string[]): ParsedFile {
  const blocks = splitBlocks(lines);
  const urls: string[] = [];
  let date: YMD | null = null;
  let placeHint: string | null = null;

  // Labels and date lines above the title: `Pressemitteilung`, `Gütersloh, den 12. Mai 2021`, `Stand: …`.
  while (blocks[0] && blocks[0].length <= 2) {
    const preamble = blocks[0].map(l => l.trim());
    const dated = preamble.map(l => ({ line: parseDateline(l), only: parseDateOnlyLine(l) }));
    if (!preamble.every((l, i) => LABEL.test(l) || dated[i]!.line || dated[i]!.only)) break;
    for (const d of dated) {
      date ??= d.line?.date ?? d.only ?? null;
      placeHint ??= d.line?.place ?? null;
    }
    blocks.shift();
  }

  // The title is the first block when it is short; otherwise the first line alone.
  const firstBlock = blocks.shift() ?? [];
  let title: string;
  if (firstBlock.length <= 3 && firstBlock.join(' ').length <= 200 && !/[.!?]$/.test(firstBlock.at(-1)!.trim())) {
    title = joinWrappedLines(firstBlock);
  } else if (firstBlock[0]!.trim().length > MAX_TITLE) {
    // No title line: text from the first line on (a file that is one long line). Its first words name it.
    title = firstWords(firstBlock[0]!.trim());
    blocks.unshift(firstBlock);
  } else {
    title = firstBlock[0]!.trim();
    blocks.unshift(firstBlock.slice(1));
  }

  const paragraphs: Paragraph[] = [];
  outer: for (const block of blocks) {
    for (const part of splitAtHeadings(block)) {
      if (isContactBlockStart(part[0]!)) break outer;
      const kept = part.filter(line => {
        const url = bareUrl(line);
        if (url) urls.push(url);
        const onlyDate = paragraphs.length === 0 ? parseDateOnlyLine(line) : null;
        if (onlyDate && !date) date = onlyDate;
        return !url && !onlyDate && !isContactOrPageLine(line);
      });
      if (kept.length === 0) continue;
      const text = stripInitials(joinWrappedLines(kept));
      if (!text) continue;
      const heading = kept.length === 1 && looksLikeHeading(text);
      paragraphs.push({ text, kind: heading ? 'heading' : 'body', source });
    }
  }
  markAboutSection(paragraphs);

  const firstBody = paragraphs.find(p => p.kind === 'body');
  const dateline = firstBody ? parseDateline(firstBody.text) : null;
  date ??= dateline?.date ?? null;
  placeHint ??= dateline?.place ?? null;
  return {
    source, layout: 'pdf', title, lead: null, placeHint,
    date: date ? toIso(date) : null, dateMethod: date ? 'explicit' : null,
    paragraphs, tags: [], urls,
  };
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

/**
 * Hard-wrapped lines are long except at a paragraph's end, so a short unpunctuated line that follows a
 * finished sentence and is followed by more text is a heading: it becomes a part of its own.
 */
function splitAtHeadings(block: string[]): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  block.forEach((line, i) => {
    const prev = i > 0 ? block[i - 1]!.trim() : '';
    const isHeading = i < block.length - 1 && looksLikeHeading(line) && line.trim().length <= 60
      && (i === 0 || /[.!?“"]$/.test(prev));
    if (isHeading) {
      if (current.length) parts.push(current);
      parts.push([line]);
      current = [];
    } else {
      current.push(line);
    }
  });
  if (current.length) parts.push(current);
  return parts;
}

/**
 * The boxed section about the publisher closes a press release: the last heading, of the form
 * `Die ekom21` or `Über …`, whose name the next paragraph repeats. It and all that follows are marked.
 */
function markAboutSection(paragraphs: Paragraph[]): void {
  for (let h = paragraphs.length - 2; h >= 0; h--) {
    if (paragraphs[h]!.kind !== 'heading' || !opensAbout(paragraphs[h]!.text, paragraphs[h + 1]!.text)) continue;
    for (let i = h; i < paragraphs.length; i++) paragraphs[i]!.kind = 'about';
    return;
  }
}

function opensAbout(heading: string, next: string): boolean {
  const m = ABOUT_HEADING.exec(heading);
  if (!m) return false;
  const name = heading.slice(m[0].length).replace(/^\s*(die|der|das|den|dem)\s+/i, '').trim();
  if (m[1] === 'Über' || m[1] === 'Ueber') return true;
  return name !== '' && next.includes(name);
}
