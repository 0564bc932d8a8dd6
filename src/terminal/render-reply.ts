// Renders a platform-neutral reply as terminal text, with ANSI emphasis only on a TTY.
import type { Reply, Segment } from '../command.js';

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

function segments(list: Segment[], style: TextStyle): string {
  return list.map(s => (s.emphasis ? style.emphasis(s.text) : s.text)).join('');
}

/** The first page of a reply (the terminal has no buttons: `pageSize` cards, then a note). */
export function renderReply(reply: Reply, style: TextStyle): string {
  const out: string[] = [];
  if (reply.message) out.push(reply.message);
  const shown = reply.pageSize ? reply.cards.slice(0, reply.pageSize) : reply.cards;
  shown.forEach((card, i) => {
    if (out.length) out.push('');
    const number = shown.length > 1 ? `${i + 1}. ` : '';
    out.push(style.heading(`${number}${card.title}`) + (card.url ? ` <${card.url}>` : ''));
    if (card.caution) out.push(card.caution);
    out.push(segments(card.body, style));
    for (const f of card.fields ?? []) out.push(`${f.name}: ${f.value.includes('\n') ? `\n  ${f.value.split('\n').join('\n  ')}` : f.value}`);
    if (card.footer) out.push(style.dim(`— ${card.footer}`));
  });
  const hidden = reply.cards.length - shown.length;
  if (hidden > 0) out.push('', style.dim(`(${hidden} weitere Treffer – mit /ask … und einer höheren Anzahl sichtbar)`));
  return out.join('\n');
}
