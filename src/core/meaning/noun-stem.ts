// The stem under which a single noun is looked up in the thesaurus: the analyzer's stem, of the last part of a
// hyphenated compound (`VPN-Zugänge` → `zugang`).
import { normalise, stem } from '../search/analyzer.js';

export function nounStem(word: string): string {
  const n = normalise(word);
  const dash = n.lastIndexOf('-');
  return stem(dash >= 0 ? n.slice(dash + 1) : n);
}
