// Which sentences to quote: the chosen one, and the sentence it leans on when it cannot stand alone. A
// sentence that refers back (`Sie wurde im April 1991 …`, `Mit 39 Jahren ist er …`, `Dies wird … genannt`)
// names what it speaks of only in the sentence before; quoted alone, the reader cannot tell. General German
// rules: personal and possessive pronouns of the third person, demonstratives and pronominal adverbs early
// in the sentence, before any comma (a clause before the comma may name the referent itself).
import type { Sentence } from '../text/sentences.js';

/** Words that point back to something named before: pronouns, possessives, demonstratives. */
const BACK_WORD = /^(er|sie|es|ihm|ihn|ihnen|ihr|ihre[mnrs]?|sein|seine[mnrs]?|dies|diese[mnrs]?|derselbe|dieselben?|dasselbe|jene[mnrs]?|solche[mnrs]?)$/i;
/** Pronominal adverbs and connectives that open a sentence by pointing back (`Dabei …`, `Daher …`, `Dort …`). */
const BACK_OPENER = /^(dabei|daher|dadurch|damit|dazu|danach|davor|darauf|darin|daraus|darüber|dafür|dagegen|deshalb|deswegen|dort|damals|trotzdem|somit|folglich)$/i;
/** How many words at the start of a sentence are looked at. */
const EARLY_WORDS = 5;

/** Whether a sentence leans on the one before it for what it speaks of. */
export function refersBack(sentence: string): boolean {
  const head = sentence.split(/[,;:(]/, 1)[0]!;
  const words = [...head.matchAll(/\p{L}+/gu)].map(m => m[0]).slice(0, EARLY_WORDS);
  if (words.length === 0) return false;
  if (BACK_OPENER.test(words[0]!)) return true;
  return words.some(w => BACK_WORD.test(w));
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
