// What indexing reads out of a paragraph's text: its sentences and its figures.
import type { Figure } from '../figures/types.js';
import { extractFigures } from '../figures/extract.js';
import { splitSentences } from '../text/sentences.js';

export interface ParagraphFacts {
  /** Where each sentence starts in the paragraph. */
  sentenceStarts: number[];
  figures: Figure[];
}

export function paragraphFacts(text: string): ParagraphFacts {
  return { sentenceStarts: splitSentences(text).map(s => s.start), figures: extractFigures(text) };
}
