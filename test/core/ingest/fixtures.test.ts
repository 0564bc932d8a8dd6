// Our own articles in the three layouts, with other cities, date forms and teaser blocks than the seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../../src/core/types.js';
import { loadCorpusFolder } from '../../../src/io/corpus-folder.js';
import { FIXTURES_DIR, TEST_TODAY } from '../../helpers/paths.js';

let corpus: Corpus;
const bySource = (name: string): Article => corpus.articles.find(a => a.sources.includes(name))!;
const text = (a: Article) => a.paragraphs.map(p => p.text).join('\n');

beforeAll(async () => {
  corpus = await loadCorpusFolder(FIXTURES_DIR, { today: TEST_TODAY });
});

describe('fixture articles', () => {
  it('portal page (Kiel): teasers for Leipzig and Rostock with their own dates are dropped', () => {
    const a = bySource('portal_kiel.txt');
    expect(a).toMatchObject({ title: 'Landeshauptstadt digitalisiert das Bürgeramt', city: 'Kiel', date: '2022-02-14', dateMethod: 'explicit' });
    expect(a.paragraphs).toHaveLength(3);
    expect(text(a)).not.toMatch(/Leipzig|Rostock|Gewerbeanmeldung|Muster Software|Anzeige|\(ba\)/);
    expect(text(a)).toContain('Bisher seien es 23 Leistungen.');
    expect(a.tags).toEqual(['Bürgerservice', 'Kiel', 'Terminvergabe']);
    expect(a.mentions).toEqual([]); // "Dr. Anna Berg" is a person, not the village Berg
  });

  it('press-release PDF (Leipzig): dateline date and city, dehyphenated, about box marked, contact block dropped', () => {
    const a = bySource('pdf_leipzig.txt');
    expect(a).toMatchObject({ title: 'Leipzig setzt auf eine zentrale Cloud für die Verwaltung', city: 'Leipzig', date: '2019-11-05' });
    expect(text(a)).toContain('Cloud-Plattform für die Verwaltung ein.');
    expect(text(a)).toContain('Die IT-Sicherheit hat dabei Vorrang');
    expect(text(a)).toContain('drei neue Stellen geschaffen');
    expect(a.paragraphs.filter(p => p.kind === 'about').map(p => p.text)[0]).toBe('Über die Lecos GmbH');
    expect(text(a)).not.toMatch(/Pressekontakt|Tel\.:/);
  });

  it('local-news page (Karlsruhe): weekday date inferred from the page date, teaser dateline ignored', () => {
    const a = bySource('localnews_karlsruhe.txt');
    expect(a).toMatchObject({
      title: 'Stadt führt digitale Akte in allen Ämtern ein', lead: 'Papierakten sollen bis 2025 verschwinden',
      city: 'Karlsruhe', date: '2023-03-09', dateMethod: 'weekday-inferred',
    });
    expect(text(a)).not.toMatch(/Ettlingen|Radwege|Weitere Artikel|7\.9 C/);
    expect(a.paragraphs.at(-1)!.text).toMatch(/zwei Millionen Blatt Papier einzusparen\.$/);
  });

  it('portal page with a multi-word place header and a "Bad" town: the gazetteer spelling is kept', () => {
    const a = bySource('portal_bad_homburg.txt');
    expect(a).toMatchObject({ title: 'Rathaus führt E-Rechnung ein', city: 'Bad Homburg vor der Höhe', date: '2020-11-03' });
    expect(text(a)).not.toMatch(/Offenbach|\(al\)/);
  });

  it('local-news page without a breadcrumb: title and subtitle are the two lines above the dateline', () => {
    const a = bySource('localnews_muenster.txt');
    expect(a).toMatchObject({
      title: 'Stadt schafft WLAN in allen Schulen', lead: 'Alle 90 Schulen bekommen schnelles Netz',
      city: 'Münster', date: '2022-02-02', dateMethod: 'weekday-inferred',
    });
    expect(text(a)).not.toMatch(/Wolbeck|Buslinie/);
  });

  it('press release with a label and a place-and-date line above the title', () => {
    const a = bySource('pdf_guetersloh.txt');
    expect(a).toMatchObject({ title: 'Gütersloh digitalisiert Bauanträge', city: 'Gütersloh', date: '2021-05-12' });
    expect(a.paragraphs.map(p => p.text)).toEqual([
      'Die Stadt Gütersloh bietet ab Juni den digitalen Bauantrag an. Bislang gingen jährlich rund 900 Anträge auf Papier ein.',
    ]);
  });

  it('press release with a two-word label and a `Stand:` date above the title', () => {
    const a = bySource('pdf_ratingen.txt');
    expect(a).toMatchObject({ title: 'Ratingen startet Bürger-App', city: 'Ratingen', date: '2022-05-03', dateMethod: 'explicit' });
  });

  it('local-news page with a weekday date in brackets and a teaser from a neighbouring town', () => {
    const a = bySource('localnews_ulm.txt');
    expect(a).toMatchObject({ title: 'Ulm vernetzt alle Schulen', lead: 'Glasfaser für 54 Schulen bis 2024', city: 'Ulm', date: '2022-06-07' });
    expect(text(a)).not.toMatch(/Hallenbad|Neu-Ulm/);
  });
});
