// Recognises a file's layout from its structure and hands it to that layout's parser.
import type { ParsedFile } from '../types.js';
import type { YMD } from './dates.js';
import { findPortalLead, parsePortal } from './layouts/portal.js';
import { findMainDateline, parseLocalNews } from './layouts/localnews.js';
import { parsePage } from './layouts/page.js';

/**
 * A page with a `[d.m.yyyy]` lead under its title is a news portal; one with a `City.|` dateline is a
 * local-news site; any other page (scraped news, town sites, tickers, PDF text) is read by the general
 * rule, which may find several articles on one page (a ticker). `today` is the reference for weekday dates
 * when the page shows no date of its own.
 */
export function parseFile(source: string, text: string, today: YMD): ParsedFile[] {
  const lines = text.split('\n');
  const lead = findPortalLead(lines);
  if (lead >= 0) return [parsePortal(source, lines, lead)];
  const dateline = findMainDateline(lines);
  if (dateline >= 0) return [parseLocalNews(source, lines, dateline, today)];
  return parsePage(source, lines);
}
