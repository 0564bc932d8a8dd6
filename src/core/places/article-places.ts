// Decides which municipality an article is about and which others it mentions.
import type { Paragraph } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { findPlaces, type PlaceHit } from './detect.js';

/** The places of a text, found once per text even when several rules ask. */
type Finder = (text: string) => PlaceHit[];

function memoFinder(gazetteer: Gazetteer): Finder {
  const seen = new Map<string, PlaceHit[]>();
  return text => {
    let hits = seen.get(text);
    if (!hits) seen.set(text, (hits = findPlaces(gazetteer, text)));
    return hits;
  };
}

const TITLE_WORDS = /^(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|Universitätsstadt|Landkreis|Kreis)\s+/;

export interface ArticlePlaces {
  city: string | null;
  mentions: string[];
}

/**
 * The subject city comes from the page's structure (the `City:` header, `City.|` dateline or a kicker), else
 * the first place in the title, then a dateline's place (`Gelnhausen, 22.03.2022`, `Lemgo. Die …`), then the lead (or the first paragraph when there is no lead), else the only place
 * the body names, or the one it names most (at least twice, and more often than any other). A title name that is also an
 * ordinary word (`Halle setzt auf …`) counts when the body names the same place unambiguously.
 * Mentions are all other places named anywhere in the article.
 */
export function resolvePlaces(gazetteer: Gazetteer, input: {
  placeHint: string | null;
  datelinePlace?: string | null;
  title: string;
  lead: string | null;
  paragraphs: Paragraph[];
}): ArticlePlaces {
  const opening = input.lead ?? input.paragraphs.find(p => p.kind === 'body')?.text ?? null;
  const find = memoFinder(gazetteer);
  const city = fromHint(gazetteer, find, input.placeHint)
    ?? firstPlace(find, input.title)
    ?? confirmedInBody(gazetteer, find, input.title, input.paragraphs)
    ?? district(find, fromHint(gazetteer, find, input.datelinePlace ?? null), input.paragraphs)
    ?? (opening ? firstPlace(find, opening) : null)
    ?? mostNamed(find, input.paragraphs);
  const mentions: string[] = [];
  for (const text of [input.title, ...input.paragraphs.map(p => p.text)]) {
    for (const hit of find(text)) {
      const name = hit.form.place.name;
      if (name !== city && !mentions.includes(name)) mentions.push(name);
    }
  }
  return { city, mentions };
}

/**
 * A dateline's town whose district of the same name the text names (`Günzburg. Der Kreistag des Landkreises
 * Günzburg …`): the release is the district's, dated at its seat.
 */
function district(find: Finder, town: string | null, paragraphs: Paragraph[]): string | null {
  if (!town) return null;
  const named = paragraphs.slice(0, 3).flatMap(p => find(p.text).map(h => h.form.place));
  return named.find(p => p.district && p.name.endsWith(` ${town}`))?.name ?? town;
}

function fromHint(gazetteer: Gazetteer, find: Finder, hint: string | null): string | null {
  if (!hint) return null;
  // `Kreis Rottweil` is the district, `Stadt Rottweil` the town: the whole hint first, then without the title word.
  const whole = hint.replace(/:$/, '').trim();
  const clean = whole.replace(TITLE_WORDS, '').trim();
  return gazetteer.lookup(whole)?.place.name ?? gazetteer.lookup(clean)?.place.name ?? firstPlace(find, hint);
}

function firstPlace(find: Finder, text: string): string | null {
  return find(text)[0]?.form.place.name ?? null;
}

function confirmedInBody(gazetteer: Gazetteer, find: Finder, title: string, paragraphs: Paragraph[]): string | null {
  const candidates = findPlaces(gazetteer, title, true).map(h => h.form.place.name);
  if (candidates.length === 0) return null;
  const named = new Set(paragraphs.flatMap(p => find(p.text).map(h => h.form.place.name)));
  return candidates.find(c => named.has(c)) ?? null;
}

/** News name their place early: a place named only once counts when it stands in these first paragraphs. */
const OPENING_PARAGRAPHS = 2;

function mostNamed(find: Finder, paragraphs: Paragraph[]): string | null {
  const counts = new Map<string, number>();
  const early = new Set<string>();
  paragraphs.filter(p => p.kind !== 'about').forEach((p, i) => {
    for (const hit of find(p.text)) {
      counts.set(hit.form.place.name, (counts.get(hit.form.place.name) ?? 0) + 1);
      if (i < OPENING_PARAGRAPHS) early.add(hit.form.place.name);
    }
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return null;
  // The only place the text names, even once, is the article's when it stands at the start (`… in Zwiesel mit`);
  // named once deep in a long text it is an aside. Of several places, the one named most, at least twice.
  if (!second) return top[1] >= 2 || early.has(top[0]) ? top[0] : null;
  return top[1] >= 2 && second[1] < top[1] ? top[0] : null;
}
