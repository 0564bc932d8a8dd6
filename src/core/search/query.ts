// Turns the topic of a question into concepts (a word with its compound parts and synonyms) and a MiniSearch query.
import { analyze, normalise, stem } from './analyzer.js';
import type { QueryTerm } from './inverted-index.js';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.js';
import { SYNONYM_GROUPS } from './synonyms.js';

/** One thing the question asks about; a paragraph covers it when any of its terms matches. */
export interface Concept {
  word: string;
  /** Terms that each alone cover the concept: the word's own term and its compound parts and synonyms. */
  terms: string[];
  /** The word's own term and its synonyms (without compound parts). */
  whole: string[];
  /** The parts of a compound (`vpn`, `zugang`; `server`, `raum`). */
  parts: string[];
  /** Multi-word synonyms: every term of one phrase must match. */
  phrases: string[][];
}

/** Synonym entries as stem sequences, by the stem of each single-word entry. */
const SYNONYMS: { stems: string[]; group: number }[] = SYNONYM_GROUPS.flatMap((group, g) =>
  group.map(entry => ({ stems: analyze(entry), group: g })));

function synonymsOf(stems: string[]): { terms: string[]; phrases: string[][] } {
  const terms = new Set<string>();
  const phrases: string[][] = [];
  for (const s of stems) {
    const groups = new Set(SYNONYMS.filter(e => e.stems.length === 1 && e.stems[0] === s).map(e => e.group));
    for (const e of SYNONYMS) {
      if (!groups.has(e.group)) continue;
      if (e.stems.length === 1) terms.add(e.stems[0]!);
      else phrases.push(e.stems);
    }
  }
  return { terms: [...terms], phrases };
}

/** The concepts of a topic; phrases from the synonym table (`mobiles Arbeiten`) are one concept. */
export function concepts(topic: string, vocabulary: ReadonlySet<string>): Concept[] {
  const words = [...normalise(topic).matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].map(m => m[0])
    .filter(w => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w));
  const out: Concept[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = SYNONYMS.find(e => e.stems.length > 1 && e.stems.every((s, k) => words[i + k] !== undefined && stem(words[i + k]!) === s));
    if (phrase) {
      const syn = synonymsOf([]);
      const group = SYNONYMS.filter(e => e.group === phrase.group);
      syn.terms.push(...group.filter(e => e.stems.length === 1).map(e => e.stems[0]!));
      syn.phrases.push(...group.filter(e => e.stems.length > 1).map(e => e.stems));
      out.push({ word: words.slice(i, i + phrase.stems.length).join(' '), terms: syn.terms, whole: syn.terms, parts: [], phrases: syn.phrases });
      i += phrase.stems.length - 1;
      continue;
    }
    const terms = analyze(words[i]!, { vocabulary });
    if (terms.length === 0) continue;
    const syn = synonymsOf(terms);
    const whole = [...new Set([terms[0]!, ...synonymsOf([terms[0]!]).terms])];
    out.push({ word: words[i]!, terms: [...new Set([...terms, ...syn.terms])], whole, parts: terms.slice(1), phrases: syn.phrases });
  }
  return out;
}

/** Bits available for a query: one per concept, then one per term of each synonym phrase. */
const MAX_BITS = 31;

export interface CompiledQuery {
  terms: QueryTerm[];
  /** Which concepts a document covers, given the bits of the terms it matched. */
  covered(mask: number): boolean[];
  /** How many concepts a document covers. */
  count(mask: number): number;
}

/**
 * Each concept's own terms set its bit; each term of a multi-word synonym sets a bit of its own, and the
 * phrase covers the concept only when all its bits are set.
 */
export function compileQuery(list: Concept[]): CompiledQuery {
  const terms: QueryTerm[] = [];
  const phraseMasks: number[][] = list.map(() => []);
  let next = list.length;
  list.forEach((c, i) => {
    for (const t of new Set(c.terms)) terms.push({ term: t, bit: 1 << i });
    for (const phrase of c.phrases) {
      if (next + phrase.length > MAX_BITS) break;
      let mask = 0;
      for (const t of phrase) {
        terms.push({ term: t, bit: 1 << next });
        mask |= 1 << next++;
      }
      phraseMasks[i]!.push(mask);
    }
  });
  const covered = (mask: number) => list.map((_, i) => (mask & (1 << i)) !== 0 || phraseMasks[i]!.some(m => (mask & m) === m));
  // Documents share few distinct masks: count each once.
  const counts = new Map<number, number>();
  const count = (mask: number) => {
    let n = counts.get(mask);
    if (n === undefined) {
      n = covered(mask).filter(Boolean).length;
      counts.set(mask, n);
    }
    return n;
  };
  return { terms, covered, count };
}
