// Finds the candidate paragraphs for a question's concepts: BM25 over the index within the place filter,
// with typo tolerance only when the exact terms find nothing.
import type { Hit } from '../search/inverted-index.js';
import { compileQuery, type CompiledQuery, type Concept } from '../search/query.js';
import type { EngineData } from './engine-data.js';

/** Weight of a term found only by its spelling being one or two edits away. */
const FUZZY = 0.45;

export interface Retrieval {
  hits: Hit[];
  /** The concepts as searched: with the typo-tolerant terms when those were needed. */
  concepts: Concept[];
  /** The query they were searched with: which concepts a hit's mask covers. */
  query: CompiledQuery;
}

export function retrieve(data: EngineData, list: Concept[], allowed: Uint8Array | null, limit: number, exhaustive = false): Retrieval {
  const run = (concepts: Concept[]): Retrieval => {
    const query = compileQuery(concepts);
    const hits = data.index.search(query.terms, { limit, allowed, exhaustive });
    return { hits, concepts, query };
  };
  const exact = run(list);
  if (exact.hits.length > 0) return exact;
  return run(list.map(c => (c.known || c.word.length < 5 || /\d/.test(c.word) ? c : withTypos(data, c))));
}

/** The concept with the index terms one or two edits from its own term (two for long words). */
function withTypos(data: EngineData, c: Concept): Concept {
  const own = c.terms[0]!.term;
  const near = data.index.fuzzy(own, own.length >= 8 ? 2 : 1);
  return { ...c, terms: [...c.terms, ...near.map(term => ({ term, weight: FUZZY }))] };
}
