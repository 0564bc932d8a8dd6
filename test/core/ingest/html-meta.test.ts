// What a page declares about itself, read from real markup with linkedom: dates as precise as they are written,
// titles that are the article's and never a site's label, a hidden heading or a style rule.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { machineDate, readPageMeta, usableTitle } from '../../../src/core/ingest/formats/html-meta.js';

const meta = (head: string, body = '') => readPageMeta(parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document);

describe('page dates', () => {
  it('machine dates keep the precision they are written with, and their own day', () => {
    expect(machineDate('2023-02-14T23:30:00-05:00')).toEqual({ iso: '2023-02-14', precision: 'day' });
    expect(machineDate('2022-01')).toEqual({ iso: '2022-01', precision: 'month' });
    expect(machineDate('2021')).toEqual({ iso: '2021', precision: 'year' });
    expect(machineDate('2021-02-30')).toBeNull();
    expect(machineDate('14.02.2023')).toBeNull();
  });

  it('read Dublin Core, `<meta name="date">` and the `<time>` of the main content', () => {
    expect(meta('<meta name="DC.date.issued" content="2020-06-03">').published).toEqual({ iso: '2020-06-03', precision: 'day' });
    expect(meta('<meta name="date" content="2019-11-20T08:00:00+01:00">').published?.iso).toBe('2019-11-20');
    expect(meta('', '<main><h1>Haushalt beschlossen</h1><time datetime="2021-03">März 2021</time></main>').published)
      .toEqual({ iso: '2021-03', precision: 'month' });
  });

  it('a `<time>` in a teaser list or the sidebar dates nothing', () => {
    expect(meta('', '<main><h1>Haushalt beschlossen</h1><ul><li><time datetime="2021-01-04">4.1.</time> Anderes</li></ul></main><aside><time datetime="2021-02-01"></time></aside>').published).toBeNull();
  });

  it('read labelled date lines as the reader sees them, also as a term with its value', () => {
    expect(meta('', '<p><strong>Datum</strong> 28.01.2022</p>').shown).toEqual({ iso: '2022-01-28', precision: 'day' });
    expect(meta('', '<dl><dt>Veröffentlicht am</dt><dd>3. Mai 2022</dd></dl>').shown?.iso).toBe('2022-05-03');
    expect(meta('', '<table><tr><th>Stand</th><td>April 2021</td></tr></table>').shown).toEqual({ iso: '2021-04', precision: 'month' });
    expect(meta('', '<div class="info">Pressemitteilung vom 7. Juli 2020</div>').shown?.iso).toBe('2020-07-07');
  });

  it('an unlabelled date, or one in the footer, is no date line of the page', () => {
    expect(meta('', '<p>12.01.2022</p><footer><p>Stand: 02.02.2024</p></footer>').shown).toBeNull();
  });

  it('keep the last change apart from the publication', () => {
    const m = meta('<script type="application/ld+json">{"@type":"WebPage","dateModified":"2024-04-02"}</script>');
    expect(m).toMatchObject({ published: null, modified: { iso: '2024-04-02', precision: 'day' } });
  });
});

describe('page titles', () => {
  it('are never a site label, a style rule or code', () => {
    for (const t of ['Hauptnavigation', 'Navigation und Service', 'Springe direkt zu:', 'Inhalt', 'Sie sind hier:', '.css-umyvef{font-size:16px;}']) {
      expect(usableTitle(t), t).toBe(false);
    }
    expect(usableTitle('Kreistag beschließt Digitalstrategie')).toBe(true);
  });

  it('take the `<title>` without its site name where no heading can be trusted', () => {
    expect(meta('<title>Bürgerbüro öffnet samstags | Stadt Rheinfelden</title><meta property="og:site_name" content="Stadt Rheinfelden">', '<h1 class="aural">Navigation und Service</h1>').title)
      .toBe('Bürgerbüro öffnet samstags');
    expect(meta('<title>Stadt Rheinfelden – Bürgerbüro öffnet samstags</title>').title).toBe('Bürgerbüro öffnet samstags');
  });

  it('prefer the article heading, and strip a style rule inside it', () => {
    expect(meta('<title>Startseite</title>', '<main><h1><style>.a{color:red}</style>Neue Leitstelle geht ans Netz</h1></main>').title)
      .toBe('Neue Leitstelle geht ans Netz');
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Schulen erhalten Tablets"}</script>', '<h1>Presse</h1>').title)
      .toBe('Schulen erhalten Tablets');
  });
});
