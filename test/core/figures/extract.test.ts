import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/core/figures/extract.js';
import { parseGermanDigits, parseNumberWord } from '../../../src/core/figures/german-number.js';

const figures = (t: string) => extractFigures(t).map(f => ({ text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier }));

describe('German numbers', () => {
  it('parses digits with German separators, and nothing uncertain', () => {
    expect(parseGermanDigits('5.800')).toBe(5800);
    expect(parseGermanDigits('1,6')).toBe(1.6);
    expect(parseGermanDigits('1.234,5')).toBe(1234.5);
    expect(parseGermanDigits('2.5')).toBeNull();
    expect(parseGermanDigits('1.5.2020')).toBeNull();
    expect(parseGermanDigits('7 000')).toBe(7000);
    expect(parseGermanDigits('000')).toBeNull();
  });

  it('parses number words', () => {
    expect(parseNumberWord('acht')).toBe(8);
    expect(parseNumberWord('Zwölf')).toBe(12);
    expect(parseNumberWord('einundzwanzig')).toBe(21);
    expect(parseNumberWord('zweihundertfünfzig')).toBe(250);
    expect(parseNumberWord('dreitausend')).toBe(3000);
    expect(parseNumberWord('eine')).toBeNull();
    expect(parseNumberWord('achtsam')).toBeNull();
  });
});

describe('figures in a paragraph', () => {
  it('keeps the qualifier and the counted noun, skipping adjectives', () => {
    expect(figures('Damit arbeiten rund 2.000 Mitarbeiterinnen und Mitarbeiter und acht zusätzliche Server.')).toEqual([
      { text: 'rund 2.000 Mitarbeiterinnen und Mitarbeiter', value: 2000, unit: 'Mitarbeiterinnen und Mitarbeiter', qualifier: 'rund' },
      { text: 'acht zusätzliche Server', value: 8, unit: 'Server', qualifier: null },
    ]);
  });

  it('reads money and percentages with multipliers', () => {
    expect(figures('Es wurden fast 1,8 Millionen Euro und ca. 3 Mio. Euro sowie 2,5 Mrd. € investiert, 42 Prozent mehr.')).toEqual([
      { text: 'fast 1,8 Millionen Euro', value: 1800000, unit: 'Euro', qualifier: 'fast' },
      { text: 'ca. 3 Mio. Euro', value: 3000000, unit: 'Euro', qualifier: 'ca.' },
      { text: '2,5 Mrd. €', value: 2500000000, unit: 'Euro', qualifier: null },
      { text: '42 Prozent', value: 42, unit: 'Prozent', qualifier: null },
    ]);
    expect(figures('Das Land fördert mit zehn Millionen Euro.')[0]).toMatchObject({ value: 10000000, unit: 'Euro' });
  });

  it('keeps hyphenated units whole and reads "x von y"', () => {
    expect(figures('auf 5.800 VPN-Zugänge aus')[0]).toMatchObject({ text: '5.800 VPN-Zugänge', unit: 'VPN-Zugänge' });
    expect(figures('Bisher arbeiten erst 18 von 45 Ämtern mit der E-Akte.')).toEqual([
      { text: '18 von 45 Ämtern', value: 18, unit: 'Ämtern', qualifier: null },
    ]);
  });

  it('reads thousands separated by spaces as one number', () => {
    expect(figures('Es kamen 7 000 Menschen.')).toEqual([{ text: '7 000 Menschen', value: 7000, unit: 'Menschen', qualifier: null }]);
  });

  it('leaves out years, dates, ordinals, times and identifiers', () => {
    expect(figures('Seit 2009 nach ISO 27001 zertifiziert, am Montag, 6. April, um 14 Uhr, am 9.3.2021 zum 1. Juni 2018 mit OZG 2.0.')).toEqual([]);
  });

  it('reads money in other currencies with their own unit', () => {
    expect(figures('Der Anbieter erhielt 2,5 Millionen Dollar und 300.000 US-Dollar, dazu 40.000 Franken.')).toEqual([
      { text: '2,5 Millionen Dollar', value: 2500000, unit: 'Dollar', qualifier: null },
      { text: '300.000 US-Dollar', value: 300000, unit: 'Dollar', qualifier: null },
      { text: '40.000 Franken', value: 40000, unit: 'Franken', qualifier: null },
    ]);
  });

  it('takes four-digit numbers for years unless they count a noun before 1900 or carry money', () => {
    expect(figures('In den Jahren 1871, 1885 und 1899 wuchs die Stadt, 1912 kam die Bahn.')).toEqual([]);
    expect(figures('1500 Beschäftigte und 2019 Euro')).toEqual([
      { text: '1500 Beschäftigte', value: 1500, unit: 'Beschäftigte', qualifier: null },
      { text: '2019 Euro', value: 2019, unit: 'Euro', qualifier: null },
    ]);
  });

  it('reads fractions as shares', () => {
    expect(figures('Zwei Drittel der Anträge und ein Viertel der Bescheide kommen online.')).toEqual([
      { text: 'Zwei Drittel', value: 0.666667, unit: 'Drittel', qualifier: null },
      { text: 'ein Viertel', value: 0.25, unit: 'Viertel', qualifier: null },
    ]);
  });

  it('reads a range as one figure without a single value', () => {
    expect(figures('Etwa 30 bis 40 Prozent der Anträge, 800 bis 1.000 Besucher, bis zu 50 Euro.')).toEqual([
      { text: 'Etwa 30 bis 40 Prozent', value: null, unit: 'Prozent', qualifier: 'etwa' },
      { text: '800 bis 1.000 Besucher', value: null, unit: 'Besucher', qualifier: null },
      { text: 'bis zu 50 Euro', value: 50, unit: 'Euro', qualifier: 'bis zu' },
    ]);
  });

  it('leaves out numbers inside compound words, but keeps how many times', () => {
    expect(figures('Die 53-Jährige leitet das Amt mit 40 Beschäftigten an der 3-Zimmer-Außenstelle.')).toEqual([
      { text: '40 Beschäftigten', value: 40, unit: 'Beschäftigten', qualifier: null },
    ]);
    expect(figures('Die drei-malige Preisträgerin Stadt Lindau')[0]).toMatchObject({ text: 'drei-malige Preisträgerin', value: 3, unit: 'Preisträgerin' });
  });

  it('quotes a time span on a clock as written, without a value, and leaves clock times out', () => {
    expect(figures('Nach 2:30 verbleibenden Minuten schloss das Portal um 14:30 Uhr.')).toEqual([
      { text: '2:30 verbleibenden Minuten', value: null, unit: 'Minuten', qualifier: null },
    ]);
  });

  it('quotes a figure exactly as written, with its offsets', () => {
    const text = 'Mehr als 70 Fachverfahren umfasst das Produktportfolio.';
    const [f] = extractFigures(text);
    expect(f).toMatchObject({ text: 'Mehr als 70 Fachverfahren', qualifier: 'mehr als', value: 70, kind: 'count' });
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('leaves out numbers that name or number something: models, sections, codes, case numbers, names', () => {
    expect(figures('Das Modell 5G und das Gerät 3D-X kosten 499 Euro.').map(f => f.text)).toEqual(['499 Euro']);
    expect(figures('Nach § 5 Abs. 2 und Nr. 53 sowie Art. 3 gilt das, Tel. 0541 323-0.')).toEqual([]);
    expect(figures('Das Verfahren 4 K 1187/21 läuft noch.')).toEqual([]);
    expect(figures('Windows 10 und die Version 2.1 laufen, das Album 24 auch.')).toEqual([]);
  });

  it('reads ranges, halves and Swiss thousands, and units per time', () => {
    expect(figures('Es drohen Bußgelder zwischen 35 und 350 Euro.')).toEqual([
      { text: 'zwischen 35 und 350 Euro', value: null, unit: 'Euro', qualifier: 'zwischen' },
    ]);
    expect(figures('Etwa die Hälfte der 800 Beschäftigten arbeitet mobil.')[0]).toMatchObject({ text: 'Etwa die Hälfte', value: 0.5, unit: 'Hälfte' });
    expect(figures('Die Sanierung dauerte eineinhalb Jahre.')[0]).toMatchObject({ value: 1.5, unit: 'Jahre' });
    expect(figures('Der Kanton zahlt 740\'000 Franken.')[0]).toMatchObject({ value: 740000, unit: 'Franken' });
    expect(figures('Das Netz liefert 250 Mbit/s und der Bus fährt 30 km/h.').map(f => f.unit)).toEqual(['Mbit/s', 'km/h']);
    expect(figures('um 0,5 Prozentpunkten')[0]).toMatchObject({ unit: 'Prozentpunkte' });
  });

  it('takes no capitalised German word after the noun for an English compound part, and skips adverbs before it', () => {
    expect(figures('Zwei Millionen Schulden Drücken die Stadt.')[0]).toMatchObject({ unit: 'Schulden' });
    expect(figures('Es bleiben vier ehemals städtische Bäder.')[0]).toMatchObject({ text: 'vier ehemals städtische Bäder', unit: 'Bäder' });
    expect(figures('Dort stehen 40 Access Points.')[0]).toMatchObject({ unit: 'Access Points' });
  });
});
