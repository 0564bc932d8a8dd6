// Turns the topic of a question into concepts (a word with its forms, compound parts and synonyms, each term
// weighted by how surely it stands for the word) and compiles them into an index query.
import { analyze, analyzeToken, normalise, stem } from './analyzer.js';
import { TOKEN_SOURCE } from './token-scan.js';
import { inflectionVariants } from './inflection.js';
import type { QueryTerm } from './query-term.js';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { synonymStems } from '../meaning/thesaurus.js';

/** What concepts need to know about the corpus. */
export interface Lexicon {
  vocabulary: ReadonlySet<string>;
  /** Documents that hold the term (0: the index does not have it). */
  df(term: string): number;
  /** BM25's inverse document frequency for a document frequency. */
  idf(df: number): number;
  /** Closed compounds of the index whose head is this stem. */
  endingWith(stem: string): string[];
}

/** A term of a concept and how surely it stands for the word (1: the word itself). */
export interface ConceptTerm {
  term: string;
  weight: number;
  /** The term's inverse document frequency in the index (absent for terms the index lacks). */
  idf?: number;
}

/** One thing the question asks about; a paragraph covers it when any of its terms matches. */
export interface Concept {
  /** The word or phrase as the question writes it, normalised. */
  word: string;
  /** The word as written in the question. */
  written: string;
  terms: ConceptTerm[];
  /** Multi-word synonyms: every term of one phrase must match. */
  phrases: string[][];
  /** The index has the word itself, a form of it, a synonym, or (for a compound) every part. */
  known: boolean;
  /** How much the concept says about what is asked: its inverse document frequency, less for function-like words. */
  importance: number;
  /** The inverse document frequency of the word itself (as if once in the corpus when the index lacks it). */
  idf: number;
  /** Capitalised in a question that capitalises: a noun or a name. */
  noun: boolean;
  /** How much the concept's matches count in retrieval: 1 for nouns, names and numbers, less for other words. */
  emphasis: number;
}

/** How surely each kind of term stands for the word. */
export const MATCH = {
  word: 1,
  /** Another inflected form (`Autos` for `Auto`, `Zentren` for `Zentrum`). */
  form: 0.9,
  synonym: 0.8,
  /** A synonym from the general thesaurus (OpenThesaurus): between a compound's part and a domain synonym. */
  thesaurus: 0.6,
  /** A compound of the corpus with the word as its head (`Lichtbogenbeleuchtungssysteme` for `Beleuchtungssysteme`). */
  head: 0.7,
  /** A part of the question's own compound (`Zugänge` for `VPN-Zugänge`, `Prozent` for `Prozentsatz`). */
  part: 0.5,
} as const;

/** A part of a hyphenated compound counts this share of what the same word would count alone. */
const HYPHEN_PART = 0.75;

/** Share of the word's own information a compound part must carry to be searched for a word the corpus knows. */
const PART_MIN_INFORMATION = 0.5;

/**
 * Whether a term in `df` documents says next to nothing beside a word the corpus knows in `headDf` (much commoner:
 * `ver` in `verfallen`, `Leitung` for `Geschäftsführung`) and would only cost time.
 */
function saysLittle(lexicon: Lexicon, df: number, headDf: number): boolean {
  return headDf > 0 && lexicon.idf(df) < PART_MIN_INFORMATION * lexicon.idf(headDf);
}

/** Importance of words that are not nouns, names or numbers, when the question capitalises its nouns. */
const LOWERCASE_IMPORTANCE = 0.6;

/** Synonym entries as stem sequences, by the stem of each single-word entry. */
const SYNONYMS: { stems: string[]; group: number }[] = SYNONYM_GROUPS.flatMap((group, g) =>
  group.map(entry => ({ stems: analyze(entry), group: g })));

function synonymsOf(stems: string[]): { terms: string[]; phrases: string[][] } {
  const terms = new Set<string>();
  const phrases: string[][] = [];
  const groups = new Set(SYNONYMS.filter(e => e.stems.length === 1 && stems.includes(e.stems[0]!)).map(e => e.group));
  for (const e of SYNONYMS) {
    if (!groups.has(e.group)) continue;
    if (e.stems.length === 1) terms.add(e.stems[0]!);
    else phrases.push(e.stems);
  }
  return { terms: [...terms], phrases };
}

/** A word of the question with where it stands. */
/** The question's words, read as the index reads its tokens. */
const TOKEN = new RegExp(TOKEN_SOURCE, 'gu');

interface Word {
  text: string;
  written: string;
  first: boolean;
}

/** The words of a topic that carry meaning: no stopwords, no question words. */
function words(topic: string): Word[] {
  const out: Word[] = [];
  let first = true;
  for (const m of topic.matchAll(TOKEN)) {
    const text = normalise(m[0]);
    if (!STOPWORDS.has(text) && !QUESTION_WORDS.has(text)) out.push({ text, written: m[0], first });
    first = false;
  }
  return out;
}

/** Whether the question capitalises its nouns (someone typing all lowercase gives no such hint). */
function capitalises(topic: string): boolean {
  return /(?<=\s)\p{Lu}/u.test(topic);
}

/** The concepts of a topic; phrases from the synonym table (`mobiles Arbeiten`) are one concept. */
export function concepts(topic: string, lexicon: Lexicon): Concept[] {
  const list = words(topic);
  const hints = capitalises(topic);
  const out: Concept[] = [];
  // Each word stemmed once, not once per multi-word synonym tried on it.
  const stems = list.map(w => stem(w.text));
  for (let i = 0; i < list.length; i++) {
    const phrase = SYNONYMS.find(e => e.stems.length > 1 && e.stems.every((s, k) => stems[i + k] === s));
    if (phrase) {
      const group = SYNONYMS.filter(e => e.group === phrase.group);
      const terms = group.filter(e => e.stems.length === 1).map(e => ({ term: e.stems[0]!, weight: MATCH.synonym }));
      const phrases = group.filter(e => e.stems.length > 1).map(e => e.stems);
      const span = list.slice(i, i + phrase.stems.length);
      const idf = rarestIdf(terms.map(t => t.term), lexicon);
      out.push({
        word: span.map(w => w.text).join(' '), written: span.map(w => w.written).join(' '), terms: withIdf(terms, lexicon),
        phrases, known: true, importance: idf, idf, noun: true, emphasis: 1,
      });
      i += phrase.stems.length - 1;
      continue;
    }
    const concept = wordConcept(list[i]!, lexicon, hints);
    if (concept) out.push(concept);
  }
  return out;
}

/** The idf of the rarest of the terms the index has; of a word seen once when it has none. */
function rarestIdf(terms: string[], lexicon: Lexicon): number {
  const dfs = terms.map(t => lexicon.df(t)).filter(df => df > 0);
  return lexicon.idf(dfs.length ? Math.min(...dfs) : 1);
}

function wordConcept(w: Word, lexicon: Lexicon, hints: boolean): Concept | null {
  const own = analyzeToken(w.text, { vocabulary: lexicon.vocabulary });
  if (own.length === 0) return null;
  const head = own[0]!;
  const terms = new Map<string, number>();
  const put = (term: string, weight: number) => {
    if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
  };
  put(head, MATCH.word);
  const hyphenated = w.text.includes('-');
  // Other forms of the word (for a hyphenated compound, of its last part).
  if (!hyphenated) {
    for (const form of inflectionVariants(w.text)) {
      const s = stem(form);
      if (s !== head && lexicon.df(s) > 0) put(s, MATCH.form);
    }
  }
  const syn = synonymsOf([head]);
  for (const t of syn.terms) put(t, MATCH.synonym);
  // A noun's synonyms from OpenThesaurus, less sure than the domain table's (`Lehrkraft` finds `Lehrer`).
  const headDf = lexicon.df(head);
  if (/^\p{Lu}/u.test(w.written) && !hyphenated) {
    for (const t of synonymStems(head)) {
      const df = lexicon.df(t);
      // As with a compound's parts: a synonym much commoner than the word says little and costs the most.
      if (df > 0 && !saysLittle(lexicon, df, headDf)) put(t, MATCH.thesaurus);
    }
  }
  const parts = own.slice(1);
  for (const p of parts) {
    // A part much commoner than the word itself says next to nothing (`ver` in `verfallen`, `land` in
    // `Russland`) and would only cost time; a part is needed when the corpus lacks the word.
    if (saysLittle(lexicon, lexicon.df(p), headDf)) continue;
    put(p, hyphenated ? MATCH.synonym * HYPHEN_PART : MATCH.part);
  }
  const whole = [...terms].filter(([, weight]) => weight >= MATCH.synonym).map(([t]) => t);
  const wholeKnown = whole.some(t => lexicon.df(t) > 0);
  // An unknown word may stand as the head of the corpus's compounds: `Satz` in `Fundamentalsatz`.
  const compounds = !wholeKnown && !/\d/.test(head) && head.length >= 4 ? lexicon.endingWith(head) : [];
  for (const compound of compounds) put(compound, MATCH.head);
  // So may the last part of a hyphenated compound the corpus lacks: `Sekretär` of `UN-Sekretär` in `UN-Generalsekretär`.
  const tail = hyphenated && !wholeKnown && own.length > 1 ? own.at(-1)! : null;
  const tailCompounds = tail && lexicon.df(tail) === 0 && !/\d/.test(tail) && tail.length >= 4 ? lexicon.endingWith(tail) : [];
  for (const compound of tailCompounds) put(compound, MATCH.head * HYPHEN_PART);
  const known = wholeKnown || compounds.length > 0 || tailCompounds.length > 0 || (parts.length >= 2 && parts.every(p => lexicon.df(p) > 0));
  const idf = rarestIdf(whole, lexicon);
  // Names written with digits or inner capitals (`ekom21`, `eAkte`) count as nouns however they start.
  const noun = !hints || /\d|.\p{Lu}/u.test(w.written) || (/^\p{Lu}/u.test(w.written) && !w.first);
  const emphasis = noun || (w.first && /^\p{Lu}/u.test(w.written)) ? 1 : LOWERCASE_IMPORTANCE;
  return {
    word: w.text, written: w.written,
    terms: withIdf([...terms].map(([term, weight]) => ({ term, weight })), lexicon),
    phrases: syn.phrases, known, importance: idf * emphasis, idf, noun, emphasis,
  };
}

function withIdf(terms: ConceptTerm[], lexicon: Lexicon): ConceptTerm[] {
  return terms.map(t => {
    const df = lexicon.df(t.term);
    return df > 0 ? { ...t, idf: lexicon.idf(df) } : t;
  });
}

/** Bits available for a query: one per concept, then one per term of each synonym phrase. */
const MAX_BITS = 31;

export interface CompiledQuery {
  terms: QueryTerm[];
  /** Which concepts a document covers (bit i: concept i), given the bits of the terms it matched. */
  covered(mask: number): number;
}

/**
 * Each concept's own terms set its bit; each term of a multi-word synonym sets a bit of its own, and the
 * phrase covers the concept only when all its bits are set.
 */
export function compileQuery(list: Concept[]): CompiledQuery {
  const terms: QueryTerm[] = [];
  const phraseMasks: number[][] = list.map(() => []);
  const usable = list.slice(0, MAX_BITS);
  let next = usable.length;
  usable.forEach((c, i) => {
    for (const t of c.terms) terms.push({ term: t.term, bit: 1 << i, weight: t.weight * c.emphasis });
    for (const phrase of c.phrases) {
      if (next + phrase.length > MAX_BITS) break;
      let mask = 0;
      for (const t of phrase) {
        terms.push({ term: t, bit: 1 << next, weight: (MATCH.synonym / phrase.length) * c.emphasis });
        mask |= 1 << next++;
      }
      phraseMasks[i]!.push(mask);
    }
  });
  // Without phrases a concept is covered exactly when its own bit is set.
  const phrased = phraseMasks.some(m => m.length > 0);
  const own = usable.length === 0 ? 0 : (2 ** usable.length - 1) | 0;
  const covered = (mask: number) => {
    let bits = mask & own;
    if (!phrased) return bits;
    for (let i = 0; i < usable.length; i++) {
      for (const m of phraseMasks[i]!) if ((mask & m) === m) bits |= 1 << i;
    }
    return bits;
  };
  return { terms, covered };
}
