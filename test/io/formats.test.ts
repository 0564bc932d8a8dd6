// HTML pages and PDFs in the corpus folder, read through the real readers (linkedom + Readability, pdf.js).
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../src/core/types.js';
import { Engine } from '../../src/core/engine.js';
import { corpusOf, loadCorpusFolder } from '../../src/io/corpus-folder.js';
import type { BuildProgress } from '../../src/core/answer/engine-data.js';
import { readPdfText } from '../../src/io/pdf-text.js';
import { citationFooter } from '../../src/reply-parts.js';
import { FORMATS_DIR, SEEDS_DIR, TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';
import { readFileSync } from 'node:fs';

let corpus: Corpus;
const dirs = new TempDirs();
const one = (name: string): Article => corpus.articles.find(a => a.sources.includes(name))!;
const text = (a: Article) => a.paragraphs.map(p => p.text).join('\n');

beforeAll(async () => {
  corpus = await loadCorpusFolder(FORMATS_DIR, { today: TEST_TODAY });
}, 120_000);
afterAll(() => dirs.removeAll());

describe('HTML pages', () => {
  it('take title and date from JSON-LD, the text from the article, none of navigation, teasers, comments, footer', () => {
    const a = one('html_jsonld_landsberg.html');
    expect(a).toMatchObject({ title: 'Bürgerbüro vergibt Termine online', city: 'Landsberg am Lech', date: '2023-02-14',
      datePrecision: 'day', dateMethod: 'metadata', layout: 'html' });
    expect(a.paragraphs.map(p => p.kind)).toEqual(['body', 'body', 'heading', 'body']);
    expect(text(a)).not.toMatch(/Startseite|Stadtbücherei|Glasfaser|Endlich|Impressum|per Mail|Drucken|Foto:/);
  });

  it('without metadata read the date line and the dateline; a district dated at its seat is the district', () => {
    const a = one('html_plain_kreis.html');
    expect(a).toMatchObject({ title: 'Kreistag beschließt Digitalstrategie', city: 'Landkreis Günzburg', date: '2022-11-07', dateMethod: 'explicit' });
    expect(a.paragraphs).toHaveLength(3);
    expect(text(a)).not.toMatch(/Bürgerservice|Weitere Meldungen|Kfz-Zulassung|Buslinie|Kapuzinermauer|Pressemitteilungen/);
  });
});

describe('authority pages as they are built', () => {
  const furniture = /Springe|Hauptnavigation|Hauptmenü|Sie sind hier|Cookies|akzeptieren|font-size|__STATE__|Weitere Meldungen|Stand: 02|Impressum|Bürgerversammlung|Zum Inhalt/;

  it('a hidden "Navigation und Service" heading is no title; the date comes from the labelled line, not the footer', () => {
    const a = one('html_bundesamt_gsb.html');
    expect(a).toMatchObject({ title: 'Meldebehörden tauschen Daten über neue Schnittstelle aus', date: '2022-01-28', dateMethod: 'explicit' });
    expect(a.paragraphs).toHaveLength(4);
    expect(text(a)).not.toMatch(furniture);
  });

  it('the logo in an <h1> outside the content is no title; `Datum: 26. Januar 2022` dates the page', () => {
    const a = one('html_landesamt_logo_h1.html');
    expect(a).toMatchObject({ title: 'Prüfbericht zu Videokonferenzdiensten veröffentlicht', date: '2022-01-26', datePrecision: 'day' });
    expect(text(a)).toContain('Nur vier erfüllen alle Anforderungen');
    expect(text(a)).not.toMatch(furniture);
  });

  it('style rules inside the headline and the text reach neither title nor paragraphs', () => {
    const a = one('html_css_in_js.html');
    expect(a).toMatchObject({ title: 'Ticketsystem für Bürgeranfragen startet in Eschwege', city: 'Eschwege', date: '2023-05-09', dateMethod: 'metadata' });
    expect(a.paragraphs).toHaveLength(3);
    expect(text(a)).not.toMatch(furniture);
  });

  it('a section name in the <h1> (`Rathaus`) gives way to the page title; `Erstellt am:` dates it', () => {
    const a = one('html_gemeinde_rathaus.html');
    expect(a).toMatchObject({ title: 'Glasfaser erreicht alle Ortsteile', date: '2023-11-01', dateMethod: 'explicit' });
    expect(text(a)).toContain('1.940 Haushalte');
    expect(text(a)).not.toMatch(furniture);
  });
});

describe('PDFs', () => {
  it('drop running headers and footers, join hyphenated lines and pages, end at the contact block', () => {
    const a = one('pdf_schwabach.pdf');
    expect(a).toMatchObject({ title: 'Schwabach stellt Schulen auf Glasfaser um', city: 'Schwabach', date: '2024-06-04', dateMethod: 'explicit', layout: 'pdf' });
    expect(text(a)).toContain('Der Stadtrat hat dafür 3,4 Millionen Euro bereitgestellt.');
    expect(text(a)).toContain('Die Bauarbeiten übernimmt ein regionales Unternehmen');
    expect(text(a)).toContain('sagte die Schulreferentin');
    expect(text(a)).not.toMatch(/Seite \d|Pressestelle|Tel\./);
  });

  it('read a scan by OCR, cite it as its head says, and say in the answer that the text comes from OCR', () => {
    const a = one('pdf_scan_beschluss.pdf');
    expect(a).toMatchObject({ title: 'VG Trier, Beschluss vom 21. August 2019, 6 L 402/19.TR', date: '2019-08-21', city: 'Trier',
      ocrSources: ['pdf_scan_beschluss.pdf'] });
    expect(text(a)).toContain('38.000 Euro');
    const r = Engine.fromCorpus(corpus).ask('Wie hoch ist der Zuschuss, den Mertesdorf für die Glasfaser begehrt?');
    expect(r.answers[0]!.answer!.text).toBe('38.000 Euro');
    expect(r.answers[0]!.article.ocr).toBe(true);
    expect(citationFooter(r.answers[0]!)).toMatch(/pdf_scan_beschluss\.pdf · Text per Texterkennung \(OCR\)/);
  });

  it('report the pages of a scan as OCR reads them', async () => {
    const seen: BuildProgress[] = [];
    const name = 'pdf_scan_beschluss.pdf';
    const read = await corpusOf({ files: [{ name, bytes: readFileSync(path.join(FORMATS_DIR, name)) }], skipped: [] }, { today: TEST_TODAY, onProgress: p => seen.push(p) });
    expect(seen).toEqual([{ phase: 'Texterkennung (Seiten)', done: 0, total: 1 }, { phase: 'Texterkennung (Seiten)', done: 1, total: 1 }]);
    expect(read.articles[0]!.ocrSources).toEqual([name]);
  }, 60_000);

  it('report a scan in which OCR finds no text as skipped, with the reason in German', () => {
    expect(corpus.skipped).toEqual([{ source: 'pdf_scan.pdf', reason: 'gescanntes PDF, aber die Texterkennung (OCR) fand keinen Text – nicht indexiert' }]);
  });

  it('without OCR, report a PDF without a text layer as such', async () => {
    const pdf = await readPdfText(readFileSync(path.join(FORMATS_DIR, 'pdf_scan.pdf')), { ocr: false });
    expect(pdf).toMatchObject({ pages: [[]] });
    expect(pdf).not.toHaveProperty('ocr');
  });

  it('report a damaged PDF by name, and the rest still loads', async () => {
    const dir = await dirs.empty('pdf-bad');
    await writeFile(path.join(dir, 'kaputt.pdf'), '%PDF-1.4\nnicht wirklich ein PDF');
    await copyFile(path.join(FORMATS_DIR, 'pdf_schwabach.pdf'), path.join(dir, 'gut.pdf'));
    const c = await loadCorpusFolder(dir, { today: TEST_TODAY });
    expect(c.articles.map(a => a.source)).toEqual(['gut.pdf']);
    expect(c.skipped[0]).toEqual({ source: 'kaputt.pdf', reason: 'PDF nicht lesbar: ungültige oder beschädigte PDF-Struktur' });
  });

  it('never date an article by the PDF file: the text states its date', async () => {
    const pdf = await readPdfText(readFileSync(path.join(FORMATS_DIR, 'pdf_schwabach.pdf')));
    expect(pdf).toMatchObject({ title: 'Pressemitteilung', created: '2024-06-30' });
    expect(one('pdf_schwabach.pdf').date).toBe('2024-06-04');
    // Created 15 January 2023, signed off `Hildesheim, den 4. November 2022`.
    expect(one('pdf_stellungnahme.pdf')).toMatchObject({ title: 'Stellungnahme zum Entwurf des Landesgesetzes über Informationssicherheit',
      date: '2022-11-04', dateMethod: 'explicit' });
  });

  it('title and date a judgment as it is cited: court, kind, pronounced on, its own file number', () => {
    const a = one('pdf_vg_urteil.pdf');
    // Not the file's date (1 July 2023), the hearing (2 March 2021) or the earlier order it cites (3 May 2020).
    expect(a).toMatchObject({ title: 'VG Kassel, Urteil vom 9. März 2021, 4 K 1187/19.KS', date: '2021-03-09', dateMethod: 'explicit', city: 'Kassel' });
    expect(a.paragraphs.map(p => p.text)).not.toContain('4 K 1187/19.KS');
    expect(text(a)).toContain('weitere 214.000 Euro');
    expect(text(a)).not.toMatch(/Seite \d/);
  });

  it('title an order by its own file number, not the lower court\'s, with the court from the running header', () => {
    const a = one('pdf_ovg_beschluss.pdf');
    expect(a).toMatchObject({ title: 'OVG Rheinland-Pfalz, Beschluss vom 14. Juli 2020, 2 B 10733/20.OVG', date: '2020-07-14' });
  });
});

describe('the seeds release as a real web page and a real PDF', () => {
  it('merge into one article citing both files, and answer with acht', () => {
    const a = one('seed_release.html');
    expect(a.sources).toEqual(['seed_release.html', 'seed_release.pdf']);
    expect(a).toMatchObject({ title: 'Städtische IT-Infrastruktur wird erweitert', city: 'Frankfurt am Main', date: '2021-03-09' });
    const r = Engine.fromCorpus(corpus).ask('Wie viele zusätzliche Server beschafft Frankfurt?');
    expect(r.answers[0]!.answer!.text).toMatch(/^acht/);
    expect(r.answers[0]!.article.sources).toEqual(['seed_release.html', 'seed_release.pdf']);
    expect(citationFooter(r.answers[0]!)).toBe('Frankfurt am Main · 9. März 2021 · seed_release.html (auch seed_release.pdf)');
  });

  it('sit side by side with .txt files in one folder', async () => {
    const dir = await dirs.empty('mixed');
    for (const f of ['seed_release.html', 'seed_release.pdf']) await copyFile(path.join(FORMATS_DIR, f), path.join(dir, f));
    await copyFile(path.join(SEEDS_DIR, '002_8b0194dd2a0f3f1f.txt'), path.join(dir, '002.txt'));
    const c = await loadCorpusFolder(dir, { today: TEST_TODAY });
    expect(c.articles.map(a => [a.city, a.sources.join('+')])).toEqual([
      ['Frankfurt am Main', 'seed_release.html+seed_release.pdf'], ['Stuttgart', '002.txt']]);
    expect(c.skipped).toEqual([]);
  });
});
