// Discord's size limits and truncation at a word boundary.

export const LIMITS = {
  title: 256,
  author: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embeds: 10,
  total: 6000,
  content: 2000,
  choices: 25,
  choiceValue: 100,
} as const;

/** Cuts text to at most `max` characters at a word boundary and marks the cut with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s\\]+$/, '')}…`;
}

/** Keeps the end of a text, cut at a word boundary, marked with a leading `…`. */
export function truncateStart(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(text.length - (max - 1));
  const space = cut.search(/\s/);
  if (space >= 0 && space < max * 0.4) cut = cut.slice(space + 1);
  return `…${cut}`;
}
