// Renders a command's reply as text wrapped to a width: the one text form of a reply, for the terminal, the
// CLI and Discord's plain-text fallback. ANSI emphasis only where the style has it.
import wrapAnsi from 'wrap-ansi';
import type { Card, Reply, Segment } from './command.js';
import { textChart } from './charts/text-chart.js';

export interface TextStyle {
  emphasis: (text: string) => string;
  heading: (text: string) => string;
  dim: (text: string) => string;
}

export const ANSI_STYLE: TextStyle = {
  emphasis: t => `\u001b[1m${t}\u001b[22m`,
  heading: t => `\u001b[1;4m${t}\u001b[0m`,
  dim: t => `\u001b[2m${t}\u001b[22m`,
};

export const PLAIN_STYLE: TextStyle = { emphasis: t => `**${t}**`, heading: t => t, dim: t => t };

export interface TextOptions {
  style: TextStyle;
  /** Columns to wrap to; none: lines as long as their text (a pipe, Discord). */
  width?: number;
  /** How to see the cards a page leaves out, in this front end's words. */
  moreHint?: string;
}

/** Characters of the paragraph shown around the answering sentence. */
const CONTEXT_CHARS = 280;

function segments(list: Segment[], style: TextStyle): string {
  return list.map(s => (s.emphasis ? style.emphasis(s.text) : s.text)).join('');
}

/** Wraps at word boundaries (a word longer than the line, such as a link, stays whole), each line indented. */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  if (!width) return text.split('\n').map(l => indent + l).join('\n');
  const room = Math.max(20, width - indent.length);
  return text.split('\n').map(line => wrapAnsi(line, room, { hard: false, trim: true }).split('\n').map(l => indent + l).join('\n')).join('\n');
}

/**
 * What the paragraph says before and after the sentence, each shortened to about half of CONTEXT_CHARS at a
 * space and marked with `…` where cut; empty strings where the sentence starts or ends the paragraph.
 */
export function contextAround(paragraph: string, sentence: string, max = CONTEXT_CHARS): { before: string; after: string } {
  const at = paragraph.indexOf(sentence);
  if (at < 0) return { before: '', after: '' };
  const half = Math.floor(max / 2);
  let before = paragraph.slice(0, at).trim();
  let after = paragraph.slice(at + sentence.length).trim();
  if (before.length > half) {
    const cut = before.indexOf(' ', before.length - half);
    before = `… ${before.slice(cut < 0 ? before.length - half : cut + 1)}`;
  }
  if (after.length > half) {
    const cut = after.lastIndexOf(' ', half);
    after = `${after.slice(0, cut < 0 ? half : cut)} …`;
  }
  return { before, after };
}

/** A style applied line by line, so that a wrapped heading or note keeps it on every line. */
function styled(paint: (t: string) => string, text: string): string {
  return text.split('\n').map(paint).join('\n');
}

function cardLines(card: Card, number: string, options: TextOptions): string[] {
  const { style, width } = options;
  const out = [styled(style.heading, wrapText(`${number}${card.title}`, width))];
  if (card.caution) out.push(wrapText(card.caution, width));
  const body = card.body.map(s => s.text).join('');
  if (card.quote) {
    out.push(wrapText(`„${segments(card.quote, style)}“`, width));
    const { before, after } = contextAround(body, card.quote.map(s => s.text).join(''));
    if (before) out.push(styled(style.dim, wrapText(`Davor: ${before}`, width)));
    if (after) out.push(styled(style.dim, wrapText(`Danach: ${after}`, width)));
  } else {
    out.push(wrapText(segments(card.body, style), width));
  }
  for (const f of card.fields ?? []) {
    out.push(f.value.includes('\n')
      ? `${wrapText(`${f.name}:`, width)}\n${f.value.split('\n').map(v => wrapText(v, width, '  ')).join('\n')}`
      : wrapText(`${f.name}: ${f.value}`, width));
  }
  if (card.footer) out.push(styled(style.dim, wrapText(`— ${card.footer}`, width)));
  if (card.url) out.push(card.url);
  return out;
}

/** The first page of a reply (text has no buttons: `pageSize` cards, then how to see the rest). */
export function renderReply(reply: Reply, options: TextOptions): string {
  const out: string[] = [];
  if (reply.message) out.push(wrapText(reply.message, options.width));
  const shown = reply.pageSize ? reply.cards.slice(0, reply.pageSize) : reply.cards;
  shown.forEach((card, i) => {
    if (out.length) out.push('');
    out.push(...cardLines(card, shown.length > 1 ? `${i + 1}. ` : '', options));
  });
  if (reply.chart) out.push('', textChart(reply.chart, options.width));
  const hidden = reply.cards.length - shown.length;
  if (hidden > 0) {
    const more = `(${hidden} weitere${hidden === 1 ? 'r Treffer' : ' Treffer'}${options.moreHint ? ` – ${options.moreHint}` : ''})`;
    out.push('', styled(options.style.dim, wrapText(more, options.width)));
  }
  return out.join('\n');
}
