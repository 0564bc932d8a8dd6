// Builds benchmark corpora of N paragraphs from real German news (10kGNAD) plus the seeds, at run time.
// The data's licence (CC BY-NC-SA 4.0) allows benchmarks and tests only: nothing generated here is committed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Corpus } from '../src/core/types.js';
import { splitSentences } from '../src/core/text/sentences.js';

export const GNAD_CSV = fileURLToPath(new URL('../../shared/corpora/10kGNAD-test.csv', import.meta.url));

/** Small deterministic PRNG (mulberry32), so that every run builds the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article texts of the CSV (`label;text`; a text with `;` or `'` is quoted with `'`, `''` inside). */
export function readGnad(path = GNAD_CSV): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const at = line.indexOf(';');
    if (at < 0) continue;
    const raw = line.slice(at + 1);
    const text = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (text.length > 0) out.push(text);
  }
  return out;
}

const CITIES = ['Stuttgart', 'Frankfurt am Main', 'Osnabrück', 'Kiel', 'Leipzig', 'Dortmund', 'Karlsruhe', 'Münster',
  'Gütersloh', 'Köln', 'Bremen', 'Hannover', 'Nürnberg', 'Dresden', 'Bonn', 'Mainz', 'Kassel', 'Freiburg im Breisgau',
  'Augsburg', 'Erfurt', 'Rostock', 'Ulm', 'Heidelberg', 'Potsdam', 'Wiesbaden'];

/** Paragraphs of two to five real sentences; beyond the real ones, sentences are resampled. */
export function paragraphs(texts: string[], count: number, rnd: () => number): string[] {
  const sentences: string[] = [];
  const out: string[] = [];
  for (const t of texts) {
    const s = splitSentences(t).map(x => x.text).filter(x => x.length > 20);
    sentences.push(...s);
    for (let i = 0; i < s.length && out.length < count; ) {
      const n = 2 + Math.floor(rnd() * 4);
      out.push(s.slice(i, i + n).join(' '));
      i += n;
    }
  }
  while (out.length < count) {
    const n = 2 + Math.floor(rnd() * 4);
    out.push(Array.from({ length: n }, () => sentences[Math.floor(rnd() * sentences.length)]!).join(' '));
  }
  return out.slice(0, count);
}

/** A corpus of about `count` paragraphs in articles of 4–12 paragraphs, with cities and dates, plus the seeds' articles. */
export function benchCorpus(count: number, seeds: Article[] = [], seed = 42): Corpus {
  const rnd = random(seed);
  const paras = paragraphs(readGnad(), Math.max(0, count - seeds.reduce((n, a) => n + a.paragraphs.length, 0)), rnd);
  const articles: Article[] = [...seeds];
  for (let i = 0, k = 0; i < paras.length; k++) {
    const n = 4 + Math.floor(rnd() * 9);
    const body = paras.slice(i, i + n);
    i += n;
    const source = `bench_${String(k).padStart(7, '0')}.txt`;
    const city = CITIES[Math.floor(rnd() * CITIES.length)]!;
    const year = 2010 + Math.floor(rnd() * 15);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    articles.push({
      id: `b${k.toString(16).padStart(15, '0')}`, title: body[0]!.split(/[.!?]/)[0]!.slice(0, 90), lead: null, city, mentions: [],
      date, datePrecision: 'day', dateMethod: 'explicit', paragraphs: body.map(text => ({ text, kind: 'body' as const, source })),
      tags: [], urls: [], url: null, source, sources: [source], layout: 'portal',
    });
  }
  return { articles, skipped: [], warnings: [] };
}
