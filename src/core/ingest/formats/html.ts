// Turns a saved web page into an article: the page's own metadata first (JSON-LD `headline`/`datePublished`,
// `article:published_time`, `og:title`, `<time datetime>`), its main text by Readability (navigation, teaser
// boxes, comments and footers stay out), paragraphs from its `<p>`, headings and list items; what the metadata
// does not say, the general page rule reads from that text (date lines, datelines, furniture).
import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { ParsedFile } from '../../types.js';
import { parsePage } from '../layouts/page.js';

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

const ARTICLE_TYPES = /Article|BlogPosting|Report|PressRelease|NewsArticle|WebPage/;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd';

interface PageMeta {
  headline: string | null;
  published: string | null;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The JSON-LD objects of a page, `@graph` lists flattened; broken JSON is ignored. */
function jsonLd(document: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) add(graph);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // a page's broken metadata is no reason to skip the page
    }
  }
  return out;
}

/** `2023-02-14T09:30:00+01:00` → `2023-02-14`: the day as the page wrote it (its own time zone). */
function isoDay(value: unknown): string | null {
  const m = typeof value === 'string' ? /^((?:19|20)\d\d)-(\d\d)-(\d\d)/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function metaContent(document: Doc, selector: string): string | null {
  return clean(document.querySelector(selector)?.getAttribute('content')) || null;
}

function readMeta(document: Doc): PageMeta {
  const ld = jsonLd(document).filter(o => ARTICLE_TYPES.test(String(o['@type'] ?? '')) || 'headline' in o);
  const headline = ld.map(o => clean(String(o.headline ?? ''))).find(h => h) ?? null;
  const published = ld.map(o => isoDay(o.datePublished) ?? isoDay(o.dateCreated)).find(d => d)
    ?? isoDay(metaContent(document, 'meta[property="article:published_time"]'))
    ?? isoDay(metaContent(document, 'meta[name="date"], meta[name="DC.date"], meta[name="dcterms.date"], meta[itemprop="datePublished"]'))
    ?? isoDay(document.querySelector('article time[datetime], main time[datetime], time[pubdate]')?.getAttribute('datetime'));
  const og = metaContent(document, 'meta[property="og:title"]');
  const h1 = clean(document.querySelector('h1')?.textContent);
  return { headline: headline ?? (h1 || og), published: published ?? null };
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

export function parseHtml(source: string, html: string): ParsedFile[] {
  // The page as saved (metadata, block order, its h1), and a copy for Readability, which changes what it reads.
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  const order = blocks(document);
  const main = new (dom().Readability)(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  let paragraphs: string[] = [];
  if (main?.content) paragraphs = blocks(parseHTML(`<!DOCTYPE html><html><body>${main.content}</body></html>`).document);
  if (paragraphs.length === 0) paragraphs = order;
  const title = meta.headline ?? clean(main?.title);
  // The headline where the page has it: Readability takes it out of the text, so it goes back above the first
  // paragraph that follows it on the page (a kicker above it stays a kicker).
  let lines: string[];
  if (paragraphs.includes(title)) {
    lines = paragraphs.flatMap(p => [p, '']);
  } else {
    const at = order.indexOf(clean(document.querySelector('h1')?.textContent) || title);
    const above = at < 0 ? 0 : paragraphs.findIndex(p => order.indexOf(p) > at || order.indexOf(p) < 0);
    const split = above < 0 ? paragraphs.length : above;
    lines = [...paragraphs.slice(0, split).flatMap(p => [p, '']), title, '', ...paragraphs.slice(split).flatMap(p => [p, ''])];
  }
  return parsePage(source, lines).map(p => ({
    ...p,
    layout: 'html',
    title: meta.headline ?? p.title,
    ...(meta.published ? { date: meta.published, datePrecision: 'day' as const, dateMethod: 'metadata' as const } : {}),
  }));
}
