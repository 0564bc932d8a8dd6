// Whether a capitalised word is a noun of the language or a name: the thesaurus knows the noun, or the word is a
// compound of nouns it knows. A name is neither (`Oberösterreich`, `Freiländeralm`, `Schirnhofer`).
import { stem } from '../search/analyzer.js';
import { nounStem } from './noun-stem.js';
import { knownNoun } from './thesaurus.js';

/**
 * A noun of the language: the thesaurus knows it, or it is a compound of known nouns (`Asylunterkünfte` = `Asyl` +
 * `Unterkunft`). A name is neither (`Oberösterreich`, `Freiländeralm`, `Schirnhofer`).
 */
export function commonNoun(word: string): boolean {
  return knownCompound(nounStem(word), 0);
}

function knownCompound(s: string, depth: number): boolean {
  if (knownNoun(s)) return true;
  if (depth > 1) return false;
  for (let cut = 3; cut <= s.length - MIN_HEAD; cut++) {
    if (knownNoun(s.slice(cut)) && (knownPart(s.slice(0, cut)) || knownCompound(s.slice(0, cut), depth + 1))) return true;
  }
  return false;
}

/** The first part of a compound, with or without its linking letters (`Flüchtlings-`, `Familien-`). */
function knownPart(part: string): boolean {
  for (const p of [part, part.replace(/(s|es|n|en|e)$/, '')]) if (p.length >= 3 && (knownNoun(p) || knownNoun(stem(p)))) return true;
  return false;
}

/** Shortest head of a compound that counts as a noun of its own. */
const MIN_HEAD = 4;
