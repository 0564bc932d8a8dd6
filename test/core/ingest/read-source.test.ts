// One file within the ingest limits: the checks before parsing (size, HTML shape, words no text has) and after
// (paragraphs, their length, the title, control characters).
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../src/core/ingest/read-source.js';
import { htmlOverLimit } from '../../../src/core/ingest/formats/html-shape.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from '../../../src/core/ingest/limits.js';
import { printableName, withoutControls } from '../../../src/core/text/printable.js';
import { TEST_TODAY } from '../../helpers/paths.js';

const read = (name: string, text: string | Buffer, limits: Partial<IngestLimits> = {}) =>
  readSourceFile({ name, bytes: typeof text === 'string' ? Buffer.from(text) : text }, TEST_TODAY, { ...DEFAULT_INGEST_LIMITS, ...limits });

const PAGE = (body: string, title = 'Meldung aus Lemgo') =>
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;

describe('the shape of an HTML page', () => {
  it('counts elements and nesting as the DOM parser would (implied ends close, void elements do not nest)', () => {
    const limits = { htmlElements: 100, htmlDepth: 5 };
    expect(htmlOverLimit(`<ul>${'<li>Punkt'.repeat(50)}</ul>${'<br><img src=x>'.repeat(20)}`, limits)).toBeNull();
    expect(htmlOverLimit('<p>Text</p>'.repeat(101), limits)).toBe('elements');
    expect(htmlOverLimit(`${'<div>'.repeat(6)}x${'</div>'.repeat(6)}`, limits)).toBe('depth');
    expect(htmlOverLimit('<b>x'.repeat(6), limits)).toBe('depth');
  });
});

describe('reading one file within the limits', () => {
  it('skips a page over the element or nesting limit before it is parsed, naming the limit', () => {
    expect(read('a.html', PAGE('<p>a</p>'.repeat(200)), { htmlElements: 100 }).skipped).toBe('HTML übersprungen: mehr als 100 Elemente');
    expect(read('a.html', PAGE(`${'<div>'.repeat(60)}<p>Lemgo kauft 40 Tablets.</p>${'</div>'.repeat(60)}`), { htmlDepth: 50 }).skipped)
      .toBe('HTML übersprungen: Elemente mehr als 50 Ebenen tief verschachtelt');
  });

  it('skips text files over the size limit and text with a word longer than any paragraph may be', () => {
    expect(read('a.txt', Buffer.alloc(3 * 1024 * 1024, 'a b '), { textMb: 2 }).skipped).toBe('Datei übersprungen: 3 MB Text, höchstens 2 MB');
    expect(read('a.txt', `Lemgo:\nTitel\n\n${'x'.repeat(30_000)}\n`).skipped).toBe('Datei übersprungen: mehr als 20.000 Zeichen ohne Satzende oder Leerzeichen');
  });

  it('splits a paragraph over the limit where its sentences end, so that no text is lost', () => {
    const sentence = 'Die Verwaltung in Lemgo arbeitet seit dem Frühjahr mit 40 neuen Tablets. ';
    const outcome = read('a.html', PAGE(`<p>${sentence.repeat(100)}</p>`), { paragraphChars: 1000 });
    const paragraphs = outcome.parsed[0]!.paragraphs;
    expect(outcome.skipped).toBeNull();
    expect(paragraphs.length).toBeGreaterThan(7);
    expect(paragraphs.every(p => p.text.length <= 1000 && p.text.endsWith('Tablets.'))).toBe(true);
    expect(paragraphs.map(p => p.text).join(' ')).toBe(sentence.repeat(100).trim());
  });

  it('skips a file that gives more text than a text file may hold, whatever its format', () => {
    // A PDF of a few bytes whose pages give 1.5 MB of text (as its text layer would after unpacking).
    const words = ['Schulen', 'Ämter', 'Bibliotheken', 'Kitas', 'Bürgerbüros', 'Archive', 'Museen'];
    const page = (n: number) => [`Lemgo kauft Tablets für ${words[n % 7]}`, '', ...Array.from({ length: 60 }, (_, i) =>
      `Die Stadt Lemgo kauft ${words[(n + i) % 7]} und ${words[(n * 3 + i) % 7]} neue Tablets. `.repeat(12).trim()).flatMap(l => [l, ''])];
    const pdf = { pages: Array.from({ length: 50 }, (_, n) => page(n)), title: null, created: null };
    const outcome = readSourceFile({ name: 'a.pdf', bytes: Buffer.from('%PDF'), pdf }, TEST_TODAY, { ...DEFAULT_INGEST_LIMITS, textMb: 1 });
    expect(outcome.skipped).toMatch(/^Datei übersprungen: 1,\d MB Text, höchstens 1 MB$/);
  });

  it('skips a file with more paragraphs than the limit', () => {
    expect(read('a.html', PAGE('<p>Lemgo kauft 40 Tablets für die Schulen der Stadt.</p>'.repeat(30)), { paragraphs: 20 }).skipped)
      .toBe('Datei übersprungen: 30 Absätze, höchstens 20');
  });

  it('caps a title at a word, and keeps control and direction characters out of title and text', () => {
    const long = `Lemgo ${'stellt neue Tablets bereit '.repeat(30)}`;
    const outcome = read('a.html', PAGE('<p>Lemgo kauft &#x1b;[2J40 Tablets&#x202E; für die Schulen.</p>', long), { titleChars: 80 });
    const article = outcome.parsed[0]!;
    expect(article.title.length).toBeLessThanOrEqual(80);
    expect(article.title).toMatch(/^Lemgo stellt neue Tablets bereit .*\S…$/);
    expect(article.paragraphs.map(p => p.text)).toContain('Lemgo kauft [2J40 Tablets für die Schulen.');
  });
});

describe('text as data', () => {
  it('removes controls from text but keeps lines, and shows them as escapes in names', () => {
    expect(withoutControls('a\u001b[31mb\u0085c\u202Ed\ne\tf')).toBe('a[31mbcd\ne\tf');
    expect(printableName('bericht\n\u001b[2J\u202E.txt')).toBe('bericht\\n\\u001b[2J\\u202e.txt');
    expect(printableName('bürgerbüro-2022.html')).toBe('bürgerbüro-2022.html');
  });
});
