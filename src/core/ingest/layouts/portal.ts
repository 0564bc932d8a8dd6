// Parses a news-portal page: `City:` / title / `[d.m.yyyy]` lead, body, initials, links, `Stichwörter`, furniture.
import type { Paragraph, ParsedFile } from '../../types.js';
import { bareUrl, isBodyEnd, isTeaserLine, looksLikeHeading, stripInitials } from '../boilerplate.js';
import { parseNumericDate, toIso } from '../dates.js';

const LEAD_DATE = /^\[(\d{1,2}\.\d{1,2}\.\d{4})\]\s*/;

/** How many non-blank lines may stand before the dated lead. */
const MAX_HEADER_LINES = 4;

/** The index of the dated lead line, when the page has this layout. */
export function findPortalLead(lines: string[]): number {
  let nonBlank = 0;
  for (let i = 0; i < lines.length && nonBlank <= MAX_HEADER_LINES; i++) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (LEAD_DATE.test(t) && nonBlank >= 1) return i;
    nonBlank++;
  }
  return -1;
}

export function parsePortal(source: string, lines: string[], leadIndex: number): ParsedFile {
  const header = lines.slice(0, leadIndex).map(l => l.trim()).filter(l => l !== '');
  let title = header[header.length - 1]!;
  let placeHint = header.length >= 2 ? header[header.length - 2]!.replace(/:$/, '').trim() : null;
  const colon = /^([^:]{2,40}):\s+(.+)$/.exec(title);
  if (!placeHint && colon) {
    placeHint = colon[1]!;
    title = colon[2]!;
  }

  const leadLine = lines[leadIndex]!.trim();
  const date = parseNumericDate(LEAD_DATE.exec(leadLine)![1]!);
  const lead = stripInitials(leadLine.replace(LEAD_DATE, ''));

  const paragraphs: Paragraph[] = [];
  const urls: string[] = [];
  if (lead) paragraphs.push({ text: lead, kind: 'lead', source });
  let end = lines.length;
  for (let i = leadIndex + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (isBodyEnd(line) || isTeaserLine(line) || LEAD_DATE.test(line)) {
      end = i;
      break;
    }
    const url = bareUrl(line);
    if (url) {
      urls.push(url);
      continue;
    }
    const text = stripInitials(line);
    if (text === '') continue;
    paragraphs.push({ text, kind: 'body', source });
  }
  markHeadings(paragraphs);

  return {
    source, layout: 'portal', title, lead: lead || null, placeHint,
    date: date ? toIso(date) : null, datePrecision: date ? 'day' : null, dateMethod: date ? 'explicit' : null,
    paragraphs, tags: readTags(lines.slice(end)), urls,
  };
}

/** A short unpunctuated line between two body paragraphs is a sub-heading. */
function markHeadings(paragraphs: Paragraph[]): void {
  for (let i = 1; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'body' && looksLikeHeading(p.text)) p.kind = 'heading';
  }
}

function readTags(lines: string[]): string[] {
  for (const line of lines) {
    const m = /^(?:Stichwörter|Schlagwörter)\s*:\s*(.*)$/i.exec(line.trim());
    if (m) return m[1]!.split(',').map(t => t.trim()).filter(t => t !== '');
  }
  return [];
}
