// What answering needs, built once per corpus: articles, the paragraph store, the inverted index,
// the corpus vocabulary and the places it knows.
import type { ArticleRecord, Corpus, LoadWarning, Skipped } from '../types.js';
import { ArticleStore } from '../search/article-store.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { paragraphFacts, type ParagraphFacts } from '../search/paragraph-facts.js';
import { analyzeToken, tokens, vocabularyParts } from '../search/analyzer.js';
import { GrowableU32 } from '../search/growable.js';
import { Interner } from '../search/interner.js';
import { IndexBuilder, InvertedIndex } from '../search/inverted-index.js';
import { ParagraphStore, StoreBuilder } from '../search/paragraph-store.js';
import type { Lexicon } from '../search/query.js';
import { TermSequenceBuilder, type CorpusTerms } from '../search/term-sequences.js';
import { TokenTerms } from '../search/token-terms.js';

export interface EngineData {
  articles: ArticleStore;
  skipped: Skipped[];
  warnings: LoadWarning[];
  store: ParagraphStore;
  index: InvertedIndex;
  /** The index terms of every paragraph, title and lead, token by token (close reading looks them up). */
  terms: CorpusTerms;
  /** Normalised words of the corpus, for splitting closed compounds. */
  vocabulary: Set<string>;
  gazetteer: Gazetteer;
  /** Places that are an article's city or are named in an article. */
  knownPlaces: Set<string>;
}

/** Field weights: a paragraph is found by its own words first, by its article's title, lead and city too. */
export const FIELD_WEIGHTS = { text: 1, title: 0.6, lead: 0.4, city: 0.5 };

export interface BuildProgress {
  phase: 'Dateien' | 'Absätze' | 'Index' | 'Texterkennung (Seiten)';
  done: number;
  total: number;
}

/** The weighted terms of the document being indexed, in scratch arrays reused document after document. */
class DocTerms {
  terms = new Uint32Array(256);
  weights = new Float32Array(256);
  count = 0;
  /** Position of a term in `terms`, plus one; zero when absent. */
  private slot = new Uint32Array(1 << 16);

  add(term: number, weight: number): void {
    if (term >= this.slot.length) {
      const grown = new Uint32Array(Math.max(term + 1, this.slot.length * 2));
      grown.set(this.slot);
      this.slot = grown;
    }
    const at = this.slot[term]!;
    if (at) {
      this.weights[at - 1] = this.weights[at - 1]! + weight;
      return;
    }
    if (this.count === this.terms.length) {
      const terms = new Uint32Array(this.count * 2);
      terms.set(this.terms);
      this.terms = terms;
      const weights = new Float32Array(this.count * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.terms[this.count] = term;
    this.weights[this.count] = weight;
    this.slot[term] = ++this.count;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.slot[this.terms[i]!] = 0;
    this.count = 0;
  }
}

/** Distinct normalised tokens of the corpus with ids, and every text as a run of token ids. */
export class TokenRuns {
  private readonly interned = new Interner();
  readonly runs = new GrowableU32();
  readonly offsets = new GrowableU32();

  constructor(private readonly vocabulary: Set<string>) {
    this.offsets.push(0);
  }

  /** Drops the runs and the token table (after indexing they are no longer needed). */
  release(): void {
    this.runs.take();
    this.offsets.take();
    this.interned.clear();
  }

  /** The tokens by id. */
  get list(): readonly string[] {
    return this.interned.list;
  }

  /** Appends the text's tokens as one run; returns the run's number. */
  add(text: string): number {
    for (const token of tokens(text)) this.runs.push(this.idOf(token));
    this.offsets.push(this.runs.length);
    return this.offsets.length - 2;
  }

  /**
   * Appends a run tokenised elsewhere (ids into another thread's token list) as one run; returns its number.
   * Ids are given in the order `add` would give them, so the result is the same as adding the text.
   */
  addForeign(run: ForeignRun): number {
    const { ids, table } = run;
    for (let i = 0; i < ids.length; i++) this.runs.push(table.resolve(ids[i]!, this));
    this.offsets.push(this.runs.length);
    return this.offsets.length - 2;
  }

  /** The id of a token, given on first sight (its parts join the vocabulary then). */
  idOf(token: string): number {
    const known = this.interned.list.length;
    const id = this.interned.id(token);
    if (id === known) for (const part of vocabularyParts(token)) this.vocabulary.add(part);
    return id;
  }
}

/** The token list of another thread's tokeniser, and what each of its ids became in this build. */
export class ForeignTokens {
  readonly list: string[] = [];
  private ours = new Int32Array(0);

  /** Tokens the other thread met for the first time, in the order of its ids. */
  append(fresh: string[]): void {
    for (const token of fresh) this.list.push(token);
  }

  resolve(id: number, runs: TokenRuns): number {
    if (id >= this.ours.length) {
      const grown = new Int32Array(Math.max(this.list.length, id + 1)).fill(-1);
      grown.set(this.ours);
      this.ours = grown;
    }
    let ours = this.ours[id]!;
    if (ours < 0) this.ours[id] = ours = runs.idOf(this.list[id]!);
    return ours;
  }
}

/** What a LocalTokens hands over for a batch of texts. */
export interface TokenBatch {
  /** Tokens met for the first time since the previous batch, in the order of their ids. */
  fresh: string[];
  ids: Uint32Array;
  /** Where each text's run ends in `ids`. */
  ends: Uint32Array;
}

/** Tokenises texts in another thread into ids of its own token list; a ForeignTokens there reads them. */
export class LocalTokens {
  private readonly interned = new Interner();
  /** How many tokens earlier batches handed over. */
  private sent = 0;

  batch(texts: string[]): TokenBatch {
    const ids = new GrowableU32();
    const ends = new Uint32Array(texts.length);
    texts.forEach((text, i) => {
      for (const token of tokens(text)) ids.push(this.interned.id(token));
      ends[i] = ids.length;
    });
    const fresh = this.interned.list.slice(this.sent);
    this.sent = this.interned.list.length;
    return { fresh, ids: ids.toArray(), ends };
  }
}

/** A paragraph's tokens as ids into a foreign token list. */
export interface ForeignRun {
  ids: Uint32Array;
  table: ForeignTokens;
}

/** The tokens of a corpus: every paragraph as a run (numbered like the paragraphs), then per article its title, lead and city. */
export interface CorpusTokens {
  /** Paragraphs in the corpus. */
  total: number;
  runs: TokenRuns;
  vocabulary: Set<string>;
  /** Per article: the runs of its title, lead and city. */
  sharedRuns: [number, number, number][];
}

/** Stage one of a build: tokens and vocabulary (needs no sentences or figures, so it can run beside them). */
export function tokenizeCorpus(corpus: Corpus, onProgress?: (p: BuildProgress) => void,
  /** Paragraph runs tokenised elsewhere, in corpus order (a gap: tokenised here). */
  foreign: (ForeignRun | undefined)[] = []): CorpusTokens {
  const total = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const every = Math.max(1000, Math.floor(total / 50));
  const vocabulary = new Set<string>();
  const runs = new TokenRuns(vocabulary);
  let done = 0;
  for (const article of corpus.articles) {
    for (const p of article.paragraphs) {
      const run = foreign[done];
      if (run) runs.addForeign(run);
      else runs.add(p.text);
      done++;
      if (onProgress && done % every === 0) onProgress({ phase: 'Absätze', done, total });
    }
  }
  const sharedRuns = corpus.articles.map((a): [number, number, number] => [runs.add(a.title), runs.add(a.lead ?? ''), runs.add(a.city ?? '')]);
  return { total, runs, vocabulary, sharedRuns };
}

/** Builds everything answering needs from a parsed corpus, in one thread. */
export function buildEngineData(corpus: Corpus, gazetteer: Gazetteer, onProgress?: (p: BuildProgress) => void): EngineData {
  return assembleEngineData(corpus, tokenizeCorpus(corpus, onProgress), gazetteer, onProgress);
}

/**
 * Stage two of a build: the paragraph store and the inverted index, from the tokens. `facts` may carry the
 * sentences and figures of every paragraph (in corpus order), computed elsewhere, for example in parallel.
 * Both are consumed: the tokens are released and `facts` is emptied once the store holds them.
 */
export function assembleEngineData(corpus: Corpus, tokens: CorpusTokens, gazetteer: Gazetteer,
  onProgress?: (p: BuildProgress) => void, facts?: ParagraphFacts[]): EngineData {
  const stored = storeParagraphs(corpus, facts);
  return finishEngineData(corpus, indexParagraphs(corpus, tokens, onProgress), stored, gazetteer);
}

/** The paragraph store and article records of a corpus being built; see storeParagraphs. */
export interface StoredParagraphs {
  store: StoreBuilder;
  articles: ArticleRecord[];
}

/** Every paragraph into the store with its sentences and figures (`facts` in corpus order, emptied; else computed here). */
export function storeParagraphs(corpus: Corpus, facts?: ParagraphFacts[]): StoredParagraphs {
  let textUnits = 0;
  for (const article of corpus.articles) for (const p of article.paragraphs) textUnits += p.text.length;
  const store = new StoreBuilder(textUnits);
  const articles: ArticleRecord[] = [];
  corpus.articles.forEach((article, articleIndex) => {
    const { paragraphs, ...meta } = article;
    articles.push({ ...meta, firstParagraph: store.size, paragraphCount: paragraphs.length });
    for (const p of paragraphs) {
      const { sentenceStarts, figures } = facts?.[store.size] ?? paragraphFacts(p.text);
      store.add({ text: p.text, kind: p.kind, source: p.source, articleIndex, sentenceStarts, figures });
    }
  });
  if (facts) facts.length = 0;
  return { store, articles };
}

/** The documents of the inverted index, not yet packed, and the vocabulary; see indexParagraphs. */
export interface IndexedParagraphs {
  index: IndexBuilder;
  vocabulary: Set<string>;
  /** The terms of every paragraph (in order) and of every article's title and lead, token by token. */
  terms: { paragraphs: TermSequenceBuilder; fields: TermSequenceBuilder };
}

/**
 * Every paragraph into the inverted index, from the tokens (released afterwards). Needs no sentences or
 * figures, so it can run while they are still computed elsewhere.
 */
export function indexParagraphs(corpus: Corpus, tokens: CorpusTokens, onProgress?: (p: BuildProgress) => void): IndexedParagraphs {
  const { total, runs, vocabulary, sharedRuns } = tokens;
  const every = Math.max(1000, Math.floor(total / 50));
  // Each distinct token is analyzed once, compounds split against the whole vocabulary.
  const index = new IndexBuilder();
  const tokenTerms = new TokenTerms(runs.list.length, token => analyzeToken(runs.list[token]!, { vocabulary }).map(t => index.termId(t)));
  const doc = new DocTerms();
  const terms = { paragraphs: new TermSequenceBuilder(), fields: new TermSequenceBuilder() };
  /** Adds a run's terms to the document; with `into`, also as a sequence of its own. */
  const addRun = (run: number, weight: number, into?: TermSequenceBuilder) => {
    let length = 0;
    for (let i = runs.offsets.get(run); i < runs.offsets.get(run + 1); i++) {
      const e = tokenTerms.entry(runs.runs.get(i));
      into?.encoded(tokenTerms.bytes, tokenTerms.bytesFrom(e), tokenTerms.bytesTo(e));
      // Read after entry(): analysing a new token may have grown the arrays.
      const ids = tokenTerms.terms;
      for (let k = tokenTerms.termsFrom(e); k < tokenTerms.termsTo(e); k++) {
        doc.add(ids[k]!, weight);
        length += weight;
      }
    }
    into?.end();
    return length;
  };
  /** A run as a sequence only. */
  const sequence = (run: number, into: TermSequenceBuilder) => {
    for (let i = runs.offsets.get(run); i < runs.offsets.get(run + 1); i++) {
      const e = tokenTerms.entry(runs.runs.get(i));
      into.encoded(tokenTerms.bytes, tokenTerms.bytesFrom(e), tokenTerms.bytesTo(e));
    }
    into.end();
  };
  let done = 0;
  corpus.articles.forEach((article, a) => {
    const [title, lead, city] = sharedRuns[a]!;
    sequence(title, terms.fields);
    sequence(lead, terms.fields);
    for (let k = 0; k < article.paragraphs.length; k++, done++) {
      const length = addRun(done, FIELD_WEIGHTS.text, terms.paragraphs) + addRun(title, FIELD_WEIGHTS.title)
        + addRun(lead, FIELD_WEIGHTS.lead) + addRun(city, FIELD_WEIGHTS.city);
      index.addDoc(doc.terms, doc.weights, doc.count, length);
      doc.clear();
      if (onProgress && (done + 1) % every === 0) onProgress({ phase: 'Index', done: done + 1, total });
    }
  });
  // What the index was built from goes before the postings are packed: at 1M paragraphs this is the peak.
  runs.release();
  return { index, vocabulary, terms };
}

/** Packs the store and the postings into what answering reads. */
export function finishEngineData(corpus: Corpus, indexed: IndexedParagraphs, stored: StoredParagraphs, gazetteer: Gazetteer): EngineData {
  const knownPlaces = new Set<string>();
  for (const a of corpus.articles) {
    if (a.city) knownPlaces.add(a.city);
    for (const m of a.mentions) knownPlaces.add(m);
  }
  return {
    articles: ArticleStore.fromRecords(stored.articles), skipped: corpus.skipped, warnings: corpus.warnings,
    store: stored.store.finish(), index: new InvertedIndex(indexed.index.finish()),
    // The sequences stay in the chunks they were written to (a copy here would come at the build's peak).
    terms: { paragraphs: indexed.terms.paragraphs.finish(), fields: indexed.terms.fields.finish() },
    vocabulary: indexed.vocabulary, gazetteer, knownPlaces,
  };
}

/** The index and vocabulary as the query builder sees them. */
export function lexiconOf(data: EngineData): Lexicon {
  const index = data.index;
  return { vocabulary: data.vocabulary, df: t => index.df(t), idf: df => index.idf(df), endingWith: s => index.endingWith(s) };
}
