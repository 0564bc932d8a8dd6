// The fixed benchmark queries: natural questions with cities, and term queries drawn from the corpus,
// from rare to very common terms. Deterministic for a given corpus.
import type { Engine } from '../src/core/engine.js';
import { random } from './corpus.js';

const CITIES = ['Stuttgart', 'Frankfurt', 'Osnabrück', 'Kiel', 'Leipzig', 'Dortmund', 'Karlsruhe', 'Münster', 'Köln', 'Bremen'];

export function benchQueries(engine: Engine, count = 240, seed = 7): string[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const { terms, offsets } = engine.data.index.arrays;
  // Surface words from the texts stand for the terms (questions are typed words, not stems).
  const words = [...engine.data.vocabulary].filter(w => w.length >= 5 && /^\p{L}+$/u.test(w));
  const nouns = words.slice(0, 20000);
  const df = (term: string) => {
    const id = engine.data.index.termIds.get(term);
    return id === undefined ? 0 : offsets[id + 1]! - offsets[id]!;
  };
  const byDf = terms.filter(t => /^\p{L}{4,}$/u.test(t)).sort((a, b) => df(b) - df(a));
  const common = byDf.slice(0, 200);
  const rare = byDf.filter(t => df(t) <= 3).slice(0, 5000);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

  const out: string[] = [
    'wie viele VPN-Zugänge Stuttgart',
    'Wie viele Anrufe gehen beim Service-Desk in Osnabrück ein?',
    'Wie viele zusätzliche Server beschafft Frankfurt?',
  ];
  while (out.length < count) {
    const kind = out.length % 6;
    if (kind === 0) out.push(`Wie viele ${cap(pick(nouns))} hat ${pick(CITIES)}?`);
    else if (kind === 1) out.push(`Wann wurde in ${pick(CITIES)} ${cap(pick(nouns))} beschlossen?`);
    else if (kind === 2) out.push(`Wie viel kostet ${cap(pick(nouns))}?`);
    else if (kind === 3) out.push(`${pick(rare)} ${pick(rare)}`);
    else if (kind === 4) out.push(`${pick(common)} ${pick(common)} ${pick(common)}`);
    else out.push(`${cap(pick(nouns))} ${pick(common)}`);
  }
  return out;
}
