import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../../src/core/types.js';
import { loadCorpusFolder } from '../../../src/io/corpus-folder.js';
import { SEEDS_DIR, TEST_TODAY } from '../../helpers/paths.js';

let corpus: Corpus;
const bySource = (name: string): Article => corpus.articles.find(a => a.sources.includes(name))!;
const allText = (a: Article) => [a.title, a.lead ?? '', ...a.paragraphs.map(p => p.text)].join('\n');

beforeAll(async () => {
  corpus = await loadCorpusFolder(SEEDS_DIR, { today: TEST_TODAY });
});

describe('the seed corpus', () => {
  it('becomes exactly four articles, newest first, the web page and the PDF merged', () => {
    expect(corpus.articles.map(a => [a.date, a.city, a.sources.map(s => s.slice(0, 3)).join('+')])).toEqual([
      ['2021-03-09', 'Frankfurt am Main', '000+001'],
      ['2020-04-06', 'Stuttgart', '002'],
      ['2018-05-30', 'Frankfurt am Main', '003'],
      ['2017-10-18', 'Osnabrück', '004'],
    ]);
    expect(corpus.skipped).toEqual([]);
  });

  it('keeps no page furniture in any paragraph', () => {
    const furniture = ['Druckversion', 'Anzeige', 'Suchen...', 'Weitere Meldungen', 'Weitere Artikel', 'Beliebte Artikel',
      'mehr...', 'Stichwörter', 'Aboverwaltung', 'Abbonement', 'Leverkusen', 'Nagarro', 'GmbH', '5.3 C',
      'Freitag, 19. April', 'StartLokales', 'LokalesStuttgart', 'Bildquelle', '[29.9.2023]', 'Low Code', 'Landes-Musik-Festival',
      'Kindersachen', 'Leerfahrten', 'Nürnberg', 'Einbürgerungsgesetz', 'https://', '(sib)', '(ve)'];
    for (const a of corpus.articles) {
      for (const p of a.paragraphs) {
        for (const f of furniture) expect(p.text, `${a.source}: ${f}`).not.toContain(f);
      }
    }
  });

  it('reads the portal page 000: header city, title, dated lead, initials stripped, links and tags kept', () => {
    const a = bySource('000_646e5ae0f655137e.txt');
    expect(a.title).toBe('Städtische IT-Infrastruktur wird erweitert');
    expect(a.lead).toMatch(/^Die Stadt Frankfurt am Main erweitert ihre IT-Infrastruktur/);
    expect(a.dateMethod).toBe('explicit');
    expect(a.urls).toEqual(['https://frankfurt.de', 'https://www.ekom21.de']);
    expect(a.url).toBe('https://frankfurt.de');
    expect(a.tags).toEqual(['IT-Infrastruktur', 'ekom21', 'Frankfurt am Main', 'Homeoffice']);
    expect(a.paragraphs.find(p => p.text.includes('Personentage'))!.text).toMatch(/sicherzustellen\.$/);
  });

  it('merges the PDF 001 into 000: each paragraph once, the boxed ekom21 section kept and marked, sources kept', () => {
    const a = bySource('001_d5f3c415a9d77269.txt');
    expect(a.source).toBe('000_646e5ae0f655137e.txt');
    expect(a.sources).toEqual(['000_646e5ae0f655137e.txt', '001_d5f3c415a9d77269.txt']);
    const texts = a.paragraphs.map(p => p.text);
    expect(texts.filter(t => t.includes('acht zusätzliche Server'))).toHaveLength(1);
    const about = a.paragraphs.filter(p => p.kind === 'about');
    expect(about[0]!.text).toBe('Die ekom21');
    expect(about.every(p => p.source === '001_d5f3c415a9d77269.txt')).toBe(true);
    expect(about.map(p => p.text).join(' ')).toContain('Es werden rund 650 Mitarbeiterinnen und Mitarbeiter beschäftigt.');
    expect(a.paragraphs.filter(p => p.kind !== 'about').every(p => p.source === '000_646e5ae0f655137e.txt')).toBe(true);
    expect(a.mentions).toEqual(['Gießen', 'Darmstadt', 'Kassel']);
  });

  it('reads the local-news page 002: breadcrumb title, subtitle, dateline city, weekday date in the body', () => {
    const a = bySource('002_8b0194dd2a0f3f1f.txt');
    expect(a.title).toBe('Stadt baut mobiles Arbeiten massiv aus');
    expect(a.lead).toBe('Leistungsfähigkeit der Verwaltung während der Corona-Krise gesichert');
    expect(a.city).toBe('Stuttgart');
    expect(a.date).toBe('2020-04-06');
    expect(a.dateMethod).toBe('weekday-inferred');
    expect(a.paragraphs[1]!.text).toMatch(/^Die Landeshauptstadt Stuttgart hat/);
    expect(a.paragraphs.at(-1)!.text).toMatch(/so Heinz-Hubert Weusthof, Leiter IT der Landeshauptstadt Stuttgart\.$/);
    expect(a.mentions).not.toContain('Böblingen');
    expect(allText(a)).not.toContain('Stadt baut mobiles Arbeiten massiv aus\nStadt baut');
  });

  it('reads the portal page 003 whose city header has no colon, and ignores the event date in the body', () => {
    const a = bySource('003_d65d91dc76021873.txt');
    expect(a.title).toBe('Stabsstelle wird umbenannt');
    expect(a.city).toBe('Frankfurt am Main');
    expect(a.date).toBe('2018-05-30');
    expect(a.paragraphs).toHaveLength(4);
  });

  it('reads the portal page 004 with a sub-heading and drops the teasers of other articles', () => {
    const a = bySource('004_e4b273451464e0b6.txt');
    expect(a.title).toBe('IT setzt Maßstäbe');
    expect(a.city).toBe('Osnabrück');
    expect(a.paragraphs.find(p => p.kind === 'heading')?.text).toBe('IT optimiert die Verwaltung');
    expect(allText(a)).toContain('Bei unserem Service-Desk gehen in jedem Jahr 25.000 Anrufe ein.');
    expect(allText(a)).not.toContain('Thüringen');
    expect(a.mentions).toEqual([]);
  });

  it('gives every article a stable id derived from its content', async () => {
    const again = await loadCorpusFolder(SEEDS_DIR, { today: TEST_TODAY });
    expect(again.articles.map(a => a.id)).toEqual(corpus.articles.map(a => a.id));
    expect(new Set(corpus.articles.map(a => a.id)).size).toBe(4);
  });
});
