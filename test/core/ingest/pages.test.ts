// Pages we wrote in the structures of real municipal news pages: kickers glued to headlines, section labels,
// share buttons, photo credits, dates on their own line or as a scraper's month, tickers, districts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../../src/core/types.js';
import { loadCorpusFolder } from '../../../src/io/corpus-folder.js';
import { buildCorpus } from '../../../src/core/ingest/build-corpus.js';
import { parseFile } from '../../../src/core/ingest/parse-file.js';
import { PAGES_DIR, SEEDS_DIR, TEST_TODAY } from '../../helpers/paths.js';
import { Engine } from '../../../src/core/engine.js';
import { articleLine } from '../../../src/terminal/render-articles.js';

let corpus: Corpus;
const bySource = (name: string): Article[] => corpus.articles.filter(a => a.sources.includes(name));
const one = (name: string): Article => bySource(name)[0]!;
const text = (a: Article) => a.paragraphs.map(p => p.text).join('\n');

beforeAll(async () => {
  corpus = await loadCorpusFolder(PAGES_DIR, { today: TEST_TODAY });
});

/** What no paragraph of any page may hold: the furniture the pages were written with. */
const FURNITURE = ['per Mail teilen', 'Zur Übersicht', 'Drucken', 'Newsticker', 'Foto:', 'Archivfoto', '(Symbolfoto)',
  'Startseite', 'Lesezeit', 'Von Max', 'Von Jana', 'E-Paper', 'Breitbandausbau', 'Buslinie', 'Weitere Artikel',
  'Kontakt:', 'Pressekontakt', 'Teilen', 'Aktuelles', '12. Januar 2025', 'Pfullingen', 'Kreisbote', 'Von Paul',
  'Stand 23.06', '−Foto', 'Serie'];

describe('real page structures, read by the general rule', () => {
  it('reads every page: title, date and city right, no furniture in any paragraph', () => {
    const rows = corpus.articles.map(a => [a.source, a.title, a.date, a.city]);
    expect(rows).toEqual([
      ['header_date_teasers.txt', 'Bürgerbüro vergibt Termine jetzt online', '2024-10-09', 'Lahr'],
      ['ticker_three_items.txt', 'Bad Urach führt digitale Hundesteuer ein', '2023-09-21', 'Bad Urach'],
      ['ticker_three_items.txt', 'Metzingen öffnet Daten zum Parken', '2023-09-19', 'Metzingen'],
      ['ticker_three_items.txt', 'Neue Server für das Landratsamt', '2023-09-14', 'Landkreis Reutlingen'],
      ['compass_words.txt', 'Funkmasten für Ortsteile in den Bergen', '2023-07-27', 'Oberstdorf'],
      ['news_site_author.txt', 'Lemgoer Schulen bekommen neue Server', '2023-05-06', 'Lemgo'],
      ['town_named_once.txt', 'Sitzungen des Stadtrats werden live übertragen', '2022-11-02', 'Zwiesel'],
      ['kicker_line_subtitle.txt', 'Drei Gemeinden testen digitale Parkplatzsuche', '2022-08-03', 'Bad Wörishofen'],
      ['labels_caption_breadcrumb.txt', 'WLAN für alle Grundschulen', '2022-06-14', 'Wesel'],
      ['district_self_named.txt', 'Main-Kinzig-Kreis führt die elektronische Akte ein', '2022-03-22', 'Main-Kinzig-Kreis'],
      ['pdf_district_release.txt', 'Landkreis Tuttlingen startet Bürgerportal', '2022-03-04', 'Landkreis Tuttlingen'],
      ['lead_then_date_stand.txt', 'Das Amt im Netz', '2021-06-21', 'Kempten (Allgäu)'],
      ['meta_month_district.txt', 'Kreis digitalisiert die Kfz-Zulassung', '2021-04', 'Landkreis Emsland'],
      ['kicker_glued_gespraech.txt', 'Schneller zum Bauantrag', '2021-02-08', 'Landkreis Vechta'],
      ['kicker_town_glued.txt', 'Gemeinderat tagt künftig papierlos', '2020-12-18', 'Hechingen'],
      ['newspaper_title_subtitle.txt', 'Wenn der Gemeinderat digital abstimmt', null, 'Penzberg'],
    ]);
    for (const a of corpus.articles) for (const f of FURNITURE) expect(text(a), `${a.source}: ${f}`).not.toContain(f);
    expect(corpus.skipped).toEqual([]);
  });

  it('splits a kicker glued to the headline; a town as kicker becomes the city', () => {
    expect(one('kicker_glued_gespraech.txt').title).toBe('Schneller zum Bauantrag');
    expect(one('kicker_town_glued.txt')).toMatchObject({ title: 'Gemeinderat tagt künftig papierlos', city: 'Hechingen' });
    // A word with an inner capital that the text uses too is a real word, not a glued kicker.
    const page = 'Aktuelles\n\nDigitalPakt bringt Geld für Schulen\n\n01.02.2022\n\nDer DigitalPakt Schule bringt der Stadt Wesel 2,1 Millionen Euro für Tablets und Netze in allen Schulen.\n';
    expect(parseFile('x.txt', page, TEST_TODAY)[0]!.title).toBe('DigitalPakt bringt Geld für Schulen');
  });

  it('tells a kicker line above the headline from a subtitle below it', () => {
    expect(one('kicker_line_subtitle.txt')).toMatchObject({
      title: 'Drei Gemeinden testen digitale Parkplatzsuche', lead: 'Sensoren im Boden melden freie Plätze in Echtzeit',
    });
    // A publication name above, a long subtitle below, a dashed author line and dashed paragraphs.
    const paper = one('newspaper_title_subtitle.txt');
    expect(paper.lead).toMatch(/^Seit dem Frühjahr stimmt das Gremium per Tablet ab/);
    expect(paper.paragraphs[1]!.text).toMatch(/^Seit März stimmen die 24 Mitglieder/);
  });

  it('finds a date line with its update time below the lead, and drops the caption under it', () => {
    expect(one('lead_then_date_stand.txt')).toMatchObject({ date: '2021-06-21', datePrecision: 'day' });
  });

  it('keeps a month-precise date as a month, and says how precise each date is', () => {
    expect(one('meta_month_district.txt')).toMatchObject({ date: '2021-04', datePrecision: 'month', dateMethod: 'explicit' });
    expect(one('labels_caption_breadcrumb.txt')).toMatchObject({ date: '2022-06-14', datePrecision: 'day' });
  });

  it('never takes the page header date or a teaser date for the article date', () => {
    const a = one('header_date_teasers.txt');
    expect(a.date).toBe('2024-10-09');
    expect(text(a)).not.toMatch(/Seelbach|Halbstundentakt/);
  });

  it('makes each dated item of a news ticker its own article and leaves out a cut-off teaser', () => {
    const items = bySource('ticker_three_items.txt');
    expect(items.map(a => a.title)).toEqual(['Bad Urach führt digitale Hundesteuer ein', 'Metzingen öffnet Daten zum Parken', 'Neue Server für das Landratsamt']);
    expect(items.map(a => a.paragraphs.length)).toEqual([1, 1, 1]);
    expect(text(items[2]!)).toContain('60 Server');
  });

  it('names a page without a headline by its first sentence, not by the place that opens it', () => {
    const page = ' date 2019-11 Ein Blick in den neuen Serverraum. Foto: Kreis/Hahn\n\nWetteraukreis. Der Kreis zieht sein Rechenzentrum in einen Neubau um. Die 80 Server laufen danach mit Ökostrom.\n';
    expect(parseFile('x.txt', page, TEST_TODAY)[0]).toMatchObject({
      title: 'Der Kreis zieht sein Rechenzentrum in einen Neubau um.', date: '2019-11', datePrecision: 'month',
      datelinePlace: 'Wetteraukreis', paragraphs: [{ text: expect.stringMatching(/^Wetteraukreis\. Der Kreis/) }],
    });
  });

  it('takes a one-word headline when there is no other, and joins a web paragraph broken mid-sentence', () => {
    const long = 'Die Kommune misst seit dem Frühjahr die Luftqualität an zwölf Stellen und veröffentlicht die Werte stündlich im Netz, gemessen werden Feinstaub und CO';
    const page = `Luftmessung\n\n${long}\n2 in der Innenstadt. Die Sensoren kosten zusammen 36.000 Euro und laufen mit Solarstrom.\n`;
    const [p] = parseFile('x.txt', page, TEST_TODAY);
    expect(p!.title).toBe('Luftmessung');
    expect(p!.paragraphs.map(x => x.text)).toEqual([`${long} 2 in der Innenstadt. Die Sensoren kosten zusammen 36.000 Euro und laufen mit Solarstrom.`]);
  });

  it('does not make a town named once deep in a long text the article city', () => {
    const filler = 'Die Verwaltung prüft dabei jeden Schritt sorgfältig und berichtet dem Rat regelmäßig über den Stand der Dinge.';
    const page = `Neue Software für das Bauamt\n\n12.05.2022\n\n${filler}\n\n${filler}\n\n${filler} Ein ähnliches System nutzt man schon in Zwiesel.\n`;
    const corpus = buildCorpus([{ name: 'x.txt', bytes: Buffer.from(page, 'utf8') }], { today: TEST_TODAY });
    expect(corpus.articles[0]).toMatchObject({ city: null, mentions: ['Zwiesel'] });
  });

  it('does not take compass words or mountains for towns without a place context', () => {
    expect(one('compass_words.txt').mentions).toEqual([]);
    expect(one('town_named_once.txt').mentions).toEqual([]);
  });
});

describe('latest over these pages', () => {
  it('sorts a month between the days around it and shows it as a month', () => {
    const list = Engine.fromCorpus(corpus).latest({ limit: 20 }).articles;
    const at = list.findIndex(a => a.date === '2021-04');
    expect([list[at - 1]!.date, list[at + 1]!.date]).toEqual(['2021-06-21', '2021-02-08']);
    expect(articleLine(list[at]!)).toMatch(/^April 2021\s+Landkreis Emsland\s+Kreis digitalisiert die Kfz-Zulassung$/);
    expect(list.at(-1)!.date).toBeNull();
  });

  it('filters by a district in any of its forms', () => {
    const engine = Engine.fromCorpus(corpus);
    for (const name of ['Emsland', 'Landkreis Emsland', 'Kreis Emsland']) {
      expect(engine.latest({ city: name }).articles.map(a => a.source), name).toEqual(['meta_month_district.txt']);
    }
    expect(engine.latest({ city: 'Osterholz' }).message).toBe('Zu Landkreis Osterholz habe ich keine Artikel.');
  });
});

describe('near copies', () => {
  const seed = readFileSync(join(SEEDS_DIR, '002_8b0194dd2a0f3f1f.txt'), 'utf8');
  const file = (name: string, t: string) => ({ name, bytes: Buffer.from(t, 'utf8') });
  const figureCities = (c: Corpus) => c.articles.map(a => [a.city, text(a).match(/auf (\d\.\d{3}) Zugänge/)?.[1]]);

  it('for another city with another figure stay apart, and each figure keeps its city', () => {
    const karlsruhe = seed.replaceAll('Stuttgart', 'Karlsruhe').replace('5.800', '6.300');
    const c = buildCorpus([file('stuttgart.txt', seed), file('karlsruhe.txt', karlsruhe)], { today: TEST_TODAY });
    expect(figureCities(c).sort()).toEqual([['Karlsruhe', '6.300'], ['Stuttgart', '5.800']]);
  });

  it('an update with a new figure is not swallowed by the first version', () => {
    const update = seed.replace('5.800', '6.300');
    const c = buildCorpus([file('first.txt', seed), file('update.txt', update)], { today: TEST_TODAY });
    expect(figureCities(c).sort()).toEqual([['Stuttgart', '5.800'], ['Stuttgart', '6.300']]);
  });

  it('the same story with another date stays apart; the same text and facts still merge', () => {
    const other = seed.replace('Montag, 6. April', 'Montag, 13. April');
    expect(buildCorpus([file('a.txt', seed), file('b.txt', other)], { today: TEST_TODAY }).articles).toHaveLength(2);
    expect(buildCorpus([file('a.txt', seed), file('b.txt', seed.replace('Weitere Artikel', ''))], { today: TEST_TODAY }).articles).toHaveLength(1);
  });
});
