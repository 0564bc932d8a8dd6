import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/progress.js';

describe('build progress', () => {
  it('stays quiet for the first second, then reports done of all, share, rate and time left, at most once per interval', () => {
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
    now = 5000;
    report({ phase: 'Index', done: 30000, total: 100000 });
    // Absätze: 15.000 in 1.5 s since the phase's first report; Index: 20.000 in 1 s.
    expect(lines).toEqual(['Absätze: 20.000/100.000 (20 %, 10.000/s, noch etwa 8 s)', 'Index: 10.000/100.000 (10 %)',
      'Index: 30.000/100.000 (30 %, 20.000/s, noch etwa 4 s)']);
  });

  it('tells slow work in seconds per piece, and long waits in minutes', () => {
    let now = 0;
    const lines: string[] = [];
    const report = progressReporter(l => lines.push(l), 1000, () => now);
    report({ phase: 'Texterkennung (Seiten)', done: 0, total: 60 });
    now = 8400;
    report({ phase: 'Texterkennung (Seiten)', done: 2, total: 60 });
    expect(lines).toEqual(['Texterkennung (Seiten): 2/60 (3 %, 4,2 s je Stück, noch etwa 4 min)']);
  });
});
