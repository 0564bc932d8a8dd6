// The German names of the world's countries, from the ICU data that ships with Node (Intl.DisplayNames): a country
// is a name, even where the language's thesaurus lists it as a noun (`Deutschland`, `Schweiz`).

/** Regions ICU names that are not countries of their own. */
const NOT_COUNTRIES = new Set(['Eurozone', 'Antarktis', 'Sark']);

/** Single-word German country names: `Deutschland`, `Österreich`, `Schweiz`, `Italien` (~20 ms to read, on first use). */
let countries: ReadonlySet<string> | null = null;

function countryNames(): ReadonlySet<string> {
  const names = new Set<string>();
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });
  } catch {
    return names;
  }
  const A = 'A'.charCodeAt(0);
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(A + a, A + b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // Only names of one word: several words (`Vereinigte Staaten`) never stand for one word of a question.
      if (name && name !== code && /^\p{Lu}\p{Ll}+$/u.test(name) && !NOT_COUNTRIES.has(name)) names.add(name);
    }
  }
  return names;
}

/** Whether a word is the German name of a country (`Deutschland`, `Österreich`). */
export function isCountry(word: string): boolean {
  return (countries ??= countryNames()).has(word);
}
