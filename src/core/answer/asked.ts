// Reads what a figure question constrains: the asked thing (the noun after `wie viele`, or what `wie hoch ist
// der Preis` measures), its time, whether it asks a change, a former value, a plan or a whole. General German
// question syntax, no word of any topic.
import { isDated, timeRefs, type TimeRef } from '../text/time-refs.js';
import { asksForPlan, type QuestionType } from './question.js';

export interface Asked {
  /** The asked noun as written (`Textnachrichten`, `Monatsgebühr`), or null. */
  thing: string | null;
  /** A noun the question says the counted ones are (`wie viele Beschäftigte sollen … Aktionäre sein`): it may be counted instead. */
  also: string | null;
  /** For a share: of whom or what (`Anteil der Jugendlichen`, `Anteil der Raucher unter den Erwachsenen`). */
  population: string[];
  /** It asks how fast (`wie schnell`): a rate answers (`Mbit/s`, `km/h`). */
  speed: boolean;
  /** Dated times the question names (`im zweiten Quartal 2015`, `Ende 2015`). */
  times: TimeRef[];
  /** The question asks about the present (`derzeit`) or the past (`vorher`, `vor der … Senkung`). */
  tense: 'present' | 'past' | null;
  /** It asks by how much something changed (`um wie viel`, `Zuwachs`). */
  change: boolean;
  /** It asks for a plan, target, forecast or expectation (`soll`, `wird … haben`, `erwartet`). */
  planned: boolean;
  /** It asks for a whole (`insgesamt`, `gesamt`). */
  total: boolean;
  /** For a date question: the preposition it asks with (`seit wann` → `seit`), and whether a year answers. */
  since: 'seit' | 'ab' | 'bis' | null;
  year: boolean;
  /** It asks how old (`wie alt`): an age answers, `31 Jahre alt`, `im Alter von 40 Jahren`. */
  age: boolean;
  /** The words of the source the question cites (`laut PwC`, `laut der US-Gesundheitsbehörde NCHS`): not what the figure is about. */
  source: Set<string>;
}

const ASKING = String.raw`(?:[Ww]ie\s*viele?[nrs]?|[Ww]ieviele?[nrs]?)`;
/** Lowercase words between `wie viele` and its noun: adjectives (`afghanische`, `neue`, `rechte`). */
const ADJECTIVES = String.raw`(?:\p{Ll}[\p{L}-]*\s+){0,3}`;
const NOUN = String.raw`(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)`;
/** `wie viele (neue) Kunden`, `mit wie vielen Holzhütten`. */
const COUNTED = new RegExp(String.raw`\b${ASKING}\s+${ADJECTIVES}${NOUN}`, 'u');
/** `wie hoch ist die Monatsgebühr`, `wie groß war der Anteil`, `welchen Zuwachs`, `welche Gesamtleistung`. */
const MEASURED = new RegExp(String.raw`\b(?:[Ww]ie\s+(?:hoch|groß|teuer|schnell|lang|weit|schwer|alt|stark)\s+(?:ist|war|sind|waren|wird|werden|liegt|lag|lagen|liegen|fällt|fiel|soll|sollen)\s+(?:(?:der|die|das|den|dem|des)\s+)?|[Ww]elche[nrsm]?\s+)${ADJECTIVES}${NOUN}`, 'u');
/** Words that, standing in the question, ask for the change rather than the level. */
const CHANGE = /\b(um\s+wie\s*viele?[nrs]?|zuwachs|anstieg|rückgang|wachstum|steigerung|verlust)\b|\b(?:neue[nrs]?|zusätzliche[nrs]?|weitere[nrs]?)\s+\p{Lu}/iu;
/** Words of the past (a former value), and of the present. */
const PAST = /\b(vorher|zuvor|früher|damals|ursprünglich|einst|ehemals|vor\s+der\s+\w+|bisher)\b/iu;
const PRESENT = /\b(derzeit|aktuell|momentan|gegenwärtig|heute|jetzt|nun|mittlerweile|inzwischen)\b/iu;
const UNIT_WORD = /^(Prozent|Prozentpunkte|Euro|Dollar|Pfund|Franken|Yen|Millionen|Milliarden|Tausend|Mio|Mrd)$/;
const TOTAL = /\b(insgesamt|gesamt\w*|in\s+Summe|alle|allen|zusammen)\b/iu;

export function readAsked(question: string, type: QuestionType): Asked {
  const refs = timeRefs(question);
  const times = refs.filter(isDated);
  const m = COUNTED.exec(question) ?? MEASURED.exec(question);
  // `wie viel Prozent`, `wie viele Milliarden Euro`: a unit, not a thing.
  const thing = m && !UNIT_WORD.test(m[1]!) ? m[1]! : null;
  // `werden` that forms the passive of the present or past (`wurden … verschickt`, `werden … erwartet`) plans nothing by itself.
  const plannedWords = question.replace(/\b(werden|wird)\b(?=(?:\s+\S+){0,6}\s+(?:ge\p{L}+t|ge\p{L}+en|\p{L}+iert)\s*\??$)/iu, '');
  const since = /\bseit\s+wann\b|\bseit\s+welche/iu.test(question) ? 'seit'
    : /\bab\s+wann\b|\bab\s+welche/iu.test(question) ? 'ab'
      : /\bbis\s+wann\b|\bbis\s+(?:zu\s+)?welche/iu.test(question) ? 'bis' : null;
  const predicate = /\b(\p{Lu}[\p{L}-]*)\s+(?:(?:des|der|dem|den|von)\s+\S+\s+)?(?:sein|werden|bleiben)\s*\??\s*$/u.exec(question);
  const population = /\b(?:Anteil|Prozent|Prozentsatz|Quote)\s+((?:(?:der|aller|unter\s+den|von|an\s+den)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*\s*)+)/u.exec(question);
  return {
    thing,
    also: predicate && predicate[1] !== thing ? predicate[1]! : null,
    population: population ? [...population[1]!.matchAll(/\p{Lu}[\p{L}-]*/gu)].map(m => m[0]) : [],
    speed: /\bwie\s+schnell\b|\bgeschwindigkeit/iu.test(question),
    times,
    tense: PAST.test(question) ? 'past' : PRESENT.test(question) ? 'present' : null,
    change: CHANGE.test(question) && type !== 'date',
    planned: asksForPlan(plannedWords) || refs.some(r => r.preposition === 'bis' && isDated(r) && !/\bbis\s+(wann|zu)\b/i.test(question)),
    total: TOTAL.test(question),
    since,
    year: /\b(welchem|welches)\s+jahr\b/iu.test(question),
    age: /\bwie\s+alt\b/iu.test(question),
    source: sourceWords(question),
  };
}

/** The words of the question's times (`zu Beginn des Jahres 2016` → zu, beginn, des, jahres, 2016), lower case. */
export function timeWords(question: string, asked: Asked): Set<string> {
  const out = new Set<string>();
  for (const t of asked.times) for (const w of question.slice(t.start, t.end).matchAll(/[\p{L}\d]+/gu)) out.add(w[0].toLowerCase());
  return out;
}

/** `laut PwC`, `laut der US-Gesundheitsbehörde NCHS`, `nach Angaben der Polizei`, `dem Bericht zufolge`: who says so. */
const SOURCE = /\b(?:laut|gemäß|nach\s+Angaben|nach\s+Ansicht|nach\s+Schätzungen?)\s+(?:(?:der|des|dem|den|die|von)\s+)?((?:\p{Lu}[\p{L}\d-]*\s*)+)/gu;

function sourceWords(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(SOURCE)) for (const w of m[1]!.split(/\s+/)) if (w) out.add(w.toLowerCase());
  return out;
}
