// The German analyzer used for both indexing and querying: normalise, tokenise, decompound, stem.
import { stemmer } from '@orama/stemmers/german';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.js';
import { scanTokens } from './token-scan.js';

/**
 * Bump when what indexing derives from the corpus changes (terms here, but also figures, sentences and the
 * parsed articles): persisted indexes carry this number and are rebuilt when it differs.
 */
export const ANALYZER_VERSION = 9;

/**
 * Lowercase NFC, `ß` → `ss`, and `ae/oe/ue` → `ä/ö/ü`, so that `Zugaenge` and `Zugänge`, `osnabrueck` and
 * `Osnabrück` become one word before stemming. As in Snowball's German stemmer, `ue` stays after `q`
 * (`Quelle`) and after a vowel, where the `u` is part of `eu`/`au` (`neue`, `Steuer`, `Dauer`).
 */
const UE = '(?<![aeiouyäöüq])ue';
const UE_FOLD = new RegExp(UE, 'g');

export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(UE_FOLD, 'ü')
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö');
}

/** Caches stop growing at this size (a corpus of a million paragraphs has fewer distinct words). */
const CACHE_LIMIT = 2_000_000;

/** The normalised tokens of a text, in order (the text is normalised once, as a whole). */
export function tokens(text: string): string[] {
  const normal = normalise(text);
  const out: string[] = [];
  scanTokens(normal, (start, end) => out.push(normal.slice(start, end)));
  return out;
}

const stems = new Map<string, string>();

/** The stem of a normalised word (numbers stay as they are); cached, words repeat a lot. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stems.size < CACHE_LIMIT) stems.set(word, s);
  }
  return s;
}

export interface AnalyzerOptions {
  /** Known words (normalised, unstemmed) that a closed compound may be split into. */
  vocabulary?: ReadonlySet<string>;
  /** Drop question words as well as stopwords. */
  dropQuestionWords?: boolean;
}

/**
 * The terms of a text. A hyphenated compound gives itself and its parts (`vpn-zugänge` → `vpn-zugang`,
 * `vpn`, `zugang`); a closed compound gives its parts when the vocabulary knows them
 * (`stadtverwaltung` → `stadtverwalt`, `stadt`, `verwalt`).
 */
export function analyze(text: string, options: AnalyzerOptions = {}): string[] {
  const plain = options.vocabulary === undefined && !options.dropQuestionWords;
  const terms: string[] = [];
  for (const token of tokens(text)) {
    let t = plain ? plainTerms.get(token) : undefined;
    if (t === undefined) {
      t = analyzeToken(token, options);
      if (plain && plainTerms.size < CACHE_LIMIT) plainTerms.set(token, t);
    }
    for (const x of t) terms.push(x);
  }
  return terms;
}

const plainTerms = new Map<string, string[]>();

/** Per vocabulary: the terms of each token, as the index made them (compounds split against that vocabulary). */
const vocabularyTerms = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/** The index terms of one normalised token, split against the corpus vocabulary; cached per vocabulary. */
export function indexTerms(token: string, vocabulary: ReadonlySet<string>): string[] {
  let cache = vocabularyTerms.get(vocabulary);
  if (!cache) vocabularyTerms.set(vocabulary, (cache = new Map()));
  let t = cache.get(token);
  if (t === undefined) {
    t = analyzeToken(token, { vocabulary });
    if (cache.size < CACHE_LIMIT) cache.set(token, t);
  }
  return t;
}

/** A normalised token and where it stands in the text it came from. */
export interface PlacedToken {
  token: string;
  start: number;
  end: number;
}

/**
 * The normalised tokens of a text with their offsets in the original: exactly the tokens `tokens(text)` gives,
 * found in one pass that remembers where each normalised character came from (`ß` → `ss` and `ue` → `ü`
 * change lengths).
 */
export function placedTokens(text: string): PlacedToken[] {
  const lower = text.normalize('NFC').toLowerCase();
  if (lower.length !== text.length) return placedTokensSlowly(text);
  // The spelling folds of `normalise`, each remembered with where it stands before and after.
  const folds: { at: number; from: number; length: number; was: number }[] = [];
  let shift = 0;
  const normal = lower.replace(FOLDS, (m: string, offset: number) => {
    const to = m === 'ß' ? 'ss' : m[0] === 'u' ? 'ü' : m[0] === 'a' ? 'ä' : 'ö';
    folds.push({ at: offset + shift, from: offset, length: to.length, was: m.length });
    shift += to.length - m.length;
    return to;
  });
  const out: PlacedToken[] = [];
  let f = -1;
  /** The original offset of a character of the normalised text (tokens come in order, so the fold pointer only moves on). */
  const source = (x: number): number => {
    while (f + 1 < folds.length && folds[f + 1]!.at <= x) f++;
    if (f < 0) return x;
    const fold = folds[f]!;
    return x < fold.at + fold.length ? fold.from : x - fold.at - fold.length + fold.from + fold.was;
  };
  scanTokens(normal, (from, to) => {
    const start = source(from);
    const last = to - 1;
    const end = source(last);
    // A token ending in an umlaut made from two letters (`ue` → `ü`) ends one character later in the original.
    const fold = f >= 0 ? folds[f]! : null;
    const width = fold && last < fold.at + fold.length && fold.was === 2 ? 2 : 1;
    out.push({ token: normal.slice(from, to), start, end: end + width });
  });
  return out;
}

/** Where each token of a text starts and ends in it. */
export interface TokenSpans {
  starts: Int32Array;
  ends: Int32Array;
}

/** The spans of tokens already placed. */
export function spansOf(placed: PlacedToken[]): TokenSpans {
  return { starts: Int32Array.from(placed, t => t.start), ends: Int32Array.from(placed, t => t.end) };
}

/**
 * Characters that are in NFC alone and next to each other and keep their length when lowercased: Latin up to the
 * combining marks (without `İ`, which lowercases to two), general punctuation and currency signs. A text of only
 * these needs neither check below, which made two copies of every paragraph read closely (most of what
 * tokenSpans itself took). The test holds every character and every pair of them to both properties.
 */
export const PLAIN_TEXT = /^[\u0000-\u012f\u0131-\u02ff\u2010-\u205e\u20a0-\u20c0]*$/;

/**
 * Scratch for the spans of one text, copied out at their exact length: plain arrays grown token by token were
 * a tenth of all that `ask` allocates, and allocation is what sets off the pauses in its slowest answers.
 */
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

/**
 * Where the tokens of `placedTokens(text)` stand, without making the tokens: case and the spelling folds turn
 * letters into letters one for one, so a text that is in NFC and keeps its length when lowercased has the token
 * boundaries of its normalised form. Any other text is placed by placedTokens itself.
 */
export function tokenSpans(text: string): TokenSpans {
  if (!PLAIN_TEXT.test(text) && (text.normalize('NFC') !== text || text.toLowerCase().length !== text.length)) {
    return spansOf(placedTokens(text));
  }
  // A text has fewer tokens than characters.
  if (scratchStarts.length <= text.length) {
    scratchStarts = new Int32Array(text.length + 1);
    scratchEnds = new Int32Array(text.length + 1);
  }
  const starts = scratchStarts;
  const ends = scratchEnds;
  let count = 0;
  scanTokens(text, (start, end) => {
    starts[count] = start;
    ends[count++] = end;
  });
  return { starts: starts.slice(0, count), ends: ends.slice(0, count) };
}

/** What `normalise` folds after lowercasing: `ß`, and `ue` (not after `q` or a vowel), `ae`, `oe`. */
const FOLDS = new RegExp(`ß|${UE}|ae|oe`, 'g');

/** The same for texts whose case folding changes their length: token by token. */
function placedTokensSlowly(text: string): PlacedToken[] {
  const out: PlacedToken[] = [];
  for (const m of text.matchAll(RAW_TOKEN)) {
    for (const token of tokens(m[0])) out.push({ token, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Tokens before normalising: letters, digits, and the characters that join them inside one token. */
const RAW_TOKEN = /[\p{L}\p{N}]+(?:[-.,][\p{L}\p{N}]+)*/gu;

/** The terms of one normalised token (see analyze). */
export function analyzeToken(token: string, options: AnalyzerOptions): string[] {
  const terms: string[] = [];
  if (isStop(token, options)) return terms;
  if (/^\d/.test(token)) {
    // A number stays as it is; a word that starts with one (`5g`, `1990er`, `5g-netz`) is itself, and also its
    // number and the rest, as before it was one token (`100mbit` still matches `100 MBit`).
    const glued = /^(\d+(?:[.,]\d+)*)(\p{L}.*)$/u.exec(token);
    if (!glued) return [token];
    const dash = token.lastIndexOf('-');
    terms.push(dash < 0 ? token : token.slice(0, dash + 1) + stem(token.slice(dash + 1)), glued[1]!);
    for (const t of analyzeToken(glued[2]!, options)) if (!terms.includes(t)) terms.push(t);
    return terms;
  }
  const parts = token.split('-').filter(p => p !== '');
  if (parts.length > 1) {
    terms.push(parts.slice(0, -1).join('-') + '-' + stem(parts.at(-1)!));
    // Parts of one or two letters (`E-Akte`, `IT-Leiter`) are too common to stand alone.
    for (const part of parts) if (!isStop(part, options) && part.length > 2) terms.push(stem(part));
    return terms;
  }
  terms.push(stem(token));
  if (options.vocabulary) for (const part of decompound(token, options.vocabulary)) terms.push(stem(part));
  return terms;
}

function isStop(token: string, options: AnalyzerOptions): boolean {
  return STOPWORDS.has(token) || (options.dropQuestionWords === true && QUESTION_WORDS.has(token));
}

/** Shortest part a compound may be split into. */
const MIN_PART = 4;
/** Linking elements between the parts of a German compound: `Verwaltung·s·mitarbeiter`. */
const LINKS = ['', 's', 'es', 'n', 'en', 'er'];

/** Shortest head a compound may be split off with when its modifier is not a known word. */
const MIN_HEAD = 5;
/** Shortest unknown modifier that is kept as a part of its own. */
const MIN_MODIFIER = 6;

/**
 * Splits a closed compound at its longest known head: `stadtverwaltung` → `stadt`, `verwaltung`;
 * `serverräume` → `server`, `räume`; `bauanträge` → `anträge` (the modifier is kept only when it is
 * a known word). Unknown compounds stay whole.
 */
export function decompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < MIN_PART * 2) return [];
  for (let i = 3; i <= word.length - MIN_PART; i++) {
    const head = knownForm(word.slice(i), vocabulary);
    if (!head) continue;
    const left = word.slice(0, i);
    for (const link of LINKS) {
      if (!left.endsWith(link)) continue;
      const modifier = left.slice(0, left.length - link.length);
      if (modifier.length >= 3 && vocabulary.has(modifier)) return [modifier, head];
    }
    // An unknown but long modifier is most likely a word too: `bearbeitungs·zeit` → `bearbeitung`, `zeit`.
    const modifier = left.endsWith('s') ? left.slice(0, -1) : left;
    if (modifier.length >= MIN_MODIFIER) return [modifier, head];
    if (head.length >= MIN_HEAD) return [head];
  }
  return [];
}

/** The head as the vocabulary knows it, also in another inflection: `räumen` → `räume`. */
function knownForm(head: string, vocabulary: ReadonlySet<string>): string | null {
  for (const form of [head, head.replace(/n$/, ''), head.replace(/en$/, ''), head.replace(/e?s$/, ''), `${head}e`]) {
    if (form.length >= MIN_PART && vocabulary.has(form)) return form;
  }
  return null;
}

/** The words of a normalised token that the vocabulary for decompounding keeps. */
export function vocabularyParts(token: string): string[] {
  return token.split('-').filter(part => part.length >= 3 && !/^\d/.test(part));
}
