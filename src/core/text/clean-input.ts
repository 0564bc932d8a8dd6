// Cleans what a user typed: NFC, no control, zero-width or direction characters, single spaces.

export function cleanInput(text: string): string {
  return text.normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A user's text quoted back in a message: at most `max` characters, cut with `…`. */
export function quoteBack(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
