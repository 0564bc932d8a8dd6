// Finds files that carry the same story (by word shingles) and merges them into one set of paragraphs.
import type { Paragraph, ParsedFile } from '../types.js';
import { foldKey } from '../text/fold.js';

const SHINGLE = 5;
/** Share of the smaller file's shingles found in the other file for two files to be one story. */
const SAME_STORY = 0.5;
/** Share of a paragraph's shingles found in the main file for the paragraph to be already there. */
const SAME_PARAGRAPH = 0.8;
/** Shingles found in more files than this are page furniture, not evidence of a shared story. */
const COMMON_SHINGLE = 50;

function words(text: string): string[] {
  return foldKey(text).split(/[^\p{L}\p{N}]+/u).filter(w => w !== '');
}

/**
 * The shingles of a text as 32-bit hashes (FNV-1a over the folded words): comparing a hundred thousand files
 * needs millions of shingles, and numbers cost a fraction of strings in time and memory. A collision can only
 * add an overlap of one shingle, far below what makes two files one story.
 */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const hashes = w.map(word => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
  const out = new Set<number>();
  if (w.length < SHINGLE) {
    if (w.length) out.add(hashes.reduce((h, x) => (Math.imul(h, 31) + x) >>> 0, 7));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 7;
    for (let k = i; k < i + SHINGLE; k++) h = (Math.imul(h, 0x01000193) ^ hashes[k]!) >>> 0;
    out.add(h);
  }
  return out;
}


/** Duplicate stories are told from their first this many characters: enough to recognise, cheap for huge files. */
const COMPARED_CHARS = 20_000;

function fileText(f: ParsedFile): string {
  let text = f.title;
  for (const p of f.paragraphs) {
    if (text.length >= COMPARED_CHARS) break;
    text += `\n${p.text}`;
  }
  return text.slice(0, COMPARED_CHARS);
}

/**
 * The numbers of a text by the words around them (`auf 5.800 Zugänge` → `baute auf|zugänge` → 5.800): two
 * versions of a story that give another number in the same place state other facts.
 */
function numbersInContext(text: string): Map<string, Set<string>> {
  const w = foldKey(text).match(/\d+(?:[.,]\d+)*|\p{L}+/gu) ?? [];
  const out = new Map<string, Set<string>>();
  w.forEach((word, i) => {
    if (!/\d/.test(word) || i < 2 || i + 1 >= w.length) return;
    const key = `${w[i - 2]} ${w[i - 1]}|${w[i + 1]}`;
    const set = out.get(key) ?? new Set<string>();
    set.add(word);
    out.set(key, set);
  });
  return out;
}

/** What tells two near copies apart: the date, the places named, and the numbers in the same words. */
export interface StoryFacts {
  /** Places named by the file (title and text), as the gazetteer names them. */
  places(file: ParsedFile): Set<string>;
}

/** Whether two files that share most of their text state the same facts; if not, they are two articles. */
function sameFacts(a: ParsedFile, b: ParsedFile, facts: StoryFacts | undefined): boolean {
  // A date from metadata (a PDF's creation day) is no fact of the story: only dates the texts state count.
  if (a.date && b.date && a.date !== b.date && a.dateMethod !== 'metadata' && b.dateMethod !== 'metadata') return false;
  const na = numbersInContext(fileText(a));
  const nb = numbersInContext(fileText(b));
  for (const [key, set] of na) {
    const other = nb.get(key);
    if (other && ![...set].some(n => other.has(n))) return false;
  }
  if (!facts) return true;
  const pa = facts.places(a);
  const pb = facts.places(b);
  const onlyA = [...pa].some(p => !pb.has(p));
  const onlyB = [...pb].some(p => !pa.has(p));
  return !(onlyA && onlyB);
}

/**
 * Groups of file indices that tell the same story; every file is in exactly one group. Files that share
 * most of their text but give another date, place or number are near copies (an update, the same release
 * for another town) and stay apart: merging must never move a figure to another city or date.
 */
export function groupDuplicates(files: ParsedFile[], facts?: StoryFacts): number[][] {
  const sets = files.map(f => shingles(fileText(f)));
  // A shingle's first file as a number, later files in a list: most shingles occur in one file only.
  const postings = new Map<number, number | number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const seen = postings.get(s);
      if (seen === undefined) postings.set(s, i);
      else if (typeof seen === 'number') postings.set(s, [seen, i]);
      else seen.push(i);
    }
  });
  const n = files.length;
  const overlap = new Map<number, number>();
  for (const list of postings.values()) {
    if (typeof list === 'number' || list.length > COMMON_SHINGLE) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * n + list[b]!;
        overlap.set(key, (overlap.get(key) ?? 0) + 1);
      }
    }
  }
  const parent = files.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [key, shared] of overlap) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (shared / Math.min(sets[a]!.size, sets[b]!.size) >= SAME_STORY && sameFacts(files[a]!, files[b]!, facts)) parent[find(a)] = find(b);
  }
  const groups = new Map<number, number[]>();
  files.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

const LAYOUT_RANK = { html: 0, portal: 1, localnews: 2, web: 3, pdf: 4 } as const;

/** The most structured file leads: HTML, then portal, local news, other web text, PDF; then the longer text. */
export function orderByStructure(files: ParsedFile[]): ParsedFile[] {
  return [...files].sort((a, b) => LAYOUT_RANK[a.layout] - LAYOUT_RANK[b.layout]
    || fileText(b).length - fileText(a).length || a.source.localeCompare(b.source));
}

/**
 * The main file's paragraphs, with each paragraph that only another file has inserted after the
 * main paragraph that holds its predecessor. Every paragraph keeps the file it came from.
 */
export function mergeParagraphs(main: ParsedFile, others: ParsedFile[]): Paragraph[] {
  const merged = main.paragraphs.map(p => ({ ...p }));
  const mergedSets = merged.map(p => shingles(p.text));
  for (const other of others) {
    // Shingles across paragraph ends count too: two files may break the same text differently.
    const whole = shingles(merged.map(p => p.text).join(' '));
    let insertAfter = -1;
    for (const p of other.paragraphs) {
      const set = shingles(p.text);
      let covered = 0;
      for (const s of set) if (whole.has(s)) covered++;
      if (covered / Math.max(set.size, 1) >= SAME_PARAGRAPH) {
        insertAfter = Math.max(insertAfter, lastHolder(set, mergedSets));
        continue;
      }
      insertAfter++;
      merged.splice(insertAfter, 0, { ...p });
      mergedSets.splice(insertAfter, 0, set);
    }
  }
  return merged;
}

/** The last paragraph that shares a shingle with the set. */
function lastHolder(set: Set<number>, holders: Set<number>[]): number {
  for (let i = holders.length - 1; i >= 0; i--) {
    for (const s of set) if (holders[i]!.has(s)) return i;
  }
  return -1;
}
