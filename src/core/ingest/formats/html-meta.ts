// What a web page declares about itself, read before any guess from its text: the headline (schema.org JSON-LD,
// the article's `<h1>`, `og:title`, `<title>` without the site's name), and the date (JSON-LD `datePublished`,
// `article:published_time`, `<meta name="date">`, Dublin Core, `<time datetime>`, then a labelled date line the
// reader sees: `Datum 28.01.2022`, `Erstellt am: 01.11.2023`, `Stand: …`). Navigation labels, skip links, hidden
// headings and style rules are never a title.
import type { parseHTML as ParseHtml } from 'linkedom';
import { parseDateLine, type PageDate } from '../date-lines.js';
import { isValidDate, toIso } from '../dates.js';

type Doc = ReturnType<typeof ParseHtml>['document'];

export interface PageMeta {
  /** The page's headline, or null when it declares none that can be trusted. */
  title: string | null;
  /** The publication date the page declares (structured data, meta tags, `<time>`). */
  published: PageDate | null;
  /** A date line the reader sees on the page with its label (`Datum:`, `Erstellt am`, `Stand:`). */
  shown: PageDate | null;
  /** The page's last change as its structured data declares it: only when nothing else dates it. */
  modified: PageDate | null;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|PressRelease|NewsArticle|WebPage|Event|GovernmentService/;

export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

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

/**
 * A machine-readable date as precise as it is written: `2023-02-14T09:30:00+01:00` → the day as the page wrote it
 * (its own time zone), `2022-01` → a month, `2021` → a year.
 */
export function machineDate(value: unknown): PageDate | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?=$|[T\s+Z]|\d\d:)/.exec(value);
  if (!m) return null;
  if (m[3]) {
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return isValidDate(d) ? { iso: toIso(d), precision: 'day' } : null;
  }
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { iso: `${m[1]}-${m[2]}`, precision: 'month' } : null;
  return value.trim().length === 4 ? { iso: m[1]!, precision: 'year' } : null;
}

function metaContent(document: Doc, selector: string): string | null {
  return clean(document.querySelector(selector)?.getAttribute('content')) || null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:published_time"]',
  'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="DC.Date.issued"]', 'meta[name="dcterms.issued"]',
  'meta[name="DC.date"]', 'meta[name="DC.Date"]', 'meta[name="dcterms.date"]', 'meta[name="dcterms.created"]',
  'meta[name="DC.date.created"]', 'meta[itemprop="datePublished"]', 'meta[name="publish-date"]', 'meta[name="pubdate"]',
  'meta[name="publication_date"]',
].join(', ');
const MODIFIED_META = 'meta[property="article:modified_time"], meta[name="last-modified"], meta[name="dcterms.modified"], meta[name="DC.date.modified"], meta[itemprop="dateModified"]';

/**
 * A class or id (one whole token) of what no reader sees or what only finds the way: hidden headings, skip links,
 * breadcrumbs, cookie banners (`aural`, `sr-only`, `visually-hidden`, `c-breadcrumb`, `cookie-banner`).
 */
const HIDDEN_OR_WAYFINDING = /^(?:[a-z]{1,3}-)?(?:aural|invisible|hidden|offscreen|element-invisible|sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|skip-?(?:links?|nav(?:igation)?|to-?content)|skiplinks?|breadcrumbs?|breadcrumb-?(?:nav|list|wrapper)|cookie-?(?:banner|consent|notice|hint|layer|bar|box)|consent-?(?:banner|layer|manager))$/i;

/** Whether an element's classes or id mark it as hidden or as wayfinding. */
function markedAway(el: Element): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  return marks !== '' && marks.split(/\s+/).some(t => HIDDEN_OR_WAYFINDING.test(t));
}

/** Elements that only find the way around the site, never the article's. */
const WAYFINDING = 'nav, [role="navigation"], [role="search"], footer, aside, [role="complementary"], [role="contentinfo"]';

/** Whether this element itself (not an ancestor) is wayfinding or hidden. */
export function isWayfindingElement(el: Element): boolean {
  return el.matches(WAYFINDING) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || markedAway(el);
}

/** Whether an element is furniture a reader does not read as the article: hidden, navigation, a skip link, a banner. */
export function isWayfinding(el: Element): boolean {
  if (el.closest(WAYFINDING) || el.closest('[hidden], [aria-hidden="true"]')) return true;
  for (let e: Element | null = el; e; e = e.parentElement) if (markedAway(e)) return true;
  return false;
}

/** Headings that name a part of the site, not an article: `Hauptnavigation`, `Navigation und Service`, `Inhalt`. */
const SITE_LABEL = /^(?:(?:haupt|service|sub|meta|bereichs|seiten|unter|pfad|top|footer|zusatz)?-?navigation(?:\s+und\s+service)?|(?:haupt|service|seiten)?menü|menu|inhalt(?:sverzeichnis)?|suche|suchen|startseite|home|springe?\s.*|direkt\s+zu.*|zum\s+inhalt.*|sie\s+sind\s+hier.*|brotkrumen.*|kontakt|impressum|datenschutz|barrierefreiheit|leichte\s+sprache|gebärdensprache|schnellzugriff|service|aktuelles|presse|pressemitteilungen|meldungen|nachrichten|themen)$/i;
/** A style rule or script that leaked into text (`.css-umyvef{font-size:16px;…}`). */
const CODE = /[{};]\s*[\w-]+\s*:[^{}]*[;}]|^\s*[.#@][\w-]+\s*\{|function\s*\(|=>/;

/** Whether a text can be an article's title: not empty, not a site label, not code, not too long. */
export function usableTitle(text: string): boolean {
  return text.length >= 3 && text.length <= 300 && !SITE_LABEL.test(text) && !CODE.test(text) && /\p{L}{2}/u.test(text);
}

/** Separators between a page's title and its site's name in `<title>`: `Titel | Stadt Musterhausen`, `Titel - Zoll`. */
const TITLE_SEPARATOR = /\s+[|–—:·•»«-]{1,2}\s+/;

/**
 * The page title without its site's name: of the parts `<title>` (or `og:title`) joins with separators, the
 * longest that is not the site's name.
 */
function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = titleParts(title);
  if (parts.length < 2) return clean(title);
  const named = (p: string) => siteNames.some(n => n.toLowerCase() === p.toLowerCase());
  const kept = parts.filter(p => !named(p) && usableTitle(p));
  const candidates = kept.length ? kept : parts;
  return candidates.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The headline-like text of an element, without the style rules, scripts and hidden parts inside it. */
function ownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll('style, script, noscript, template, svg')) inner.remove();
  for (const inner of copy.querySelectorAll('[class], [id]')) if (markedAway(inner)) inner.remove();
  return clean(copy.textContent);
}

/** The parts `<title>` joins with separators (`Titel | Rubrik | Stadt Musterhausen`). */
function titleParts(title: string): string[] {
  return title.split(TITLE_SEPARATOR).map(clean).filter(p => p !== '');
}

/**
 * The article's `<h1>`: one a reader sees outside navigation, not the site's or a section's name (`Zoll`,
 * `Rathaus`: a shorter part of the page's `<title>`), inside the main content where the page marks one; outside
 * it only where the page's title names it.
 */
function articleHeading(document: Doc, siteNames: string[], pageTitles: string[]): string | null {
  const lower = (t: string) => t.toLowerCase();
  const sections = pageTitles.flatMap(t => {
    const parts = titleParts(t);
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    return parts.length >= 2 ? parts.filter(p => p !== longest) : [];
  });
  const named = (t: string) => [...siteNames, ...sections].some(n => lower(n) === lower(t));
  const seen = [...document.querySelectorAll('h1')].filter(h => !isWayfinding(h)).map(h => ({ h, text: ownText(h) }))
    .filter(x => usableTitle(x.text) && !named(x.text));
  const inMain = seen.find(x => x.h.closest('main, article, [role="main"], #content, #main, #inhalt'));
  if (inMain) return inMain.text;
  const marked = document.querySelector('main, article, [role="main"]') !== null;
  const first = seen[0];
  if (!first) return null;
  return !marked || pageTitles.some(t => lower(t).includes(lower(first.text))) ? first.text : null;
}

/** A labelled date line the reader sees: `Datum 28.01.2022`, `Erstellt am: 01.11.2023`, or a `Datum` term with its value. */
const DATE_LABEL = /^(?:datum|stand|erstellt|veröffentlicht|erschienen|aktualisiert|publiziert|pressemitteilung\s+vom|meldung\s+vom|erscheinungsdatum|veröffentlichungsdatum|letzte\s+änderung)\b/i;
const LABEL_ONLY = /^(?:datum|stand|erstellt\s+am|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|erscheinungsdatum|veröffentlichungsdatum|aktualisiert(?:\s+am)?|letzte\s+änderung)\s*:?$/i;

function shownDate(document: Doc): PageDate | null {
  for (const el of document.querySelectorAll('p, span, div, dd, li, td, small, strong, em, time, dt, th, b')) {
    if (isWayfinding(el)) continue;
    const text = clean(el.textContent);
    if (text.length > 70) continue;
    if (LABEL_ONLY.test(text)) {
      // `<dt>Datum</dt><dd>28.01.2022</dd>`, `<th>Stand</th><td>…</td>`: the value stands in the next element.
      const next = el.nextElementSibling;
      const value = next ? clean(next.textContent) : '';
      const date = value.length <= 60 ? parseDateLine(value) : null;
      if (date) return { iso: date.iso, precision: date.precision };
      continue;
    }
    // The outermost element that holds the whole line comes first: a `<p>` with a `<span>` label holds `Datum 28.01.2022`.
    const date = DATE_LABEL.test(text) ? parseDateLine(text) : null;
    if (date) return { iso: date.iso, precision: date.precision };
  }
  return null;
}

/** The `<time>` that dates the article: marked as its publication, or the first in the main content. */
function timeElement(document: Doc): PageDate | null {
  const times = [...document.querySelectorAll('time')].filter(t => !isWayfinding(t));
  const marked = times.find(t => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate'));
  const inMain = times.filter(t => t.closest('main, article, [role="main"]') && !t.closest('li'));
  for (const t of [marked, ...inMain]) {
    if (!t) continue;
    const date = machineDate(t.getAttribute('datetime')) ?? (() => {
      const d = parseDateLine(clean(t.textContent));
      return d ? { iso: d.iso, precision: d.precision } : null;
    })();
    if (date) return date;
  }
  return null;
}

export function readPageMeta(document: Doc): PageMeta {
  const ld = jsonLd(document);
  const articles = ld.filter(o => ARTICLE_TYPES.test(String(o['@type'] ?? '')) || 'headline' in o);
  const siteNames = [
    metaContent(document, 'meta[property="og:site_name"]'), metaContent(document, 'meta[name="application-name"]'),
    ...ld.filter(o => /Organization|WebSite|GovernmentOrganization/.test(String(o['@type'] ?? ''))).map(o => clean(String(o.name ?? ''))),
    ...articles.map(o => (o.publisher && typeof o.publisher === 'object' ? clean(String((o.publisher as Record<string, unknown>).name ?? '')) : '')),
  ].filter((n): n is string => !!n);
  const headline = articles.map(o => clean(String(o.headline ?? ''))).find(h => usableTitle(h)) ?? null;
  const og = metaContent(document, 'meta[property="og:title"], meta[name="twitter:title"]');
  const titleTag = clean(document.querySelector('head title, title')?.textContent);
  const title = headline ?? articleHeading(document, siteNames, [og, titleTag].filter((t): t is string => !!t))
    ?? [og, titleTag].map(t => (t ? withoutSiteName(t, siteNames) : '')).find(t => usableTitle(t)) ?? null;
  const published = articles.map(o => machineDate(o.datePublished) ?? machineDate(o.dateCreated)).find(d => d)
    ?? machineDate(metaContent(document, PUBLISHED_META)) ?? timeElement(document);
  const modified = articles.map(o => machineDate(o.dateModified)).find(d => d) ?? machineDate(metaContent(document, MODIFIED_META));
  return { title, published: published ?? null, shown: shownDate(document), modified: modified ?? null };
}
