// Reads a candidate paragraph closely: where each concept of the question occurs in it, how much of the
// question each sentence covers, and how much the paragraph covers with its article's title and lead. The
// terms come from the sequences stored at index time; the text itself only gives the tokens' offsets.
import { indexTerms, placedTokens, spansOf, tokenSpans, type PlacedToken, type TokenSpans } from '../search/analyzer.js';
import { MATCH, type Concept } from '../search/query.js';
import type { CorpusTerms, TermSequences } from '../search/term-sequences.js';
import type { Sentence } from '../text/sentences.js';

/** The concepts of a question, looked up by term. */
export interface ConceptTable {
  list: Concept[];
  /** For each term: the concepts it stands for and how surely. */
  byTerm: Map<string, { concept: number; weight: number }[]>;
  /** For each term of a multi-word synonym: its concept, phrase and position in the phrase. */
  byPhraseTerm: Map<string, { concept: number; phrase: number; slot: number }[]>;
  /** The same two by the term's id in the index (terms the index lacks occur in no text of the corpus). */
  byTermId: Map<number, { concept: number; weight: number }[]>;
  byPhraseTermId: Map<number, { concept: number; phrase: number; slot: number }[]>;
  /** Per term id modulo its length, 1 when a term of the question may have that id: most terms of a text are passed by it. */
  mayHave: Uint8Array;
  importance: number[];
  /** Sum of all importances. */
  total: number;
  /** Each concept's importance relative to the question's mean, capped at 2: rare words count up to twice. */
  relative: number[];
}

/** Slots of ConceptTable.mayHave: a question has at most a few dozen terms, so few of a text's terms share a slot with one. */
const MAY_HAVE = 4096;

/** The same entries keyed by the terms' ids in the index (terms it lacks are left out). */
function byId<T>(map: Map<string, T>, termIds: ReadonlyMap<string, number>): Map<number, T> {
  const out = new Map<number, T>();
  for (const [term, entries] of map) {
    const id = termIds.get(term);
    if (id !== undefined) out.set(id, entries);
  }
  return out;
}

export function conceptTable(list: Concept[], termIds: ReadonlyMap<string, number>): ConceptTable {
  const byTerm = new Map<string, { concept: number; weight: number }[]>();
  const byPhraseTerm = new Map<string, { concept: number; phrase: number; slot: number }[]>();
  list.forEach((c, concept) => {
    for (const t of c.terms) {
      const entries = byTerm.get(t.term) ?? [];
      // A match through a part of the word (`Parlament` for `Parlamentswahlen`) says only as much as that part does.
      const informative = t.weight < MATCH.synonym && t.idf !== undefined && c.idf > 0 ? Math.min(1, t.idf / c.idf) : 1;
      entries.push({ concept, weight: t.weight * informative });
      byTerm.set(t.term, entries);
    }
    c.phrases.forEach((p, phrase) => p.forEach((term, slot) => {
      const entries = byPhraseTerm.get(term) ?? [];
      entries.push({ concept, phrase, slot });
      byPhraseTerm.set(term, entries);
    }));
  });
  const importance = list.map(c => c.importance);
  const total = importance.reduce((a, b) => a + b, 0);
  const mean = total / Math.max(1, list.length) || 1;
  const byTermId = byId(byTerm, termIds);
  const byPhraseTermId = byId(byPhraseTerm, termIds);
  const mayHave = new Uint8Array(MAY_HAVE);
  for (const id of [...byTermId.keys(), ...byPhraseTermId.keys()]) mayHave[id % MAY_HAVE] = 1;
  return {
    list, byTerm, byPhraseTerm, byTermId, byPhraseTermId, mayHave,
    importance, total, relative: importance.map(i => Math.min(2, i / mean)),
  };
}

/** A concept found in the text: at which token, between which offsets, how surely. */
export interface Match {
  concept: number;
  weight: number;
  token: number;
  start: number;
  end: number;
}

export interface Reading {
  matches: Match[];
  /** Offsets of every token, for distances counted in words. */
  tokenStarts: Int32Array;
  /** Per concept: the best match weight in the paragraph's own text. */
  text: number[];
  /** Per sentence, per concept: the best match weight. */
  sentences: number[][];
  /** Per sentence: words from its first to its last match (Infinity without a match). */
  spread: number[];
}

/** Field weights of an article's title and lead when they cover a concept the paragraph lacks. */
const TITLE = 0.6;
const LEAD = 0.4;

/** What close reading needs of the engine: the stored term sequences, and for the fallback, the analyser's inputs. */
export interface TermSource {
  terms: CorpusTerms;
  index: { termIds: ReadonlyMap<string, number> };
  vocabulary: ReadonlySet<string>;
}

/** Calls `visit(token, term)` for every term of a text, token by token; returns the number of tokens. */
type TermReader = (visit: (token: number, term: number) => void) => number;

function storedTerms(sequences: TermSequences, n: number): TermReader {
  return visit => sequences.read(n, visit);
}

/**
 * The same terms found by analysing the text anew: the reference the stored sequences are tested against, and
 * the way out should a sequence not fit its text.
 */
export function analysedTerms(text: string, source: Pick<TermSource, 'index' | 'vocabulary'>): TermReader {
  return termsOfPlaced(placedTokens(text), source);
}

function termsOfPlaced(tokens: PlacedToken[], source: Pick<TermSource, 'index' | 'vocabulary'>): TermReader {
  return visit => {
    tokens.forEach((t, token) => {
      for (const term of indexTerms(t.token, source.vocabulary)) {
        const id = source.index.termIds.get(term);
        if (id !== undefined) visit(token, id);
      }
    });
    return tokens.length;
  };
}

/**
 * The matches of the question's concepts in a text, from its terms token by token; `spans` places the tokens in
 * the text (null where only the concepts matter: title and lead), and the number of tokens read is returned.
 */
function matchesIn(read: TermReader, table: ConceptTable, spans: TokenSpans | null): { matches: Match[]; tokens: number } {
  const matches: Match[] = [];
  // Made only for a text that holds a phrase's term (most questions have no phrase).
  let phraseSeen: Map<number, { slots: Set<number>; token: number }> | null = null;
  // Named closures made per call cost a property definition each under tsx (esbuild's keepNames): plain arrays here.
  const starts = spans?.starts ?? [];
  const ends = spans?.ends ?? [];
  const mayHave = table.mayHave;
  const tokens = read((token, term) => {
    if (mayHave[term % MAY_HAVE] === 0) return;
    const entries = table.byTermId.get(term);
    if (entries) for (const e of entries) matches.push({ concept: e.concept, weight: e.weight, token, start: starts[token] ?? 0, end: ends[token] ?? 0 });
    const phrased = table.byPhraseTermId.get(term);
    if (!phrased) return;
    phraseSeen ??= new Map();
    for (const e of phrased) {
      const key = e.concept * 65536 + e.phrase;
      const seen = phraseSeen.get(key) ?? { slots: new Set<number>(), token };
      seen.slots.add(e.slot);
      phraseSeen.set(key, seen);
      if (seen.slots.size === table.list[e.concept]!.phrases[e.phrase]!.length) {
        matches.push({ concept: e.concept, weight: MATCH.synonym, token: seen.token, start: starts[seen.token] ?? 0, end: ends[token] ?? 0 });
        phraseSeen.delete(key);
      }
    }
  });
  return { matches, tokens };
}

/** Per concept, the best weight with which the matches cover it. */
function coverOf(matches: Match[], table: ConceptTable): number[] {
  const best = table.list.map(() => 0);
  for (const m of matches) best[m.concept] = Math.max(best[m.concept]!, m.weight);
  return best;
}

/** Paragraph `id` of the corpus, read closely from its stored terms (from its text, should they not fit it). */
export function readParagraph(id: number, text: string, sentences: Sentence[], table: ConceptTable, source: TermSource): Reading {
  return readStored(id, text, sentences, table, source)
    // Never expected (the sequence was made from this very text): read the text itself rather than misplace a match.
    ?? readText(text, sentences, table, source);
}

/** The reading from the stored terms, or null when their tokens are not the text's. */
export function readStored(id: number, text: string, sentences: Sentence[], table: ConceptTable, source: TermSource): Reading | null {
  const spans = tokenSpans(text);
  const { matches, tokens } = matchesIn(storedTerms(source.terms.paragraphs, id), table, spans);
  return tokens === spans.starts.length ? readingOf(matches, spans.starts, sentences, table) : null;
}

/** The reading of a text analysed anew (the reference for readParagraph). */
export function readText(text: string, sentences: Sentence[], table: ConceptTable, source: Pick<TermSource, 'index' | 'vocabulary'>): Reading {
  const placed = placedTokens(text);
  const spans = spansOf(placed);
  return readingOf(matchesIn(termsOfPlaced(placed, source), table, spans).matches, spans.starts, sentences, table);
}

function readingOf(matches: Match[], tokenStarts: Int32Array, sentences: Sentence[], table: ConceptTable): Reading {
  const own = table.list.map(() => 0);
  const perSentence = sentences.map(() => table.list.map(() => 0));
  const first = sentences.map(() => Infinity);
  const last = sentences.map(() => -Infinity);
  let s = 0;
  for (const m of matches) {
    own[m.concept] = Math.max(own[m.concept]!, m.weight);
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= m.start) s++;
    while (s > 0 && sentences[s]!.start > m.start) s--;
    const row = perSentence[s];
    if (!row) continue;
    row[m.concept] = Math.max(row[m.concept]!, m.weight);
    first[s] = Math.min(first[s]!, m.token);
    last[s] = Math.max(last[s]!, m.token);
  }
  const spread = first.map((f, i) => (f === Infinity ? Infinity : last[i]! - f));
  return { matches, tokenStarts, text: own, sentences: perSentence, spread };
}

/** What article `index`'s title and lead cover, per concept, weighted as fields (from their stored terms). */
export function readArticleFields(index: number, table: ConceptTable, source: TermSource): number[] {
  const fields = source.terms.fields;
  return fieldWeights(coverOf(matchesIn(storedTerms(fields, 2 * index), table, null).matches, table),
    coverOf(matchesIn(storedTerms(fields, 2 * index + 1), table, null).matches, table));
}

/** The same from the title and lead analysed anew (the reference for readArticleFields). */
export function readFieldTexts(title: string, lead: string | null, table: ConceptTable, source: Pick<TermSource, 'index' | 'vocabulary'>): number[] {
  const t = coverOf(matchesIn(analysedTerms(title, source), table, null).matches, table);
  return fieldWeights(t, lead ? coverOf(matchesIn(analysedTerms(lead, source), table, null).matches, table) : t.map(() => 0));
}

function fieldWeights(title: number[], lead: number[]): number[] {
  return title.map((w, i) => Math.max(w * TITLE, lead[i]! * LEAD));
}

/** The importance-weighted share of the question that per-concept weights cover (0–1). */
export function coverage(weights: number[], table: ConceptTable): number {
  if (table.total === 0) return 0;
  let sum = 0;
  weights.forEach((w, i) => (sum += w * table.importance[i]!));
  return sum / table.total;
}

/** The same for concepts either covered fully or not at all (bit i: concept i), without making the weights. */
export function conceptCoverage(bits: number, table: ConceptTable): number {
  if (table.total === 0) return 0;
  let sum = 0;
  for (let i = 0, rest = bits; rest !== 0; i++, rest >>>= 1) if ((rest & 1) !== 0) sum += table.importance[i]!;
  return sum / table.total;
}

/** Per concept, the better of two coverings. */
export function best(a: number[], b: number[]): number[] {
  return a.map((w, i) => Math.max(w, b[i]!));
}
