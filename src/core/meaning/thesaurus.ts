// Which German nouns mean the same: OpenThesaurus' noun groups (scripts/build-thesaurus.ts), stored as stems.
// Built on first use (the first question with a noun), not at start-up.
import { THESAURUS_GROUPS } from './thesaurus-data.js';

let byStem: Map<string, number[]> | null = null;
let groups: string[][] | null = null;

function table(): { byStem: Map<string, number[]>; groups: string[][] } {
  if (byStem && groups) return { byStem, groups };
  const built = new Map<string, number[]>();
  const stems: string[][] = [];
  THESAURUS_GROUPS.split('\n').forEach((line, g) => {
    const members = line.split(';');
    stems.push(members);
    for (const s of members) {
      const list = built.get(s);
      if (list) list.push(g);
      else built.set(s, [g]);
    }
  });
  byStem = built;
  groups = stems;
  return { byStem, groups };
}

/** The stems that share a group with this stem (the stem itself not included). */
export function synonymStems(stem: string): Set<string> {
  const t = table();
  const out = new Set<string>();
  for (const g of t.byStem.get(stem) ?? []) for (const s of t.groups[g]!) if (s !== stem) out.add(s);
  return out;
}

/** Whether two stems share a thesaurus group. */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return true;
  const t = table();
  const ga = t.byStem.get(a);
  const gb = t.byStem.get(b);
  if (!ga || !gb) return false;
  return ga.some(g => gb.includes(g));
}

/** Whether the thesaurus knows a stem as a noun of the language (names with synonyms, `Wien`, are among them too). */
export function knownNoun(stem: string): boolean {
  return table().byStem.has(stem);
}
