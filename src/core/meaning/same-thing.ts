// Whether a figure counts what a question asks for: the same noun, a compound with it as head
// (`Gesprächsminuten` – `Minuten`), a synonym (`Lehrkräfte` – `Lehrer`), or compounds with the same head.
import { normalise, stem } from '../search/analyzer.js';
import { synonymous, synonymStems } from './thesaurus.js';

/** Shortest stem a compound's head may have to count (`amt` in `Bürgeramt` is too short to stand alone). */
const MIN_HEAD = 4;

/** The stems of a noun phrase's nouns: `Mitarbeiterinnen und Mitarbeiter` → both; `VPN-Zugänge` → `vpn-zugang`, `zugang`. */
function nounStems(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.split(/[\s/]+/)) {
    if (!/^\p{Lu}/u.test(word) && !/^\p{L}+$/u.test(word)) continue;
    const n = normalise(word.replace(/[^\p{L}\d-]/gu, ''));
    if (!n) continue;
    out.push(stem(n));
    const parts = n.split('-');
    if (parts.length > 1) out.push(stem(parts.at(-1)!));
  }
  return out.filter(s => s.length > 1);
}

/** `b` is a compound whose head is `a` (`gesprachsminut` ends with `minut`), or the other way round. */
function headOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_HEAD && long.length > short.length && long.endsWith(short);
}

/** The longest common ending of two stems: compounds with the same head (`textnachricht`, `kurznachricht`). */
function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Nouns that count people of any kind: `Personen` counts `Staatsbürger`, `Beschäftigte`, `Einwohner` alike. */
const PEOPLE = new Set(['person', 'mensch', 'leut', 'einwohn', 'bewohn']);
/** Endings of nouns for people (`Schüler`, `Abonnenten`, `Studierende`, `Flüchtling`, `Pianist`, `Beschäftigte`, `Angestellte`, `Abgeordnete`). */
const PERSON_NOUN = /(er|erin|erinnen|ent|enten|ant|anten|ende|enden|ling|linge|ist|isten|eur|eure|igte|igten|llte|llten|nete|neten|dete|deten|tete|teten|zte|zten|ierte|ierten)$/;

/** Whether a noun phrase counts people: any people (`Personen`), a kind of person (`Schüler`), or neither. */
function people(stems: string[], phrase: string): 'any' | 'kind' | null {
  if (stems.some(x => PEOPLE.has(x))) return 'any';
  return phrase.split(/[\s/]+/).some(w => /^\p{Lu}/u.test(w) && PERSON_NOUN.test(normalise(w))) ? 'kind' : null;
}

/**
 * How surely a figure's thing is the asked one: 1 the same noun, 0.9 a compound of it, 0.8 a synonym (or a synonym
 * of its head), 0.6 compounds with the same head or people counted as people, 0.5 compounds with the head of a
 * synonym, 0 something else.
 */
export function thingFit(asked: string, found: string): number {
  let row = fits.get(asked);
  if (!row) {
    if (fits.size >= FITS_LIMIT) fits.clear();
    fits.set(asked, (row = new Map()));
  }
  let fit = row.get(found);
  if (fit === undefined) {
    if (row.size >= FITS_LIMIT) row.clear();
    row.set(found, (fit = computeFit(asked, found)));
  }
  return fit;
}

/** The stem of `Frau`/`Frauen`: nouns that count women. */
const WOMEN = 'frau';
/** A feminine noun for people: `Amerikanerinnen`, `Studentin`, `Pianistinnen`, `Ärztinnen`. */
const FEMALE_PERSON = /^\p{Lu}\p{L}*(?:er|ent|ant|ist|eur|og|at|ärzt|arzt)(?:in|innen)$/u;

function femaleKind(phrase: string): boolean {
  return phrase.split(/[\s/]+/).some(w => FEMALE_PERSON.test(w));
}

/** Fits already computed, per asked noun: the same nouns meet again and again, question after question. */
const fits = new Map<string, Map<string, number>>();
const FITS_LIMIT = 10_000;

function computeFit(asked: string, found: string): number {
  const a = nounStems(asked);
  const f = nounStems(found);
  let best = 0;
  const pa = people(a, asked);
  const pf = people(f, found);
  if ((pa === 'any' && pf) || (pf === 'any' && pa)) best = 0.6;
  // Women of a kind are counted as women (`Amerikanerinnen`, `Schülerinnen` ~ `Frauen`).
  if ((a.includes(WOMEN) && femaleKind(found)) || (f.includes(WOMEN) && femaleKind(asked))) best = 0.6;
  for (const x of a) {
    for (const y of f) {
      if (x === y) return 1;
      if (headOf(x, y)) best = Math.max(best, 0.9);
      else if (synonymous(x, y)) best = Math.max(best, 0.8);
      else if (sharedHead(x, y) >= 6 && sharedHead(x, y) < Math.min(x.length, y.length)) best = Math.max(best, 0.6);
    }
  }
  if (best < 0.5) {
    // A compound with the head of a synonym: `SMS` ~ `Kurznachricht`, whose head `Nachricht` heads `Textnachricht`.
    for (const x of a) for (const y of f) for (const z of synonymStems(y)) if (sharedHead(x, z) >= 6) best = 0.5;
  }
  if (best < 0.8) {
    // A synonym of the compound's head: `Monatsgebühr` → `Gebühr` ~ `Preis`.
    for (const x of a) for (const y of f) for (const [p, q] of [[x, y], [y, x]] as const) {
      for (let cut = 1; cut <= p.length - MIN_HEAD; cut++) {
        const head = p.slice(cut);
        if (head !== q && synonymous(head, q)) best = Math.max(best, 0.7);
      }
    }
  }
  return best;
}
