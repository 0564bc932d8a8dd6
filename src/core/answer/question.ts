// Reads a question: its type (count, money, percent, measure, date, person, place, passage), the places it
// names, and the words left for retrieval.
import type { Gazetteer, PlaceForm } from '../places/gazetteer.js';

export type QuestionType = 'count' | 'money' | 'percent' | 'measure' | 'date' | 'person' | 'place' | 'passage';

/** Whether a question asks how long something takes (or how old something is): then durations answer it. */
export function asksForDuration(text: string): boolean {
  return /\bwie\s*lange\b|\bwie\s+alt\b|\bwie\s*viel\s+zeit\b|\bdauer|\bdauert|\bwie\s+viele\s+(jahre|monate|wochen|tage|stunden|minuten|sekunden)\b/i.test(text);
}

/** Words that ask about money: costs, spending, funding, currencies. */
const MONEY = /\bwas\s+kost|\bkoste|\binvestier|\beuro\b|€|\bdollar\b|\$|\bbudget|\bausgaben\b|\bausgegeben\b|\bteuer\b|\bgeld\b|\bbezahl|\bzahlt|\bfinanzier|\bzuschuss|\bförder(geld|mittel|summe)/;

/**
 * Words of a plan, a target, a forecast or an expectation: modal verbs, the conditional, planning nouns. A question
 * with them asks for planned figures; a figure near them is planned.
 */
export const PLAN_WORDS = /\b(soll|sollen|sollte|sollten|geplant\w*|plant|planen|künftig|voraussichtlich|vorgesehen|angestrebt\w*|Ziel\w*|Prognose\w*|prognostiziert\w*|erwartet\w*|geschätzt\w*|will|wollen|würde|würden|Obergrenze)\b/iu;
/** A question also asks for a plan with the future of `werden` (`wird … haben`) and with `erwarten`. */
const ASKS_PLAN = new RegExp(`${PLAN_WORDS.source}|\\b(erwarten|wird|werden)\\b`, 'iu');

/**
 * Whether a question asks for a plan or a target (`soll`, `geplant`, `wird … haben`): then planned figures answer
 * it. A passive `werden` (`wurden … verschickt`) is to be taken out of the text before.
 */
export function asksForPlan(text: string): boolean {
  return ASKS_PLAN.test(text);
}

export interface Question {
  text: string;
  type: QuestionType;
  /** Places named in the question, as the gazetteer spells them. */
  places: string[];
  /** The question without the place names: what retrieval searches for. */
  topic: string;
}

/** Nouns (or compound heads) that name an amount of money: a question asking for one asks for money. */
const MONEY_NOUN = /(kosten|preis|preise|gebühr|gebühren|betrag|summe|umsatz|umsätze|gewinn|verlust|schulden|kredit|kredite|budget|etat|entschädigung|schadenersatz|schadensersatz|gehalt|gehälter|lohn|löhne|miete|investition|investitionen|förderung|zuschuss|einnahmen|ausgaben|honorar|prämie|pension|rente|steuer|steuern|dotierung|erlös|erlöse|vermögen|defizit|überschuss|geld)$/i;
/** Nouns (or compound heads) that name a share: a question asking for one asks for a percentage or a fraction. */
const SHARE_NOUN = /(anteil|quote|rate|prozentsatz)$/i;
/** Nouns (or compound heads) that name a measured amount: `welche Gesamtleistung`, `welchen Zuwachs`, `welche Strafe`. */
const MEASURE_NOUN = /(leistung|kapazität|zuwachs|anstieg|rückgang|wachstum|höhe|größe|menge|zahl|anzahl|wert|dauer|strafe|strafen|geschwindigkeit|reichweite|fläche|länge|gewicht|volumen|temperatur)$/i;

/** The noun a `welche …` question asks for (`Welchen Zuwachs`, `Welche Gesamtleistung`), or null. */
function whichNoun(text: string): string | null {
  const m = /(?:^|[\s,])[Ww]elche[nrsm]?\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(text);
  return m ? m[1]! : null;
}

export function questionType(text: string): QuestionType {
  const t = text.toLowerCase();
  // The interrogative phrase decides first: `In welchem Jahr … die 20-Prozent-Grenze` asks for a year.
  if (/\b(seit\s+|ab\s+|bis\s+)?wann\b|\b(an|bis\s+zu|zu|ab|seit|in|bis|von)\s+welche[mnrs]?\s+(tag|jahr|datum|monat|zeitpunkt|termin)\b|\bwelche[ns]?\s+(datum|jahr|tag|termin)\b/.test(t)) return 'date';
  const which = whichNoun(text);
  if (/\bprozent|%/.test(t) || (which && SHARE_NOUN.test(which)) || /\bwie\s+(hoch|groß)\s+\w+\s+(der|die|das)\s+\p{L}*(anteil|quote|rate)\b/u.test(t)) return 'percent';
  if (/\banteil\b/.test(t) && !which) return 'percent';
  if (asksForDuration(t)) return 'count';
  // `wie viele Abonnenten gewann der Bezahlsender`: the counted noun decides, not a money word elsewhere.
  const counted = /\b[Ww]ie\s*viele[nrs]?\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(text);
  if (counted && !/^(Euro|Dollar|Pfund|Franken|Yen|Millionen|Milliarden)$/.test(counted[1]!) && !MONEY_NOUN.test(counted[1]!)) return 'count';
  if (MONEY.test(t)) return 'money';
  if (/\bwie\s*viele[nrs]?\b|\banzahl\b|\bwie\s+groß\s+ist\s+die\s+zahl\b/.test(t)) return 'count';
  // `wie viel Papier`, `das Wievielfache`: a figure of any kind, counting what is asked.
  if (/\bwie\s*viel\b|\bwieviel(fache|te)/.test(t)) return 'measure';
  // `wie hoch sind die Schulden`: the measured noun says it is money.
  const measured = /\b[Ww]ie\s+(?:hoch|groß|teuer)\s+(?:ist|war|sind|waren|wird|werden|liegt|lag)\s+(?:(?:der|die|das|den)\s+)?(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(text);
  if ((measured && MONEY_NOUN.test(measured[1]!)) || (which && MONEY_NOUN.test(which))) return 'money';
  if (which && MEASURE_NOUN.test(which)) return 'measure';
  if (/\bwer\b|\bwem\b|\bwen\b|\bwessen\b/.test(t)) return 'person';
  // `wie oft`, `wie hoch`, `wie groß`: a figure of any kind answers.
  if (/\bwie\s+(oft|häufig|groß|hoch|lang|breit|weit|schwer|schnell|tief|teuer|stark)\b/.test(t)) return 'measure';
  if (/^\s*(wo|wohin|woher)\b/.test(t)) return 'place';
  return 'passage';
}

/** Words before a name that make it a place in a question: `in Halle`, `Stadt Essen`. */
const PLACE_CONTEXT = /^(in|aus|nach|bei|stadt|gemeinde|landkreis|kreis|für)$/i;
/** Below this population, a lowercase or ordinary-word name counts only when the corpus knows the place. */
const FREE_MIN_POPULATION = 20000;

/** A city this large is meant even when written in lower case (`wie viele server münchen`). */
const LARGE_CITY = 100000;

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds places by trying word sequences of up to five words against the gazetteer (case and umlaut
 * insensitive, short and adjective forms included). A name that is also an ordinary word, or a small
 * place, counts only when the corpus knows the place or a place word stands before it.
 */
export function readQuestion(text: string, gazetteer: Gazetteer, knownPlaces: ReadonlySet<string>,
  articleCities: ReadonlySet<string> = knownPlaces): Question {
  const words: Word[] = [...text.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*(?:\s*\([\p{L}]+\))?/gu)]
    .map(m => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const places: string[] = [];
  const cut: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(5, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const form = gazetteer.lookup(text.slice(span[0]!.start, span.at(-1)!.end));
      if (!form || !acceptable(form, span, words[i - 1], knownPlaces, articleCities)) continue;
      if (!places.includes(form.place.name)) places.push(form.place.name);
      // A place noun before the name belongs to it (`Stadt Essen`, `Landkreis Osterholz`), not to the topic.
      const before = words[i - 1];
      const noun = before && /^\p{Lu}/u.test(before.text) && PLACE_CONTEXT.test(before.text);
      cut.push([noun ? before.start : span[0]!.start, span.at(-1)!.end]);
      i += n - 1;
      break;
    }
  }
  let topic = '';
  let at = 0;
  for (const [s, e] of cut) {
    topic += text.slice(at, s) + ' ';
    at = e;
  }
  topic += text.slice(at);
  return { text, type: questionType(text), places, topic: topic.replace(/\s+/g, ' ').trim() };
}

/**
 * An article right before a name makes it a noun: German names towns without one (`in Norden`, but
 * `im Norden`, `in der Halle`, `beim Essen`). Adjective forms take articles as any adjective does
 * (`die Frankfurter Verwaltung`).
 */
const ARTICLE = /^(der|die|das|dem|den|des|ein|eine|einer|einem|eines|im|beim|zum|zur|vom|am|ins)$/i;

function acceptable(form: PlaceForm, span: Word[], before: Word | undefined, known: ReadonlySet<string>,
  cities: ReadonlySet<string>): boolean {
  const { place, wordKind } = form;
  if (form.kind !== 'adjective' && before && ARTICLE.test(before.text)) return false;
  const context = before !== undefined && PLACE_CONTEXT.test(before.text);
  // A name that is also a common noun (`Bergen`, `Halle`) needs a place word, unless the corpus has articles about it.
  if (wordKind === 2) return context || cities.has(place.name);
  if (known.has(place.name)) return /^\p{Lu}/u.test(span[0]!.text) || context || cities.has(place.name);
  const capitalised = /^\p{Lu}/u.test(span[0]!.text);
  if (place.population >= LARGE_CITY) return true;
  if (place.population < FREE_MIN_POPULATION) return context && capitalised;
  return capitalised || context;
}
