import { describe, expect, it } from 'vitest';
import { findWeekdayDate, inferYear, parseDateline, parseNamedDate, parseNumericDate, toIso }
  from '../../../src/core/ingest/dates.js';

const iso = (d: ReturnType<typeof parseNumericDate>) => (d ? toIso(d) : null);

describe('German dates', () => {
  it('reads numeric dates day first', () => {
    expect(iso(parseNumericDate('[9.3.2021]'))).toBe('2021-03-09');
    expect(iso(parseNumericDate('30.05.2018'))).toBe('2018-05-30');
    expect(parseNumericDate('31.02.2020')).toBeNull();
  });

  it('reads dates with month names, also with a stray space before the comma', () => {
    expect(iso(parseNamedDate('zum 1. Juni 2018 erfolgen'))).toBe('2018-06-01');
    expect(iso(parseNamedDate('Freitag, 19. April , 2024'))).toBe('2024-04-19');
    expect(iso(parseNamedDate('3. Okt. 2022'))).toBe('2022-10-03');
  });

  it('reads datelines', () => {
    expect(parseDateline('Leipzig, 05.11.2019 – Die Stadt')).toMatchObject({ place: 'Leipzig', date: { year: 2019, month: 11, day: 5 } });
    expect(parseDateline('Bad Homburg, 3. Mai 2022: Die Stadt')?.place).toBe('Bad Homburg');
    expect(parseDateline('Die Stadt, die seit 2019 wächst')).toBeNull();
  });
});

describe('weekday-year inference', () => {
  const ref = { year: 2024, month: 4, day: 19 };

  it('takes the most recent year, not after the reference, in which the day falls on the weekday', () => {
    expect(inferYear(6, 4, 1, ref)).toBe(2020); // Montag, 6. April
    expect(inferYear(19, 4, 5, ref)).toBe(2024); // the reference day itself
    expect(inferYear(20, 4, 6, ref)).toBe(2019); // Samstag, 20. April: 2024 would be after the reference
    expect(inferYear(9, 3, 4, { year: 2023, month: 3, day: 14 })).toBe(2023); // Donnerstag, 9. März
    expect(inferYear(29, 2, 4, ref)).toBe(2024); // Donnerstag, 29. Februar
    expect(inferYear(29, 2, 1, ref)).toBe(2016); // Montag, 29. Februar
  });

  it('finds the weekday date in running text and says how it was found', () => {
    expect(findWeekdayDate('Das hat die Stadt am Montag, 6. April, bekanntgegeben.', ref))
      .toEqual({ iso: '2020-04-06', method: 'weekday-inferred' });
    expect(findWeekdayDate('am Dienstag, den 3. Mai 2022, beschlossen', ref)).toEqual({ iso: '2022-05-03', method: 'explicit' });
    expect(findWeekdayDate('am Donnerstag (9. März) im Rat', { year: 2023, month: 3, day: 14 })?.iso).toBe('2023-03-09');
    expect(findWeekdayDate('am 6. April bekanntgegeben', ref)).toBeNull();
  });
});
