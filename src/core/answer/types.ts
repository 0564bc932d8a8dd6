// The answers the core gives: passages with their figures and citations.
import type { DateMethod, DatePrecision } from '../types.js';
import type { Figure } from '../figures/types.js';
import type { QuestionType } from './question.js';
import type { Evidence } from './confidence.js';
import type { FigurePick } from './figure-doubt.js';
import type { Correction } from './correct.js';

export interface Citation {
  id: string;
  title: string;
  city: string | null;
  /** `2021-04-12`, or as precise as the page is: `2021-04`, `2021`. */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateMethod: DateMethod | null;
  /** The file that holds the quoted paragraph. */
  source: string;
  /** Every file the article was read from (a web page and its PDF), main file first. */
  sources: string[];
  url: string | null;
  /** Set when the quoted file's text was read by OCR from a scan (it may hold reading errors). */
  ocr?: true;
}

export interface Answer {
  passage: string;
  sentence: string;
  score: number;
  /** How sure the answer is (0–1), calibrated on questions nobody here wrote; below 0.5 it is shown as unsure. */
  confidence: number;
  /** The figures of the paragraph, the one that answers the question first. */
  figures: Figure[];
  /** The figure that answers the question, when one does. */
  answer: Figure | null;
  /** How surely that figure was chosen, why not, and the other figures considered; null when no figure was asked for. */
  pick: FigurePick | null;
  /** What the confidence was computed from; only when asked for (`explain`). */
  evidence?: Evidence;
  article: Citation;
}

export interface AskResult {
  query: string;
  type: QuestionType;
  city: string | null;
  message: string | null;
  /** Said before the answers: they come from articles that only mention the asked place (none is about it). */
  note?: string;
  /** Words of the question the corpus does not know, and the corpus's words they were read as (`Meinten Sie …?`). */
  corrections?: Correction[];
  answers: Answer[];
}
