// Turns a platform-neutral reply into Discord embeds and buttons, escaped and within Discord's limits.
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent,
  type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Card, Reply, Segment } from '../command.js';
import { LIMITS, truncate, truncateStart } from './limits.js';
import { contextAround } from '../reply-text.js';

/** Embed accent colour; amber for an answer the bot is unsure of. */
const COLOUR = 0x1f6feb;
const CAUTION_COLOUR = 0xd29922;

/**
 * Corpus and user text shown as plain text: Discord markdown escaped (emphasis, code, spoilers, links,
 * quotes, headings and lists at a line start), mentions defused. One linear pass: discord.js's
 * escapeMarkdown costs milliseconds per kilobyte.
 */
export function safeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^(\s*)([>#-]|\d+\.)(?=\s)/gm, '$1\\$2')
    .replace(/@/g, '@\u200b');
}

/** Escaped text of at most `max` characters; the raw text is cut first so that huge inputs stay cheap. */
function safeCut(text: string, max: number): string {
  return truncate(safeText(text.length > max * 2 ? text.slice(0, max * 2) : text), max);
}

/** The body with the emphasised segment in bold, cut around it when too long. */
function description(body: Segment[], max: number): string {
  const at = body.findIndex(s => s.emphasis);
  if (at < 0) return safeCut(body.map(s => s.text).join(''), max);
  const bold = `**${safeText(body[at]!.text)}**`;
  const before = safeText(body.slice(0, at).map(s => s.text).join(''));
  const after = safeText(body.slice(at + 1).map(s => s.text).join(''));
  if (before.length + bold.length + after.length <= max) return before + bold + after;
  const room = Math.max(0, max - bold.length);
  const keepBefore = Math.min(before.length, Math.floor(room / 3));
  const head = truncateStart(before, keepBefore);
  return head + bold + truncate(after, Math.max(0, room - head.length));
}

function size(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** The quoted sentence first (its figure bold), then the context around it in the paragraph, shortened. */
function quoteFirst(quote: Segment[], body: Segment[], max: number): string {
  const quoted = `„${description(quote, Math.floor(max * 0.6))}“`;
  const { before, after } = contextAround(body.map(s => s.text).join(''), quote.map(s => s.text).join(''));
  const context = [before, after].filter(Boolean).join(' … ');
  const room = max - quoted.length - 2;
  return context && room > 20 ? `${quoted}\n\n*${safeCut(context, room - 2)}*` : quoted;
}

export function toEmbed(card: Card, descriptionMax: number = LIMITS.description): APIEmbed {
  const embed: APIEmbed = {
    title: truncate(card.title, LIMITS.title),
    description: (card.quote ? quoteFirst(card.quote, card.body, descriptionMax) : description(card.body, descriptionMax)) || '—',
    color: card.caution ? CAUTION_COLOUR : COLOUR,
  };
  if (card.caution) embed.author = { name: truncate(card.caution, LIMITS.author) };
  if (card.url && /^https?:\/\//.test(card.url)) embed.url = card.url;
  const fields = (card.fields ?? []).slice(0, LIMITS.fields).map(f => ({
    name: safeCut(f.name, LIMITS.fieldName) || '—',
    value: safeCut(f.value, LIMITS.fieldValue) || '—',
    inline: false,
  }));
  if (fields.length) embed.fields = fields;
  if (card.footer) embed.footer = { text: truncate(card.footer, LIMITS.footer) };
  return embed;
}

/**
 * Embeds for the cards: at most 10, together within 6000 characters (fields go first, then descriptions
 * shrink). An URL already used by an earlier embed is dropped: Discord would merge such embeds.
 */
export function toEmbeds(cards: Card[]): APIEmbed[] {
  const embeds = cards.slice(0, LIMITS.embeds).map(c => toEmbed(c));
  const seen = new Set<string>();
  for (const e of embeds) {
    if (!e.url) continue;
    if (seen.has(e.url)) delete e.url;
    else seen.add(e.url);
  }
  const total = () => embeds.reduce((n, e) => n + size(e), 0);
  for (let i = embeds.length - 1; i >= 0 && total() > LIMITS.total; i--) delete embeds[i]!.fields;
  if (total() > LIMITS.total) {
    // Each embed gets an equal share: a fifth each for title and footer at most, the rest for the text.
    const share = Math.floor(LIMITS.total / embeds.length);
    embeds.forEach((e, i) => {
      e.title = truncate(e.title ?? '', Math.floor(share / 5));
      if (e.footer) e.footer.text = truncate(e.footer.text, Math.floor(share / 5));
      const rest = share - (e.title?.length ?? 0) - (e.footer?.text.length ?? 0);
      e.description = description(cards[i]!.body, Math.max(1, Math.min(rest, LIMITS.description))) || '—';
    });
  }
  return embeds;
}

export interface Buttons {
  /** Cache key for "Weitere Treffer" and the votes; null when there is nothing to page or vote on. */
  key: string | null;
  nextPage: number | null;
  feedback: boolean;
}

export function toComponents(buttons: Buttons): APIActionRowComponent<APIButtonComponent>[] {
  if (!buttons.key) return [];
  const row: APIButtonComponent[] = [];
  if (buttons.nextPage !== null) {
    row.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Weitere Treffer', custom_id: `more:${buttons.key}:${buttons.nextPage}` });
  }
  if (buttons.feedback) {
    row.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, custom_id: `vote:up:${buttons.key}` });
    row.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, custom_id: `vote:down:${buttons.key}` });
  }
  return row.length ? [{ type: ComponentType.ActionRow, components: row }] : [];
}

export interface DiscordMessage {
  content?: string;
  /** A picture sent with the message (the figure history), shown inside the first embed. */
  files?: { attachment: Buffer; name: string }[];
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

/** The name of the figure-history picture attached to a message. */
export const CHART_FILE = 'verlauf.png';

/** The message with the chart attached and shown in its first embed (an embed picture needs an embed). */
export function withChart(message: DiscordMessage, png: Buffer): DiscordMessage {
  if (message.embeds.length === 0) return message;
  const [first, ...rest] = message.embeds;
  return { ...message, files: [{ attachment: png, name: CHART_FILE }], embeds: [{ ...first, image: { url: `attachment://${CHART_FILE}` } }, ...rest] };
}

/** One page of a reply as a Discord message; a reply without cards is a short sentence, never an empty embed. */
export function toMessage(reply: Reply, page: number, buttons: Buttons, ephemeral: boolean): DiscordMessage {
  const size = reply.pageSize ?? reply.cards.length;
  const cards = reply.cards.slice(page * size, page * size + size);
  const message: DiscordMessage = {
    embeds: toEmbeds(cards),
    components: toComponents(buttons),
    allowedMentions: { parse: [] },
  };
  if (reply.message || cards.length === 0) message.content = truncate(safeText(reply.message ?? 'Dazu habe ich nichts gefunden.'), LIMITS.content);
  if (ephemeral) message.flags = MessageFlags.Ephemeral;
  return message;
}
