// Splits a kicker that a scrape glued to its headline: `InterviewSanfter Übergang`, `Zweite RundeNeue
// Modellkommunen gesucht`, `MeßstettenTablet statt Tinte`.

/** A word made of a capitalised word and the start of another: `RundeNeue`, `MeßstettenTablet`. */
const GLUED = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}[\p{L}-]*)$/u;

/**
 * The kicker and the headline of a title line, when a word of its first four is glued at a lower-to-upper
 * seam and appears nowhere else on the page (`restOfPage`: all but the title line) (a real word such as `DigitalPakt` recurs in the text).
 */
export function splitKicker(title: string, restOfPage: string): { kicker: string; title: string } | null {
  const words = title.split(/\s+/);
  for (let i = 0; i < Math.min(4, words.length); i++) {
    const m = GLUED.exec(words[i]!.replace(/[:,]$/, ''));
    if (!m) continue;
    if (restOfPage.includes(m[0])) return null;
    return { kicker: [...words.slice(0, i), m[1]!].join(' '), title: [m[2]!, ...words.slice(i + 1)].join(' ') };
  }
  return null;
}
