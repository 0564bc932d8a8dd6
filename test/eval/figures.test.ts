// The figure evaluation as a floor: hand-written figure questions about real news (figures-dev.json) over the 10kGNAD
// test split (DER STANDARD; CC BY-NC-SA 4.0), read from ../shared/corpora when they are there. The numbers it must
// keep are a little under those measured (docs/evaluation.md).
import { describe, expect, it } from 'vitest';
import { evaluateFigures, loadFigureSet, readCsvRows, sameFigure, type FigureItem } from './figures.js';

const item = (expected: string, value: number | null): FigureItem => ({
  id: 'x', row: 0, question: '', answerable: true, expected, expected_value: value, traps: [], distractors: [], evidence: null,
});

describe('the figure evaluation itself', () => {
  it('reads the CSV as Python\'s csv module does: ; between fields, \' around them, \'\' inside', () => {
    expect(readCsvRows("Web;'Er sagte: ''ja''; dann ging er.'\r\nSport;kurz\r\n")).toEqual([
      ['Web', "Er sagte: 'ja'; dann ging er."],
      ['Sport', 'kurz'],
    ]);
  });

  it('counts a figure as the expected one when number and scale word agree, not otherwise', () => {
    expect(sameFigure({ text: 'rund 58 Mio. Euro', value: 58e6 }, item('58 Mio. Euro', 58e6))).toBe(true);
    expect(sameFigure({ text: '4,5', value: 4.5 }, item('4,5', 4.5))).toBe(true);
    expect(sameFigure({ text: 'Ein Drittel', value: 0.333333 }, item('Ein Drittel', 0.3333))).toBe(true);
    expect(sameFigure({ text: '1,2 Millionen', value: 1.2e6 }, item('1,2 Milliarden', 1.2e9))).toBe(false);
    expect(sameFigure({ text: '19 Euro', value: 19 }, item('17 Euro', 17))).toBe(false);
  });
});

const set = loadFigureSet();

describe.skipIf(set === null)('figure answers on real German news (figures-dev, 10kGNAD test split)', () => {
  it('keeps the asked figure, the doubt and the abstentions at the measured floor', () => {
    const r = evaluateFigures(set!);
    expect(r.figure).toBeGreaterThanOrEqual(0.75);
    expect(r.confidentlyWrong).toBeLessThanOrEqual(0.07);
    expect(r.dates.right).toBeGreaterThanOrEqual(r.dates.of - 1);
    expect(r.unanswerable.abstained).toBeGreaterThanOrEqual(r.unanswerable.of - 2);
  }, 120_000);
});
