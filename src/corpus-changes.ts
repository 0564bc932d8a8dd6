// What a rebuild changed, file by file, for the notice after it: files added, changed and removed (by the articles
// they gave), and files newly skipped with their reason. Reads two engines; knows no front end.
import type { Engine } from './core/engine.js';

/** Per file of the corpus: the ids of the articles it is a source of. */
function articlesByFile(engine: Engine): Map<string, string> {
  const out = new Map<string, string[]>();
  const { articles } = engine.data;
  for (let i = 0; i < articles.length; i++) {
    const a = articles.get(i);
    for (const source of a.sources) out.set(source, [...(out.get(source) ?? []), a.id]);
  }
  return new Map([...out].map(([file, ids]) => [file, ids.sort().join(',')]));
}

const list = (names: string[], max = 5) => (names.length > max ? `${names.slice(0, max).join(', ')} und ${names.length - max} weitere` : names.join(', '));

/** Lines naming what changed from `before` to `after`; empty when nothing a reader would notice changed. */
export function corpusChanges(before: Engine, after: Engine): string[] {
  const old = articlesByFile(before);
  const now = articlesByFile(after);
  const added = [...now.keys()].filter(f => !old.has(f)).sort();
  const removed = [...old.keys()].filter(f => !now.has(f)).sort();
  const changed = [...now.keys()].filter(f => old.has(f) && old.get(f) !== now.get(f)).sort();
  const skippedBefore = new Set(before.data.skipped.map(s => `${s.source}\u0000${s.reason}`));
  const skipped = after.data.skipped.filter(s => !skippedBefore.has(`${s.source}\u0000${s.reason}`));
  const out: string[] = [];
  if (added.length) out.push(`Neu: ${list(added)}`);
  if (changed.length) out.push(`Geändert: ${list(changed)}`);
  if (removed.length) out.push(`Entfernt: ${list(removed)}`);
  for (const s of skipped) out.push(`Übersprungen: ${s.source} – ${s.reason}`);
  return out;
}
