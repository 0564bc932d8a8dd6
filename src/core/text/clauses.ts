// Where German clauses end: at commas (not the one inside `2,5`), semicolons, colons, dashes and brackets; and the
// clause a span of a sentence stands in.
import type { Sentence } from './sentences.js';

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;
const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;
const DASH = 0x2013;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A comma, semicolon, colon, dash or bracket that ends a clause; a comma between digits (`2,5`) is part of a number.
 * Of the brackets, `open` counts the opening one (it ends the clause before it), `close` the closing one (it ends the
 * clause inside), `both` either.
 */
export function isBreak(text: string, at: number, brackets: 'open' | 'close' | 'both' = 'open'): boolean {
  const c = text.charCodeAt(at);
  if (c === COMMA) return !(isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1)));
  if (c === SEMICOLON || c === COLON || c === DASH) return true;
  if (c === OPEN_BRACKET) return brackets !== 'close';
  if (c === CLOSE_BRACKET) return brackets !== 'open';
  return false;
}

/** A relative pronoun (after a preposition, if any) that opens a clause: it refers to what the clause before names. */
const RELATIVE_OPENING = /^\s*(?:[\p{Ll}]+\s+)?(der|die|das|dem|den|denen|deren|dessen|welche[mnrs]?|wo|wobei)\b/u;

/**
 * The clause a span stands in: its sentence cut at clause breaks; a clause that opens with a relative pronoun
 * (`…, in der nun 1,84 Millionen Menschen leben`) reaches back over the clause it refers to.
 */
export function clauseOf(text: string, sentence: Sentence | undefined, f: { start: number; end: number }): [number, number] {
  const from = sentence?.start ?? 0;
  const to = sentence ? sentence.start + sentence.text.length : text.length;
  let start = f.start;
  while (start > from && !isBreak(text, start - 1)) start--;
  if (start > from && text[start - 1] === ',' && RELATIVE_OPENING.test(text.slice(start, f.start))) {
    start--;
    while (start > from && !isBreak(text, start - 1)) start--;
  }
  let end = f.end;
  while (end < to && !isBreak(text, end, 'close')) end++;
  return [start, end];
}
