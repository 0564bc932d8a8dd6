// The parts of a press release's text that need its own rules: sub-headings inside hard-wrapped blocks,
// and the boxed section about the publishing organisation that closes it.
import type { Paragraph } from '../../types.js';
import { looksLikeHeading } from '../boilerplate.js';

/** A heading that opens the section about the publisher: `Die ekom21`, `Über die Stadt Kiel`, `Zur Person`. */
const ABOUT_HEADING = /^(Die|Der|Das|Über|Ueber|Zur|Zum|About)\b/;

/**
 * Hard-wrapped lines are long except at a paragraph's end, so a short unpunctuated line that follows a
 * finished sentence and is followed by more text is a heading: it becomes a part of its own.
 */
export function splitAtHeadings(block: string[]): string[][] {
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
export function markAboutSection(paragraphs: Paragraph[]): void {
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
