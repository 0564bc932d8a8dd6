// The search index over paragraphs: MiniSearch with the German analyzer, plus each paragraph's
// precomputed sentences, figures and named places, so that a query does no text analysis of the corpus.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article, ParagraphKind } from '../types.js';
import type { Figure } from '../figures/types.js';
import type { Sentence } from '../text/sentences.js';
import { splitSentences } from '../text/sentences.js';
import { extractFigures } from '../figures/extract.js';
import { findPlaces } from '../places/detect.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { analyze, vocabularyWords } from './analyzer.js';

export interface IndexedParagraph {
  id: number;
  articleIndex: number;
  text: string;
  kind: ParagraphKind;
  source: string;
  sentences: Sentence[];
  figures: Figure[];
  /** Places the paragraph names itself. */
  places: string[];
}

/** Field weights: a paragraph is found by its own words first, by its article's title, lead and city too. */
export const FIELD_BOOST = { text: 1, title: 0.6, lead: 0.4, city: 0.5 };

export interface ParagraphIndex {
  search: MiniSearch<IndexedParagraph>;
  paragraphs: IndexedParagraph[];
  vocabulary: Set<string>;
  /** Every term the index holds. */
  terms: Set<string>;
}

interface Doc {
  id: number;
  text: string;
  title: string;
  lead: string;
  city: string;
}

export function buildParagraphIndex(articles: Article[], gazetteer: Gazetteer): ParagraphIndex {
  const vocabulary = new Set<string>();
  for (const a of articles) {
    for (const w of vocabularyWords(a.title)) vocabulary.add(w);
    for (const p of a.paragraphs) for (const w of vocabularyWords(p.text)) vocabulary.add(w);
  }
  const paragraphs: IndexedParagraph[] = [];
  const docs: Doc[] = [];
  articles.forEach((article, articleIndex) => {
    for (const p of article.paragraphs) {
      const id = paragraphs.length;
      paragraphs.push({
        id, articleIndex, text: p.text, kind: p.kind, source: p.source,
        sentences: splitSentences(p.text),
        figures: extractFigures(p.text),
        places: [...new Set(findPlaces(gazetteer, p.text).map(h => h.form.place.name))],
      });
      docs.push({ id, text: p.text, title: article.title, lead: article.lead ?? '', city: article.city ?? '' });
    }
  });
  const search = new MiniSearch<IndexedParagraph>(indexOptions(vocabulary));
  search.addAll(docs as unknown as IndexedParagraph[]);
  const terms = new Set<string>();
  for (const d of docs) for (const field of [d.text, d.title, d.lead, d.city]) for (const t of analyze(field, { vocabulary })) terms.add(t);
  return { search, paragraphs, vocabulary, terms };
}

export function indexOptions(vocabulary: ReadonlySet<string>) {
  return {
    idField: 'id',
    fields: ['text', 'title', 'lead', 'city'],
    storeFields: [],
    tokenize: (text: string) => analyze(text, { vocabulary }),
    processTerm: (term: string) => term,
    searchOptions: { boost: FIELD_BOOST },
  };
}

export type { SearchResult };
