// Typos injected into the question set: one per question, in its longest content word, by a fixed rule (swap two
// neighbouring letters, drop one, double one, or drop an umlaut's dots), each question asked with and without it.
// A question passes when its first answer is the same (file and figure or sentence) and the typo was either
// corrected visibly (`Meinten Sie …`) or needed none (the analyser already reads `Zugange` as `Zugänge`).
import type { Engine } from '../../src/core/engine.js';
import type { AskResult } from '../../src/core/answer/types.js';
import { QUESTIONS, type EvalQuestion } from './questions.js';

export type TypoKind = 'swap' | 'drop' | 'double' | 'umlaut';
const KINDS: TypoKind[] = ['swap', 'drop', 'double', 'umlaut'];
/** Question words and small words never carry the typo: the content word a user types longest does. */
const SKIP = /^(?:wie|viele|vielen|welche|welcher|welches|wann|wer|was|wo|hat|haben|der|die|das|den|dem|des|in|im|und|beim|ein|eine)$/i;

/** The question with one typo of this kind in its longest content word (inner letters only), and that word. */
export function injectTypo(question: string, kind: TypoKind): { text: string; word: string; typo: string } | null {
  const words = [...question.matchAll(/\p{L}{5,}/gu)].filter(m => !SKIP.test(m[0]));
  const target = words.sort((a, b) => b[0].length - a[0].length)[0];
  if (!target) return null;
  const w = target[0];
  const mid = Math.floor(w.length / 2);
  let typo: string;
  if (kind === 'umlaut' && /[äöü]/.test(w)) typo = w.replace(/[äöü]/, c => ({ ä: 'a', ö: 'o', ü: 'u' })[c]!);
  else if (kind === 'drop') typo = w.slice(0, mid) + w.slice(mid + 1);
  else if (kind === 'double') typo = w.slice(0, mid) + w[mid] + w.slice(mid);
  else typo = w.slice(0, mid) + w[mid + 1] + w[mid] + w.slice(mid + 2);
  if (typo === w) return null;
  return { text: question.slice(0, target.index) + typo + question.slice(target.index + w.length), word: w, typo };
}

export interface TypoRow {
  question: EvalQuestion;
  kind: TypoKind;
  typo: string;
  same: boolean;
  corrected: boolean;
  result: AskResult;
}

function firstKey(r: AskResult): string {
  const a = r.answers[0];
  return a ? `${a.article.source}|${a.answer?.text ?? a.sentence}` : `—${r.message ?? ''}`;
}

/** Up to `count` answerable questions of the set, each with one typo (the kinds in turn). */
export function evaluateTypos(engine: Engine, count = 50): { rows: TypoRow[]; passed: number } {
  const rows: TypoRow[] = [];
  for (const question of QUESTIONS.filter(q => !q.none)) {
    if (rows.length >= count) break;
    const kind = KINDS[rows.length % KINDS.length]!;
    const injected = injectTypo(question.q, kind) ?? injectTypo(question.q, 'swap');
    if (!injected) continue;
    const plain = engine.ask(question.q, { limit: 3 });
    const result = engine.ask(injected.text, { limit: 3 });
    const same = firstKey(plain) === firstKey(result) && plain.answers.length > 0;
    const corrected = (result.corrections ?? []).some(c => c.from.includes(injected.typo));
    rows.push({ question, kind, typo: injected.text, same, corrected, result });
  }
  // Passed: the same first answer, and the typo corrected visibly or needing no correction.
  const passed = rows.filter(r => r.same && (r.corrected || !r.result.corrections?.length)).length;
  return { rows, passed };
}
