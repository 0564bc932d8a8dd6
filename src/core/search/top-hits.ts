// The k best hits so far in a min-heap, ordered by score and then by document id (the lower id wins a tie),
// so that every search strategy returns exactly the same top k.
export interface Hit {
  doc: number;
  score: number;
  /** The bits of the query terms the document matched. */
  mask: number;
}

/** Whether hit a ranks below hit b: a lower score, or the same score and a higher document id. */
function worse(a: Hit, b: Hit): boolean {
  return a.score < b.score || (a.score === b.score && a.doc > b.doc);
}

export class TopHits {
  private readonly heap: Hit[] = [];

  constructor(readonly k: number) {}

  get full(): boolean {
    return this.heap.length >= this.k;
  }

  /** The score a new document must beat to enter (-Infinity until k hits are held). */
  get threshold(): number {
    return this.full ? this.heap[0]!.score : -Infinity;
  }

  /** Whether a document with this score and id would enter. */
  admits(score: number, doc: number): boolean {
    if (this.k <= 0) return false;
    if (!this.full) return true;
    const min = this.heap[0]!;
    return min.score < score || (min.score === score && min.doc > doc);
  }

  offer(doc: number, score: number, mask: number): void {
    if (!this.admits(score, doc)) return;
    const h = this.heap;
    if (!this.full) {
      h.push({ doc, score, mask });
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(h[i]!, h[p]!)) break;
        [h[p], h[i]] = [h[i]!, h[p]!];
        i = p;
      }
      return;
    }
    // The root leaves: its object takes the new hit (a fresh object per replacement was most of what a search allocated).
    const root = h[0]!;
    root.doc = doc;
    root.score = score;
    root.mask = mask;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && worse(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i]!, h[m]!];
      i = m;
    }
  }

  /** The hits, best first. */
  sorted(): Hit[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }
}
