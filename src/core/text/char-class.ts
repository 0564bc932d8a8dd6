// Character classes tested by code point, remembered per UTF-16 code unit: a Unicode property regex per
// character costs more than the scans that use these (tokens, prose detection).
//
// Place detection and the furniture scan take a module-local copy (`const isLetter = importedIsLetter`): tsx
// compiles every use of an import into a getter read on the module object, through which these closures were
// not always inlined. Measured in the running engine (20k paragraphs): place detection 3.1 → 2.3 µs per
// paragraph; the token scan unchanged (3.6 µs) with a copy, so it imports them directly.

/** Whether a code point belongs to a class: 0 not yet known, 1 yes, 2 no, per code unit below 65536. */
function codeClass(pattern: RegExp): (code: number) => boolean {
  const known = new Uint8Array(65536);
  return code => {
    if (code >= 65536) return pattern.test(String.fromCodePoint(code));
    let v = known[code]!;
    if (v === 0) known[code] = v = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return v === 1;
  };
}

export const isLetterOrNumber = codeClass(/[\p{L}\p{N}]/u);
export const isLetter = codeClass(/\p{L}/u);
export const isUpperCase = codeClass(/\p{Lu}/u);
