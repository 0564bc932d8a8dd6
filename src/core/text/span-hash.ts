// A 32-bit FNV-1a hash of a span of a string's UTF-16 code units, made without cutting the span out: lets a
// scan ask a set of numbers whether a word can matter before it makes a string of it.

export function spanHash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
