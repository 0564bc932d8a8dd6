// Counts an HTML page's elements and how deep they nest, with the tokenizer the DOM parser itself uses
// (htmlparser2, under linkedom), before any DOM is built: a page over the limits is never parsed.
import { Parser } from 'htmlparser2';

class OverLimit extends Error {
  constructor(readonly kind: 'elements' | 'depth') {
    super(kind);
  }
}

/** Null when the page is within the limits; else which limit it breaks (the scan stops at the first). */
export function htmlOverLimit(html: string, limits: { htmlElements: number; htmlDepth: number }): 'elements' | 'depth' | null {
  let elements = 0;
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      if (++elements > limits.htmlElements) throw new OverLimit('elements');
      if (++depth > limits.htmlDepth) throw new OverLimit('depth');
    },
    onclosetag() {
      depth--;
    },
  }, { decodeEntities: false });
  try {
    parser.end(html);
  } catch (err) {
    if (err instanceof OverLimit) return err.kind;
    throw err;
  }
  return null;
}
