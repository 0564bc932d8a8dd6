// A news dateline opening a paragraph: where the news was written (`Wien –`, `Frankfurt/Main –`), not what its
// text is about.

/** One to four capitalised words and a dash at the start of a text. */
export const DATELINE = /^\p{Lu}[\p{L}.\/-]*(?:\s+\p{Lu}[\p{L}.\/-]*){0,3}\s+[–—]\s/u;

/** How many characters of a text its opening dateline takes (0 without one). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
