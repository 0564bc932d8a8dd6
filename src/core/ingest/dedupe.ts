// Finds files that carry the same story (by word shingles) and merges them into one set of paragraphs.
import type { Paragraph, ParsedFile } from '../types.js';
import { foldKey } from '../text/fold.js';
import { FNV_OFFSET, fnvStep } from '../text/span-hash.js';

const SHINGLE = 5;
/** Share of the smaller file's shingles found in the other file for two files to be one story. */
const SAME_STORY = 0.5;
/** Share of a paragraph's shingles found in the main file for the paragraph to be already there. */
const SAME_PARAGRAPH = 0.8;
/** Shingles found in more files than this are page furniture, not evidence of a shared story. */
const COMMON_SHINGLE = 50;

/** Letters and digits outside ASCII, by UTF-16 code unit, learnt as they are met (1 letter or digit, 2 other). */
const WIDE_KIND = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordUnit(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(c <= 0xdbff ? i : i - 1) ?? c));
  if (WIDE_KIND[c] === 0) WIDE_KIND[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return WIDE_KIND[c] === 1;
}

/** What `foldKey` writes for ß and the umlauts (a letter becomes two), by the lower-case code unit. */
const SPELLED_OUT = new Map([[0xdf, [0x73, 0x73]], [0xe4, [0x61, 0x65]], [0xf6, [0x6f, 0x65]], [0xfc, [0x75, 0x65]]]);

/**
 * The FNV-1a hash of every word of the text folded by `foldKey`, words being runs of letters and digits: no word
 * strings made. The umlauts are spelled out while hashing (what else foldKey does, to spaces, splits no word),
 * which spares four passes over every file's text.
 */
function wordHashes(text: string): Uint32Array {
  const folded = text.normalize('NFC').toLowerCase();
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isWordUnit(folded, i, c)) {
      const spelled = c >= 0xdf && c <= 0xfc ? SPELLED_OUT.get(c) : undefined;
      h = spelled ? fnvStep(fnvStep(h, spelled[0]!), spelled[1]!) : fnvStep(h, c);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
      h = FNV_OFFSET;
    }
  }
  if (inWord) out.push(h >>> 0);
  return Uint32Array.from(out);
}

/**
 * The shingles of a text as 32-bit hashes (FNV-1a over the folded words), sorted and each once: comparing a
 * hundred thousand files needs millions of shingles, and numbers in typed arrays cost a fraction of strings or
 * sets in time and memory. A collision can only add an overlap of one shingle, far below what makes two files
 * one story.
 */
export function shingles(text: string): Uint32Array {
  const hashes = wordHashes(text);
  if (hashes.length < SHINGLE) return Uint32Array.of(...(hashes.length ? [hashes.reduce((h, x) => (Math.imul(h, 31) + x) >>> 0, 7)] : []));
  const out = new Uint32Array(hashes.length - SHINGLE + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 7;
    for (let k = i; k < i + SHINGLE; k++) h = (Math.imul(h, 0x01000193) ^ hashes[k]!) >>> 0;
    out[i] = h;
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i]!;
  return out.subarray(0, unique);
}

/** How many of the sorted shingles `a` are also in the sorted shingles `b`. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
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
 * The shingles that two to COMMON_SHINGLE files share. Each such shingle is a run of member positions holding its
 * files in ascending order (`files[p]`, the run ending before `runEnd[p]`); each file lists the positions where it
 * is a member (`positions[ofFile[f] … ofFile[f+1]]`). Found by sorting all shingle numbers once and looking the
 * shared ones up in an open-addressing table: no map with an entry per shingle, no object per shingle.
 */
function sharedShingles(sets: Uint32Array[]): { files: Uint32Array; runEnd: Uint32Array; ofFile: Uint32Array; positions: Uint32Array } {
  const all = new Uint32Array(sets.reduce((n, s) => n + s.length, 0));
  let k = 0;
  for (const set of sets) {
    all.set(set, k);
    k += set.length;
  }
  all.sort();
  const shared: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i >= 2 && j - i <= COMMON_SHINGLE) {
      shared.push(all[i]!);
      sizes.push(j - i);
    }
    i = j;
  }
  const bits = Math.max(4, Math.ceil(Math.log2(shared.length * 2 + 1)));
  const mask = (1 << bits) - 1;
  const slotKey = new Uint32Array(1 << bits);
  const slotRun = new Int32Array(1 << bits); // run number + 1; 0 is an empty slot
  const slotOf = (h: number) => {
    let at = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (slotRun[at] !== 0 && slotKey[at] !== h) at = (at + 1) & mask;
    return at;
  };
  shared.forEach((h, r) => {
    const at = slotOf(h);
    slotKey[at] = h;
    slotRun[at] = r + 1;
  });
  const runStart = new Uint32Array(shared.length + 1);
  sizes.forEach((size, r) => (runStart[r + 1] = runStart[r]! + size));
  const files = new Uint32Array(runStart[shared.length]!);
  const runEnd = new Uint32Array(files.length);
  const positions = new Uint32Array(files.length);
  const ofFile = new Uint32Array(sets.length + 1);
  const fill = runStart.slice(0, shared.length);
  let listed = 0;
  sets.forEach((set, f) => {
    for (const h of set) {
      const run = slotRun[slotOf(h)]! - 1;
      if (run < 0) continue;
      const p = fill[run]!;
      fill[run] = p + 1;
      files[p] = f;
      runEnd[p] = runStart[run + 1]!;
      positions[listed++] = p;
    }
    ofFile[f + 1] = listed;
  });
  return { files, runEnd, ofFile, positions };
}

/**
 * Groups of file indices that tell the same story; every file is in exactly one group. Files that share
 * most of their text but give another date, place or number are near copies (an update, the same release
 * for another town) and stay apart: merging must never move a figure to another city or date.
 */
export function groupDuplicates(files: ParsedFile[], facts?: StoryFacts): number[][] {
  const sets = files.map(f => shingles(fileText(f)));
  const n = files.length;
  const runs = sharedShingles(sets);
  // For each file, the files after it that share shingles with it, counted in one reused array: a pair is
  // looked at once, when its first file comes up, and no table of all pairs is ever held.
  const parent = files.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let a = 0; a < n; a++) {
    // A run holds its files in ascending order: the files after `a` follow its own position.
    for (let r = runs.ofFile[a]!; r < runs.ofFile[a + 1]!; r++) {
      const at = runs.positions[r]!;
      for (let p = at + 1; p < runs.runEnd[at]!; p++) {
        const b = runs.files[p]!;
        if (shared[b] === 0) touched.push(b);
        shared[b] = shared[b]! + 1;
      }
    }
    for (const b of touched) {
      if (shared[b]! / Math.min(sets[a]!.length, sets[b]!.length) >= SAME_STORY && sameFacts(files[a]!, files[b]!, facts)) parent[find(a)] = find(b);
      shared[b] = 0;
    }
    touched.length = 0;
  }
  const groups = new Map<number, number[]>();
  files.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
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
  if (others.length === 0) return merged;
  const mergedSets = merged.map(p => shingles(p.text));
  for (const other of others) {
    // Shingles across paragraph ends count too: two files may break the same text differently.
    const whole = shingles(merged.map(p => p.text).join(' '));
    let insertAfter = -1;
    for (const p of other.paragraphs) {
      const set = shingles(p.text);
      if (sharedCount(set, whole) / Math.max(set.length, 1) >= SAME_PARAGRAPH) {
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
function lastHolder(set: Uint32Array, holders: Uint32Array[]): number {
  for (let i = holders.length - 1; i >= 0; i--) if (sharedCount(set, holders[i]!) > 0) return i;
  return -1;
}
