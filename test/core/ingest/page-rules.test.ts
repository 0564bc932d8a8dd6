// The general page rules one by one, on our own German lines.
import { describe, expect, it } from 'vitest';
import { parseDateLine, parseMetaDate } from '../../../src/core/ingest/date-lines.js';
import { isFurniture, isProse, isTeaser } from '../../../src/core/ingest/furniture.js';
import { splitKicker } from '../../../src/core/ingest/kicker.js';
import { longDate, shortDate } from '../../../src/reply-parts.js';

describe('date lines', () => {
  it('read a date line with labels, weekday, time and trailing punctuation as a day', () => {
    expect(parseDateLine('08.02.2021,')).toMatchObject({ iso: '2021-02-08', precision: 'day', weekday: false });
    expect(parseDateLine('Veröffentlicht am 3. Mai 2022 | 10:15 Uhr')).toMatchObject({ iso: '2022-05-03', precision: 'day' });
    expect(parseDateLine('Samstag, 31. Januar 2026')).toMatchObject({ iso: '2026-01-31', weekday: true });
    expect(parseDateLine('2023-11-07')).toMatchObject({ iso: '2023-11-07', precision: 'day' });
    expect(parseDateLine('10 August, 2025')).toMatchObject({ iso: '2025-08-10', precision: 'day' });
    expect(parseDateLine('15.09.2016 | Stand 02.12.2020, 19:18 Uhr')).toMatchObject({ iso: '2016-09-15' });
    expect(parseDateLine('15.09.2016 | Gemeinderat')).toBeNull();
  });

  it('keep a month as a month and refuse what is not only a date', () => {
    expect(parseDateLine('April 2021')).toEqual({ iso: '2021-04', precision: 'month', weekday: false });
    expect(parseDateLine('Am 3. Mai 2022 beschloss der Rat den Haushalt.')).toBeNull();
    expect(parseDateLine('31.02.2021')).toBeNull();
  });

  it('read a scraper metadata line with its precision and the text after it', () => {
    expect(parseMetaDate(' date 2021-04')).toEqual({ date: { iso: '2021-04', precision: 'month' }, rest: '' });
    expect(parseMetaDate('date 2019-12-02 Die Stadt')).toEqual({ date: { iso: '2019-12-02', precision: 'day' }, rest: 'Die Stadt' });
    expect(parseMetaDate('date 2021-13')).toBeNull();
    expect(parseMetaDate('Das Update kam 2021-04')).toBeNull();
  });

  it('are shown as precisely as they are', () => {
    expect(longDate('2021-04')).toBe('April 2021');
    expect(shortDate('2021-04')).toBe('April 2021');
    expect(longDate('2021')).toBe('2021');
    expect(shortDate('2021-03-09')).toBe('09.03.2021');
  });
});

describe('furniture', () => {
  it('recognises interface lines, breadcrumbs, credits, author lines and teasers', () => {
    for (const line of ['per Mail teilen', 'Zur Übersicht | Drucken', 'Newsticker', 'Startseite › Rathaus › Presse',
      'Eine Frau am Laptop. (Symbolfoto) Foto: Brandt', 'Archivfoto: T. Berger/dpa', 'Von Lena Kurz', 'Lesezeit: 4 Min.',
      'Aktuelles aus dem Rathaus', 'Ab Mai fährt ein Bus im Takt…', 'Die Stadt sucht Fachkräfte und mehr',
      'Zwei Frauen am Schalter. −Foto: Seitz', '- Von Paul Renner']) {
      expect(isFurniture(line), line).toBe(true);
    }
  });

  it('leaves headlines and prose alone', () => {
    for (const line of ['WLAN für alle Grundschulen', 'Die Stadt Wesel baut ihr Netz aus und investiert 420.000 Euro in neue Technik.',
      '„Wir sind weiter, als viele denken …“']) {
      expect(isFurniture(line), line).toBe(false);
    }
    expect(isTeaser('Er sagte: „Das reicht nicht.“ …')).toBe(false);
  });

  it('tells prose from a headline by length, a finished sentence and function words', () => {
    expect(isProse('Die Stadt stattet bis zum Ende der Sommerferien alle elf Grundschulen mit WLAN aus.')).toBe(true);
    expect(isProse('Drei Gemeinden testen digitale Parkplatzsuche')).toBe(false);
  });
});

describe('glued kickers', () => {
  it('split at a lower-to-upper seam that the rest of the page does not use', () => {
    expect(splitKicker('Zweite RundeNeue Modellkommunen gesucht', 'Text')).toEqual({ kicker: 'Zweite Runde', title: 'Neue Modellkommunen gesucht' });
    expect(splitKicker('BalingenTablets für den Rat', 'Text')).toEqual({ kicker: 'Balingen', title: 'Tablets für den Rat' });
  });

  it('leave real words with inner capitals and short prefixes alone', () => {
    expect(splitKicker('DigitalPakt bringt Geld', 'Der DigitalPakt Schule …')).toBeNull();
    expect(splitKicker('eAkte kommt ins Rathaus', '')).toBeNull();
    expect(splitKicker('LoRaWAN für alle', '')).toBeNull();
  });
});

describe('a rubric above the text', () => {
  it('is no title: the headline under it is, or the text\'s first words', async () => {
    const { parsePage } = await import('../../../src/core/ingest/layouts/page.js');
    const withHeadline = parsePage('kolumne.pdf', ['EDITORIAL z', '', 'Warum die Verwaltung offene Daten braucht', '',
      'Offene Daten sind kein Selbstzweck. Sie machen Entscheidungen der Verwaltung nachvollziehbar und', 'sparen Anfragen.']);
    expect(withHeadline[0]!.title).toBe('Warum die Verwaltung offene Daten braucht');
    const without = parsePage('kolumne.pdf', ['EDITORIAL z', '', 'Offene Daten sind kein Selbstzweck. Sie machen Entscheidungen der',
      'Verwaltung nachvollziehbar und sparen Anfragen.']);
    expect(without[0]!.title).toBe('Offene Daten sind kein Selbstzweck.');
  });
});
