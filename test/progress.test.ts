import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/progress.js';

describe('build progress', () => {
  it('stays quiet for the first second, then reports done, total and rate at most once per interval', () => {
    let now = 0;
    const lines: string[] = [];
    const report = progressReporter(l => lines.push(l), 1000, () => now);
    now = 500;
    report({ phase: 'Absätze', done: 5000, total: 100000 });
    now = 2000;
    report({ phase: 'Absätze', done: 20000, total: 100000 });
    now = 2500;
    report({ phase: 'Absätze', done: 25000, total: 100000 });
    now = 4000;
    report({ phase: 'Index', done: 10000, total: 100000 });
    expect(lines).toEqual(['Absätze: 20.000/100.000 (10.000/s)', 'Index: 10.000/100.000 (2.500/s)']);
  });

  it('tells slow work in seconds per piece', () => {
    let now = 0;
    const lines: string[] = [];
    const report = progressReporter(l => lines.push(l), 1000, () => now);
    now = 8400;
    report({ phase: 'Texterkennung (Seiten)', done: 2, total: 5 });
    expect(lines).toEqual(['Texterkennung (Seiten): 2/5 (4,2 s je Stück)']);
  });
});
