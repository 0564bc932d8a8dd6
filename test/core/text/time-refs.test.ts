import { describe, expect, it } from 'vitest';
import { resolveRelative, timeAgreement, timeRefs, type TimeRef } from '../../../src/core/text/time-refs.js';

/** The times of a text, relative ones counted from the time named before them. */
const read = (text: string) => {
  const refs = timeRefs(text);
  return refs.map((r, i) => resolveRelative(r, refs.slice(0, i)));
};
const short = (r: TimeRef) => ({ text: r.text, year: r.year, quarter: r.quarter, month: r.month, day: r.day, part: r.part });

describe('times in German text', () => {
  it('reads days, months, quarters, parts of a year and school years at the precision written', () => {
    expect(read('Die Frist endet am 2. Mai, der Umbau ab 1. Jänner 2026.').map(short)).toEqual([
      { text: 'am 2. Mai', year: null, quarter: null, month: 5, day: 2, part: null },
      { text: 'ab 1. Jänner 2026', year: 2026, quarter: null, month: 1, day: 1, part: null },
    ]);
    expect(read('Im 3. Quartal 2024 stieg die Zahl, im zweiten Quartal 2024 sank sie.').map(r => [r.year, r.quarter])).toEqual([[2024, 3], [2024, 2]]);
    expect(read('Anfang 2019 begann der Bau, im Herbst 2020 war er fertig.').map(r => [r.year, r.part])).toEqual([[2019, 'begin'], [2020, 'end']]);
    expect(read('Zu Beginn des Jahres 2022 lebten dort 8.000 Menschen.').map(r => [r.year, r.part])).toEqual([[2022, 'begin']]);
    expect(read('Im Schuljahr 2023/24 lernten dort 900 Kinder.').map(r => r.year)).toEqual([2023]);
    expect(read('Seit April 2018 leitet sie das Amt.')[0]).toMatchObject({ month: 4, year: 2018, preposition: 'seit' });
  });

  it('counts a time relative to the last one named outright before it (ein Quartal zuvor, ein Jahr später)', () => {
    const refs = read('Im 1. Quartal 2024 waren es 41 Prozent, ein Quartal zuvor 35 Prozent. Ein Jahr später kam die App.');
    expect(refs.map(r => [r.year, r.quarter])).toEqual([[2024, 1], [2023, 4], [2025, 1]]);
  });

  it('keeps `im Vorjahr` as a past time without a date: it counts from the article\'s own time', () => {
    expect(read('Im Vorjahr waren es 300.')[0]).toMatchObject({ year: null, tense: 'past' });
  });

  it('reads words of the present and the past', () => {
    expect(read('statt der zuvor 60 sind derzeit 410').map(r => r.tense)).toEqual(['past', 'present']);
  });

  it('compares times: the same, one within the other, different', () => {
    const [quarter] = read('im zweiten Quartal 2024');
    const [year] = read('2024');
    const [april] = read('im April 2024');
    const [other] = read('im dritten Quartal 2024');
    expect(timeAgreement(quarter!, quarter!)).toBe(1);
    expect(timeAgreement(quarter!, year!)).toBe(0.5);
    expect(timeAgreement(quarter!, april!)).toBe(0.5);
    expect(timeAgreement(quarter!, other!)).toBe(-1);
    expect(timeAgreement(year!, read('2023')[0]!)).toBe(-1);
  });
});
