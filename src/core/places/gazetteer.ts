// The municipalities of Germany, Austria and Switzerland the core knows: names, short forms and adjective forms,
// looked up by folded key.
import { GAZETTEER_ROWS } from './gazetteer-data.js';
import { DISTRICT_ROWS } from './district-data.js';
import { spanHash } from '../text/span-hash.js';
import { foldKey } from '../text/fold.js';

/** 0: only a name. 1: also a verb or adjective (`Gießen`). 2: also a common noun (`Halle`, `Lage`). */
export type WordKind = 0 | 1 | 2;

export interface Place {
  name: string;
  population: number;
  state: string;
  wordKind: WordKind;
  /** A Landkreis or Kreis rather than a town (`Landkreis Osterholz`, `Rhein-Pfalz-Kreis`). */
  district?: boolean;
}

/** A district with the other forms text uses for it; the last form is its bare name (`Osterholz`). */
export interface District {
  place: Place;
  forms: string[];
}

/** How a written form refers to a place. */
export type FormKind = 'name' | 'short' | 'adjective';

export interface PlaceForm {
  /** The form as written in German text (`Frankfurter`, `Frankfurt`, `Frankfurt am Main`). */
  text: string;
  place: Place;
  kind: FormKind;
  wordKind: WordKind;
}

/** Qualifiers after which a name has a commonly used short form: `Frankfurt am Main` → `Frankfurt`. */
const SHORT_FORM_SPLIT = / (?:am|an der|im|in der|in|ob der|vor der|bei|auf|\()/;

/** The short form a text would use: `Frankfurt am Main` → `Frankfurt`, `Halle (Saale)` → `Halle`. */
export function shortForm(name: string): string {
  return name.split(SHORT_FORM_SPLIT)[0]!;
}

/** Adjective forms that the rules below do not produce. */
const IRREGULAR_ADJECTIVES: Record<string, string> = {
  Hannoveraner: 'Hannover', Hannoversche: 'Hannover', Münsteraner: 'Münster', Hallenser: 'Halle (Saale)',
  Bremer: 'Bremen', Badener: 'Baden-Baden', Emder: 'Emden', Lindauer: 'Lindau (Bodensee)', Zürcher: 'Zürich', Basler: 'Basel',
};

/** How many times larger a place must be to take a short form from a place of exactly that name. */
const SHORT_FORM_DOMINANCE = 5;

/** Adjective forms are made for places at least this large: below it they collide with ordinary words too often. */
const ADJECTIVE_MIN_POPULATION = 10000;

export class Gazetteer {
  private readonly byKey = new Map<string, PlaceForm>();
  private readonly byFirstWord = new Map<string, PlaceForm[]>();
  /** spanHash of every first word that starts a form: most capitalised words of a text are ruled out by it. */
  private readonly firstWordHashes = new Set<number>();
  readonly places: Place[];

  constructor(places: Place[], districts: District[] = []) {
    this.places = [...places, ...districts.map(d => d.place)];
    const sorted = [...places].sort((a, b) => b.population - a.population);
    for (const place of sorted) this.addForm({ text: place.name, place, kind: 'name', wordKind: place.wordKind });
    for (const place of sorted) {
      const base = shortForm(place.name);
      if (base === place.name) continue;
      // `Halle` means `Halle (Saale)`, not the small town named just `Halle`: a far larger place takes the short form.
      const same = this.byKey.get(foldKey(base));
      if (same?.kind === 'name' && same.place.population * SHORT_FORM_DOMINANCE < place.population) this.removeForm(same);
      this.addForm({ text: base, place, kind: 'short', wordKind: same?.wordKind ?? 0 });
    }
    for (const place of sorted) {
      const base = shortForm(place.name);
      if (place.population < ADJECTIVE_MIN_POPULATION || this.wordKindOf(base) !== 0) continue;
      for (const adjective of adjectiveForms(base)) this.addForm({ text: adjective, place, kind: 'adjective', wordKind: 0 });
    }
    for (const [adjective, name] of Object.entries(IRREGULAR_ADJECTIVES)) {
      const place = this.byKey.get(foldKey(name))?.place;
      if (place) this.addForm({ text: adjective, place, kind: 'adjective', wordKind: 0 });
    }
    // Districts after the towns: a bare name (`Rottweil`) stays the town's; `Kreis Rottweil` is the district.
    // A bare district name needs a place context in running text (`Börde`, `Harz` are words too).
    for (const { place, forms } of districts) {
      this.addForm({ text: place.name, place, kind: 'name', wordKind: 0 });
      const short = shortForm(place.name);
      if (short !== place.name) this.addForm({ text: short, place, kind: 'short', wordKind: 0 });
      forms.forEach((text, i) => {
        const bare = i === forms.length - 1 && !/kreis|Kreis|\bLand$|^Region/.test(text);
        this.addForm({ text, place, kind: bare ? 'short' : 'name', wordKind: bare ? 2 : 0 });
        if (shortForm(text) !== text) this.addForm({ text: shortForm(text), place, kind: 'short', wordKind: bare ? 2 : 0 });
      });
    }
    for (const [word, forms] of this.byFirstWord) {
      forms.sort((a, b) => b.text.length - a.text.length);
      if (forms.length > 0) this.firstWordHashes.add(spanHash(word));
    }
  }

  /** Whether a form may start with the word `text[start, end)` (false: none does; true: ask formsStartingWith). */
  mayStartForm(text: string, start: number, end: number): boolean {
    return this.firstWordHashes.has(spanHash(text, start, end));
  }

  /** The place a written form refers to, whatever its case or umlaut spelling. */
  lookup(text: string): PlaceForm | null {
    return this.byKey.get(foldKey(text.replace(/[:.,|]+$/, ''))) ?? null;
  }

  /** Forms that start with this word (as written), longest first. */
  formsStartingWith(word: string): PlaceForm[] {
    return this.byFirstWord.get(word) ?? [];
  }

  private wordKindOf(text: string): WordKind {
    return this.byKey.get(foldKey(text))?.wordKind ?? 0;
  }

  private removeForm(form: PlaceForm): void {
    this.byKey.delete(foldKey(form.text));
    const first = form.text.split(' ')[0]!;
    this.byFirstWord.set(first, (this.byFirstWord.get(first) ?? []).filter(f => f !== form));
  }

  /** First form wins: places are added largest first, so `Frankfurt` means `Frankfurt am Main`. */
  private addForm(form: PlaceForm): void {
    const key = foldKey(form.text);
    if (this.byKey.has(key)) return;
    this.byKey.set(key, form);
    const first = form.text.split(' ')[0]!;
    const list = this.byFirstWord.get(first) ?? [];
    list.push(form);
    this.byFirstWord.set(first, list);
  }
}

/** `Frankfurt` → `Frankfurter`; `Dresden` → `Dresdner`; `Bremen` → `Bremer`; `Jena` → `Jenaer`. */
export function adjectiveForms(name: string): string[] {
  if (/[\s()]/.test(name)) return [];
  const forms = [`${name}er`];
  if (name.endsWith('en')) forms.push(`${name.slice(0, -2)}ner`, `${name.slice(0, -2)}er`);
  if (name.endsWith('e')) forms.push(`${name}r`);
  return forms;
}

let shared: Gazetteer | null = null;

/** The gazetteer built from the shipped data, made once per process. */
export function germanGazetteer(): Gazetteer {
  if (!shared) {
    const places = GAZETTEER_ROWS.split('\n').map((row): Place => {
      const [name, population, state, kind] = row.split('\t');
      return { name: name!, population: Number(population), state: state!, wordKind: Number(kind) as WordKind };
    });
    const districts = DISTRICT_ROWS.split('\n').map((row): District => {
      const [name, population, state, forms] = row.split('\t');
      return { place: { name: name!, population: Number(population), state: state!, wordKind: 0, district: true }, forms: forms ? forms.split('|') : [] };
    });
    shared = new Gazetteer(places, districts);
  }
  return shared;
}
