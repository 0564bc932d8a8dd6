// Which sentences to quote: the chosen one, and the sentence it leans on when it cannot stand alone. A
// sentence that refers back (`Sie wurde im April 1991 …`, `Mit 39 Jahren ist er …`, `Dies wird … genannt`)
// names what it speaks of only in the sentence before; quoted alone, the reader cannot tell. General German
// rules: personal and possessive pronouns of the third person, demonstratives and pronominal adverbs early
// in the sentence, before any comma (a clause before the comma may name the referent itself).
import type { Sentence } from '../text/sentences.js';

/** Words that point back to something named before: pronouns, possessives, demonstratives. */
const BACK_WORDS = new Set(['er', 'sie', 'es', 'ihm', 'ihn', 'ihnen', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres',
  'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'dies', 'diese', 'diesem', 'diesen', 'dieser', 'dieses',
  'derselbe', 'dieselbe', 'dieselben', 'dasselbe', 'jene', 'jenem', 'jenen', 'jener', 'jenes', 'solche', 'solchem',
  'solchen', 'solcher', 'solches', 'hierfür', 'hierzu', 'hierbei', 'hiervon', 'hierauf', 'hiermit', 'hierdurch', 'hierin']);
/** Pronominal adverbs and connectives that open a sentence by pointing back (`Dabei …`, `Daher …`, `Dort …`). */
const BACK_OPENERS = new Set(['dann', 'dabei', 'daher', 'dadurch', 'damit', 'dazu', 'danach', 'davor', 'darauf', 'darin', 'daraus',
  'darüber', 'dafür', 'dagegen', 'deshalb', 'deswegen', 'dort', 'damals', 'trotzdem', 'somit', 'folglich']);
/** How many words at the start of a sentence are looked at. */
const EARLY_WORDS = 5;
/** A word, or a mark that ends the sentence's first clause. */
const WORD_OR_BREAK = /\p{L}+|[,;:(]/gu;

/** Whether a sentence leans on the one before it for what it speaks of (read for every candidate sentence: kept cheap). */
export function refersBack(sentence: string): boolean {
  let seen = 0;
  for (const m of sentence.matchAll(WORD_OR_BREAK)) {
    const w = m[0];
    if (w.length === 1 && ',;:('.includes(w)) return false;
    const lower = w.toLowerCase();
    if (seen === 0 && BACK_OPENERS.has(lower)) return true;
    if (BACK_WORDS.has(lower)) return true;
    if (++seen === EARLY_WORDS) return false;
  }
  return false;
}

/** The quoted span of a paragraph: from the sentence before the chosen one when the chosen one refers back. */
export function quoteSpan(sentences: Sentence[], chosen: number): { from: number; to: number } {
  const s = sentences[chosen];
  if (!s || chosen === 0) return { from: chosen, to: chosen };
  return refersBack(s.text) ? { from: chosen - 1, to: chosen } : { from: chosen, to: chosen };
}

/** The text of sentences `from` to `to` as it stands in the paragraph. */
export function quoteText(paragraph: string, sentences: Sentence[], { from, to }: { from: number; to: number }): string {
  const first = sentences[from];
  const last = sentences[to];
  if (!first || !last) return paragraph;
  return paragraph.slice(first.start, last.start + last.text.length);
}
