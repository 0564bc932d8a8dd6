// Which paragraphs a question about a place may quote: every paragraph of the place's articles (from the place
// index), and every paragraph that names the place (from the postings of its name: `Stuttgart` and
// `Stuttgarter` share a term). Costs the paragraphs of the place, never a scan of the corpus.
import type { EngineData } from './engine-data.js';
import { analyze } from '../search/analyzer.js';
import { shortForm } from '../places/gazetteer.js';
import { placeIndexOf } from '../places/place-index.js';

/** Masks kept per engine, for the places asked about most recently. */
const CACHED_MASKS = 16;
const caches = new WeakMap<EngineData, Map<string, Uint8Array>>();

function build(data: EngineData, place: string): Uint8Array {
  const mask = new Uint8Array(data.store.count);
  for (const id of placeIndexOf(data.articles).of(place).paragraphs) mask[id] = 1;
  const terms = [...new Set(analyze(shortForm(place)))];
  const { docs } = data.index.arrays;
  const ids = terms.map(t => data.index.termIds.get(t));
  if (terms.length === 0 || ids.some(id => id === undefined)) return mask;
  // Documents that hold every term of the name.
  const counts = terms.length > 1 ? new Uint8Array(data.store.count) : null;
  for (const id of ids as number[]) {
    const { start, end } = data.index.postings(id);
    for (let p = start; p < end; p++) {
      const d = docs[p]!;
      if (!counts) mask[d] = 1;
      else if (++counts[d]! === terms.length) mask[d] = 1;
    }
  }
  return mask;
}

/** A mask over all paragraphs: 1 where a question about one of the places may quote. */
export function placeParagraphs(data: EngineData, places: string[]): Uint8Array {
  let cache = caches.get(data);
  if (!cache) caches.set(data, (cache = new Map()));
  const key = places.join('\u0000');
  let mask = cache.get(key);
  if (!mask) {
    mask = build(data, places[0]!);
    for (const other of places.slice(1)) {
      const more = build(data, other);
      for (let i = 0; i < mask.length; i++) mask[i] = mask[i]! | more[i]!;
    }
    if (cache.size >= CACHED_MASKS) cache.delete(cache.keys().next().value!);
    cache.set(key, mask);
  } else {
    cache.delete(key);
    cache.set(key, mask);
  }
  return mask;
}
