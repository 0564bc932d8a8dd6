// `npm run calibrate`: fits the confidence model (src/core/answer/confidence.ts) on the XQuAD German dev half
// (CC BY-SA 4.0, Artetxe et al. 2019), read from ../shared/corpora. Every answer of every question is a
// sample: right when it quotes the paragraph the question was written about. Asking each article's questions
// with that article removed adds samples that are all wrong. A logistic regression over the answer's evidence
// gives the weights; a two-fold split by article shows how they hold on articles they were not fitted on.
import { eachArticleRemoved, loadXquad, quotesParagraph, xquadEngine, XQUAD_DEV, type XquadItem, type XquadSet } from '../test/eval/xquad.js';
import type { Engine } from '../src/core/engine.js';
import type { Evidence } from '../src/core/answer/confidence.js';

const FEATURES: (keyof Evidence)[] = ['coverage', 'sentenceCoverage', 'unknownShare', 'lead', 'strength'];

interface Sample { x: number[]; y: number; article: number; first: boolean; removed: boolean }

const set = loadXquad(process.argv[2] ?? XQUAD_DEV);
if (!set) {
  process.stderr.write(`XQuAD-Datei nicht gefunden: ${process.argv[2] ?? XQUAD_DEV}\n`);
  process.exit(1);
}

function samples(data: XquadSet): Sample[] {
  const out: Sample[] = [];
  const collect = (engine: Engine, items: XquadItem[], removed: boolean) => {
    for (const item of items) {
      engine.ask(item.question, { limit: 3, explain: true, minConfidence: 0 }).answers.forEach((a, rank) => {
        const right = !removed && quotesParagraph(data, a, item);
        out.push({ x: FEATURES.map(f => a.evidence![f]), y: right ? 1 : 0, article: item.article, first: rank === 0, removed });
      });
    }
  };
  collect(xquadEngine(data), data.items, false);
  eachArticleRemoved(data, (engine, items) => collect(engine, items, true));
  return out;
}

function fit(train: Sample[], l2 = 0.001, iterations = 4000, rate = 0.5): number[] {
  const w = new Array(FEATURES.length + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array(w.length).fill(0);
    for (const s of train) {
      const z = w[0]! + s.x.reduce((n, v, i) => n + v * w[i + 1]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - s.y;
      g[0] += err;
      s.x.forEach((v, i) => (g[i + 1] += err * v));
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (g[i] / train.length + (i ? l2 * w[i] : 0));
  }
  return w;
}

const p = (w: number[], s: Sample) => 1 / (1 + Math.exp(-(w[0]! + s.x.reduce((n, v, i) => n + v * w[i + 1]!, 0))));

function report(label: string, w: number[], test: Sample[], unsure: number): void {
  const firsts = test.filter(s => s.first && !s.removed);
  const removed = test.filter(s => s.first && s.removed);
  const rightFirst = firsts.filter(s => s.y === 1);
  const markedRight = rightFirst.filter(s => p(w, s) < unsure).length / rightFirst.length;
  const quietRemoved = removed.filter(s => p(w, s) < unsure).length / removed.length;
  // Calibration: mean predicted against observed, in five bins, over first answers with the article present.
  const bins = [0, 0.2, 0.4, 0.6, 0.8].map((lo, i) => {
    const hi = [0.2, 0.4, 0.6, 0.8, 1.01][i]!;
    const inBin = [...firsts, ...removed].filter(s => p(w, s) >= lo && p(w, s) < hi);
    const mean = inBin.reduce((n, s) => n + p(w, s), 0) / Math.max(1, inBin.length);
    const seen = inBin.filter(s => s.y === 1).length / Math.max(1, inBin.length);
    return `${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)}: n=${inBin.length} vorhergesagt ${(mean * 100).toFixed(0)} % richtig ${(seen * 100).toFixed(0)} %`;
  });
  process.stdout.write(`${label}\n  richtige erste Antworten als unsicher markiert: ${(markedRight * 100).toFixed(1)} %\n`
    + `  Artikel entfernt, erste Antwort unsicher: ${(quietRemoved * 100).toFixed(1)} %\n  ${bins.join('\n  ')}\n`);
}

const all = samples(set);
const unsure = Number(process.env.UNSURE ?? 0.5);
const w = fit(all);
process.stdout.write(`${all.length} Antworten (${all.filter(s => s.removed).length} mit entferntem Artikel)\n`);
process.stdout.write(`Gewichte: { bias: ${w[0]!.toFixed(2)}, ${FEATURES.map((f, i) => `${f}: ${w[i + 1]!.toFixed(2)}`).join(', ')} }\n`);
// The floor: below it no answer is given. What each floor costs on answerable questions and gains on removed articles.
const firsts = all.filter(s => s.first && !s.removed);
const removedFirsts = all.filter(s => s.first && s.removed);
const questions = set.items.length;
for (const floor of [0.05, 0.06, 0.07, 0.08, 0.1, 0.15, 0.2, 0.3]) {
  const lost = firsts.filter(s => p(w, s) < floor);
  const silent = removedFirsts.filter(s => p(w, s) < floor).length + (questions - removedFirsts.length);
  process.stdout.write(`Untergrenze ${floor}: beantwortbare Fragen ohne Antwort +${(lost.length / questions * 100).toFixed(1)} % `
    + `(davon richtig ${lost.filter(s => s.y === 1).length}), Artikel entfernt still ${(silent / questions * 100).toFixed(1)} %\n`);
}
report('Auf allen Artikeln angepasst', w, all, unsure);
// Two folds by article: fitted on one half of the articles, judged on the other.
for (const fold of [0, 1]) {
  const w2 = fit(all.filter(s => s.article % 2 !== fold));
  report(`Angepasst auf den Artikeln ${fold ? 'mit gerader' : 'mit ungerader'} Nummer, geprüft auf den anderen`, w2, all.filter(s => s.article % 2 === fold), unsure);
}
