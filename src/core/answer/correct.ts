// Typos in a question: a word the corpus does not know, one or two edits (a swapped, dropped, doubled or wrong
// letter; umlauts and `ss`/`ß` are folded by the analyser already) from a word it does know, is replaced by that
// word as the corpus writes it, and the answer says so (`Meinten Sie: „Endgeräte“?`). A word of the language
// the corpus merely lacks (`Heimarbeit`) is no typo.
import { indexTerms, normalise, placedTokens } from '../search/analyzer.js';
import type { Concept } from '../search/query.js';
import { knownNoun } from '../meaning/thesaurus.js';
import { nounStem } from '../meaning/noun-stem.js';
import { editDistance } from '../text/edit-distance.js';
import { inflectionVariants } from '../search/inflection.js';
import type { EngineData } from './engine-data.js';

export interface Correction {
  /** The word as the question wrote it. */
  from: string;
  /** The word as the corpus writes it. */
  to: string;
}

/** Shortest word corrected: shorter ones are one edit from too many others (`sang` – `lang`, `from` – `Form`). */
const MIN_LENGTH = 5;
/** Words of this many letters or more may be two edits off; shorter ones one. */
const TWO_EDITS_FROM = 8;

/** The corpus term nearest a word the corpus lacks, or another form of it (fewest edits, then the commonest), or null. */
function nearestTerm(data: EngineData, word: string): { own: string; term: string } | null {
  let best: { own: string; term: string; d: number; df: number } | null = null;
  // The word itself and its other forms (`Endanewnder` is near `Endanwendern`, which the corpus has).
  for (const form of [word, ...inflectionVariants(normalise(word))]) {
    const own = indexTerms(normalise(form), data.vocabulary)[0];
    // A stem this short is one edit from too many others (`tesl` – `teil`).
    if (!own || own.length < MIN_LENGTH) continue;
    const max = own.length >= TWO_EDITS_FROM ? 2 : 1;
    // The index's fuzzy lookup counts a swap as two edits; the distance here as one.
    for (const term of data.index.fuzzy(own, 2)) {
      const d = editDistance(own, term, max);
      if (d > max) continue;
      const id = data.index.termIds.get(term);
      const postings = id === undefined ? null : data.index.postings(id);
      const df = postings ? postings.end - postings.start : 0;
      if (!best || d < best.d || (d === best.d && df > best.df)) best = { own, term, d, df };
    }
  }
  return best ? { own: best.own, term: best.term } : null;
}

/** Paragraphs looked at, at most, for the way the corpus writes a term (the first one edit from the asked word ends the search). */
const WRITTEN_SAMPLE = 500;

/**
 * The word of the corpus with `term` as its first index term (or as the last part of a hyphenated word) that is
 * closest to the word as asked, as a paragraph writes it (`Plattform`, not `Plattformen`, for `Platttform`).
 */
function writtenForm(data: EngineData, term: string, asked: string): string | null {
  const id = data.index.termIds.get(term);
  if (id === undefined) return null;
  const { start, end } = data.index.postings(id);
  const docs = data.index.arrays.docs;
  const key = asked.toLowerCase();
  let best: { text: string; d: number } | null = null;
  for (let p = start; p < Math.min(end, start + WRITTEN_SAMPLE); p++) {
    const text = data.store.get(docs[p]!).text;
    for (const t of placedTokens(text)) {
      const terms = indexTerms(t.token, data.vocabulary);
      if (!terms.includes(term)) continue;
      let written = text.slice(t.start, t.end);
      // The term may be the last part of a hyphenated word (`Dezernent` in `IT-Dezernent`); a compound's head is not written alone.
      if (terms[0] !== term) {
        const dash = written.lastIndexOf('-');
        if (dash < 0 || indexTerms(normalise(written.slice(dash + 1)), data.vocabulary)[0] !== term) continue;
        written = written.slice(dash + 1);
      }
      const d = editDistance(key, written.toLowerCase()) + (/^\p{Lu}/u.test(written) === /^\p{Lu}/u.test(asked) ? 0 : 0.5);
      if (!best || d < best.d) best = { text: written, d };
    }
    if (best && best.d <= 1) break;
  }
  return best?.text ?? null;
}

/**
 * The question's unknown words with a close word of the corpus, each as written in the question and as the corpus
 * writes the word meant; empty when every word is known or none is close to one.
 */
export function corrections(data: EngineData, list: Concept[]): Correction[] {
  const out: Correction[] = [];
  for (const c of list) {
    if (c.known || /\d/.test(c.word) || c.phrases.length > 0) continue;
    // In a hyphenated word the last part is the word (`IT-Dezenrent`).
    const dash = c.written.lastIndexOf('-');
    const head = dash >= 0 ? c.written.slice(0, dash + 1) : '';
    const word = c.written.slice(head.length);
    if (word.length < MIN_LENGTH) continue;
    // A noun of the language the corpus does not use is a question the corpus cannot answer, not a typo (the
    // thesaurus's own nouns only: a slip inside a compound, `Rechenzzentren`, still splits into known parts).
    if (/^\p{Lu}/u.test(word) && knownNoun(nounStem(word))) continue;
    const near = nearestTerm(data, word);
    // Another form of the same word (`unterzeichnete` – `Unterzeichnung`) is a word the corpus lacks, not a typo.
    if (!near || near.term.startsWith(near.own) || near.own.startsWith(near.term)) continue;
    const to = writtenForm(data, near.term, word);
    if (!to || to.toLowerCase() === word.toLowerCase()) continue;
    // Typing slips keep a word's first letter (`läuft` is no `kauft`), and a capital stays one (`British` is no `britischen`).
    if (fold(to[0]!) !== fold(word[0]!) || (/^\p{Lu}/u.test(word) && !/^\p{Lu}/u.test(to))) continue;
    out.push({ from: c.written, to: head + to });
  }
  return out;
}

/** The question with each correction made, word for word. */
export function corrected(text: string, list: Correction[]): string {
  let out = text;
  for (const { from, to } of list) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), to);
  }
  return out;
}

/** A letter without case and umlaut: `Ä` → `a`. */
function fold(letter: string): string {
  return letter.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
