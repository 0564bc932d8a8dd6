// A 32-bit FNV-1a hash of a span of a string's UTF-16 code units, made without cutting the span out: lets a
// scan ask a set of numbers whether a word can matter before it makes a string of it. The step is shared with
// scans that hash words as they go (dedupe's shingles).

/** FNV-1a's start value. */
export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: the hash so far with one more code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function spanHash(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h >>> 0;
}
