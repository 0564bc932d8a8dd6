// Turns a saved web page into an article: the page's own metadata first (see html-meta.ts), its main text by
// Readability (navigation, teaser boxes, comments and footers stay out), paragraphs from its `<p>`, headings and
// list items; what the metadata does not say, the general page rule reads from that text (date lines, datelines,
// furniture). Style rules, scripts, hidden text, navigation, breadcrumbs and cookie banners never reach a paragraph.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { ParsedFile } from '../../types.js';
import { parsePage } from '../layouts/page.js';
import { clean, isWayfindingElement, machineDate, readPageMeta } from './html-meta.js';
import type { PageDate } from '../date-lines.js';

// Loaded on the first HTML page, not at start: a corpus of text files (and every start from the cache) does not
// pay for a DOM. Both packages ship CommonJS, so this stays synchronous.
const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityType } | null = null;
function dom() {
  libraries ??= { parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityType }).Readability };
  return libraries;
}
const parseHTML: typeof ParseHtml = (...args) => dom().parseHTML(...args);

type Doc = ReturnType<typeof ParseHtml>['document'];

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd';
/** What holds no text of the article: code, styles, embedded media. */
const NOT_TEXT = 'style, script, noscript, template, svg, iframe, object, canvas';

/** The page without code and styles, and without the wayfinding (hidden, navigation, crumbs, banners) around the article. */
function withoutFurniture(document: Doc): void {
  for (const el of document.querySelectorAll(NOT_TEXT)) el.remove();
  if (document.body) prune(document.body);
}

/** Removes the wayfinding below an element, top down: a removed element takes its subtree along (one pass). */
function prune(parent: Element): void {
  for (const el of [...parent.children]) {
    // Never the element that holds the article itself (a page may mark its whole body with a cookie class).
    if (isWayfindingElement(el) && !el.querySelector('h1, main, article, [role="main"]')) el.remove();
    else prune(el);
  }
}

/** The text of the block elements, innermost first: a `<li>` holding `<p>`s gives the `<p>`s. */
function blocks(root: Doc | Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS) || el.closest('figcaption, nav, aside, footer, form')) continue;
    const text = clean(el.textContent);
    if (text) out.push(text);
  }
  return out;
}

const dated = (d: PageDate, method: 'metadata' | 'explicit') => ({ date: d.iso, datePrecision: d.precision, dateMethod: method });

export function parseHtml(source: string, html: string): ParsedFile[] {
  // The page as saved (metadata, block order, its h1), and a copy for Readability, which changes what it reads.
  const { document } = parseHTML(html);
  const meta = readPageMeta(document);
  withoutFurniture(document);
  const order = blocks(document);
  const copy = parseHTML(html).document;
  withoutFurniture(copy);
  const main = new (dom().Readability)(copy as unknown as Document, { charThreshold: 200 }).parse();
  let paragraphs: string[] = [];
  if (main?.content) paragraphs = blocks(parseHTML(`<!DOCTYPE html><html><body>${main.content}</body></html>`).document);
  if (paragraphs.length === 0) paragraphs = order;
  const title = meta.title ?? clean(main?.title);
  // The headline where the page has it: Readability takes it out of the text, so it goes back above the first
  // paragraph that follows it on the page (a kicker above it stays a kicker).
  let lines: string[];
  if (paragraphs.includes(title)) {
    lines = paragraphs.flatMap(p => [p, '']);
  } else {
    const at = order.indexOf(title);
    const above = at < 0 ? 0 : paragraphs.findIndex(p => order.indexOf(p) > at || order.indexOf(p) < 0);
    const split = above < 0 ? paragraphs.length : above;
    lines = [...paragraphs.slice(0, split).flatMap(p => [p, '']), title, '', ...paragraphs.slice(split).flatMap(p => [p, ''])];
  }
  // The date as the page declares it, then a labelled date line it shows, then what the text says, then its last change.
  const published = meta.published ?? machineDate(main?.publishedTime);
  return parsePage(source, lines).map(p => ({
    ...p,
    layout: 'html',
    title: meta.title ?? p.title,
    ...(published ? dated(published, 'metadata')
      : meta.shown ? dated(meta.shown, 'explicit')
        : p.date || !meta.modified ? {} : dated(meta.modified, 'metadata')),
  }));
}
