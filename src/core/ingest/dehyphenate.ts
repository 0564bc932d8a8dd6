// Joins hard-wrapped PDF lines into paragraphs, undoing hyphenation at line ends.

/** Words after a line-end hyphen that show a suspended compound: `Informations- und Kommunikationstechnik`. */
const CONJUNCTIONS = /^(und|oder|bzw\.|sowie|als|bis|noch|wie)\b/;

/**
 * Joins lines with single spaces. A hyphen at a line end is
 * - dropped before a lowercase continuation (`Verwal-` + `tung` → `Verwaltung`),
 * - kept before a capital or digit (`IT-` + `Landschaft` → `IT-Landschaft`) and after an acronym
 *   (`BSI-` + `zertifizierten` → `BSI-zertifizierten`),
 * - kept with its space before a conjunction (`Informations-` + `und` → `Informations- und`).
 */
export function joinWrappedLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    // Only the end of what is joined so far matters; testing all of it made long paragraphs quadratic.
    const tail = out.endsWith('-') ? out.slice(-100) : '';
    const hyphen = tail ? /(\p{L}+)-$/u.exec(tail) : null;
    if (hyphen && !/\s-$/.test(tail)) {
      const before = hyphen[1]!;
      if (CONJUNCTIONS.test(line)) out += ` ${line}`;
      else if (/^[\p{Lu}\d]/u.test(line) || /\p{Lu}{2,}$|\d$/u.test(before)) out += line;
      else out = out.slice(0, -1) + line;
    } else {
      out += ` ${line}`;
    }
  }
  return out.replace(/ {2,}/g, ' ');
}
