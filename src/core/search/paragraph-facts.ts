// What indexing reads out of a paragraph's text: its sentences and its figures.
import type { Figure } from '../figures/types.js';
import { extractFigures } from '../figures/extract.js';
import { splitSentences, type Sentence } from '../text/sentences.js';

export interface ParagraphFacts {
  sentences: Sentence[];
  figures: Figure[];
}

export function paragraphFacts(text: string): ParagraphFacts {
  return { sentences: splitSentences(text), figures: extractFigures(text) };
}
