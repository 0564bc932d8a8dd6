// Routes interactions (slash commands, autocomplete, buttons) to the commands, inside one error boundary.
import { createHash } from 'node:crypto';
import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
  type Interaction } from 'discord.js';
import type { CommandContext, CommandDef, CommandInput, Reply } from '../command.js';
import type { Engine } from '../core/engine.js';
import type { EngineHolder } from '../engine-holder.js';
import type { Logger } from '../log.js';
import { foldKey } from '../core/text/fold.js';
import { LIMITS } from './limits.js';
import type { PageCache } from './pages.js';
import { toMessage, withChart } from './render.js';
import { PLAIN_STYLE, renderReply } from '../reply-text.js';
import { pngChart } from '../charts/png-chart.js';
import { RATE_LIMIT_MESSAGE, type RateLimiter } from './rate-limit.js';

export interface InteractionContext {
  commands: Map<string, CommandDef>;
  /** The corpus folder for `/add` and `/remove`, when the bot may change it. */
  context?: CommandContext;
  /** How long a deferred command waits for the index (tests shorten it). */
  deferredWaitMs?: number;
  engines: EngineHolder;
  pages: PageCache;
  log: Logger;
  limiter: RateLimiter;
}

export const ERROR_MESSAGE = 'Da ist etwas schiefgelaufen … Bitte versuch es gleich noch einmal.';
export const EXPIRED_MESSAGE = 'Diese Trefferliste ist abgelaufen. Stell die Frage bitte noch einmal.';
export const NOT_YOURS_MESSAGE = 'Weiterblättern kann nur, wer gefragt hat. Stell die Frage gern selbst.';
export const VOTE_EXPIRED_MESSAGE = 'Diese Antwort ist abgelaufen; die Rückmeldung lässt sich ihr nicht mehr zuordnen.';
export const STILL_LOADING_MESSAGE = 'Der Index wird noch aufgebaut. Bitte stell die Frage gleich noch einmal.';

/** Discord's error codes the bot meets: the interaction expired (10062) or was answered already (40060). */
const UNKNOWN_INTERACTION = 10062;
const ALREADY_ACKNOWLEDGED = 40060;
/** Missing permissions in the channel (50013) or no access to it (50001). */
const MISSING_PERMISSIONS = new Set([50013, 50001]);
/** An interaction token lives 15 minutes; a deferred reply that waits for the index gives up before that. */
export const DEFERRED_WAIT_MS = 14 * 60 * 1000;

const codeOf = (err: unknown) => (err as { code?: unknown })?.code;

/** The one error boundary: whatever fails, the user gets a short ephemeral German message and the bot goes on. */
export async function handleInteraction(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await autocomplete(interaction, ctx);
    else if ((interaction.isChatInputCommand() || interaction.isButton()) && !ctx.limiter.take(interaction.user.id)) {
      ctx.log.info('Anfrage über dem Limit', { interactionId: interaction.id });
      await interaction.reply({ content: RATE_LIMIT_MESSAGE, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    } else if (interaction.isChatInputCommand()) await command(interaction, ctx);
    else if (interaction.isButton()) await button(interaction, ctx);
  } catch (err) {
    // Too late or twice: Discord will not take an answer (or an apology) for this interaction any more.
    if (codeOf(err) === UNKNOWN_INTERACTION || codeOf(err) === ALREADY_ACKNOWLEDGED) {
      ctx.log.warn('Interaktion nicht mehr beantwortbar', { interactionId: interaction.id, code: codeOf(err) });
      return;
    }
    ctx.log.error('Interaktion fehlgeschlagen', { interactionId: interaction.id, error: err });
    await apologise(interaction, ctx);
  }
}

async function apologise(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  const payload = { content: ERROR_MESSAGE, flags: MessageFlags.Ephemeral as const, allowedMentions: { parse: [] as [] } };
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
    else await interaction.reply(payload);
  } catch (err) {
    ctx.log.warn('Fehlermeldung konnte nicht gesendet werden', { interactionId: interaction.id, error: err });
  }
}

function readInput(interaction: ChatInputCommandInteraction, def: CommandDef): CommandInput {
  const input: CommandInput = {};
  for (const o of def.options) {
    const value = o.type === 'string' ? interaction.options.getString(o.name)
      : o.type === 'integer' ? interaction.options.getInteger(o.name)
      : o.type === 'attachment' ? interaction.options.getAttachment(o.name)?.url ?? null
      : interaction.options.getBoolean(o.name);
    if (value !== null) input[o.name] = value;
  }
  return input;
}

async function command(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void> {
  const def = ctx.commands.get(interaction.commandName);
  if (!def) {
    await interaction.reply({ content: `Den Befehl /${interaction.commandName} kenne ich nicht (mehr).`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const input = readInput(interaction, def);
  const ephemeral = input.private === true;
  let engine = ctx.engines.current;
  if (!engine) {
    // The index is still loading: acknowledge now, answer when it is there – or say so before the token expires.
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([ctx.engines.ready(), new Promise<null>(r => (timer = setTimeout(() => r(null), ctx.deferredWaitMs ?? DEFERRED_WAIT_MS)))]);
    clearTimeout(timer);
    if (!waited) {
      await interaction.editReply({ content: STILL_LOADING_MESSAGE, allowedMentions: { parse: [] } });
      return;
    }
    engine = waited;
  }
  const result = def.run(engine, input, ctx.context);
  // A command that works on files or the network answers later: acknowledge now (Discord waits 3 s).
  if (result instanceof Promise && !interaction.deferred) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await result;
  const page = pageMessage(reply, 0, ephemeral || reply.userError === true, ctx, undefined, interaction.user.id);
  // The picture is an extra: when it cannot be drawn, the answer goes without it.
  const png = reply.chart ? await pngChart(reply.chart).catch(err => {
    ctx.log.warn('Diagramm nicht gezeichnet', { interactionId: interaction.id, error: err });
    return null;
  }) : null;
  const message = png ? withChart(page, png) : page;
  ctx.log.info('Befehl beantwortet', { interactionId: interaction.id, command: def.name, cards: reply.cards.length });
  const send = async (m: typeof message) => {
    if (interaction.deferred) {
      const { flags: _flags, ...edit } = m;
      await interaction.editReply(edit);
    } else {
      await interaction.reply(m);
    }
  };
  try {
    await send(message);
  } catch (err) {
    if (!MISSING_PERMISSIONS.has(codeOf(err) as number)) throw err;
    // Without "Embed Links" (or access) the answer still arrives: as plain text, cut to Discord's limit.
    ctx.log.warn('Fehlende Berechtigung, Antwort als Text', { interactionId: interaction.id, code: codeOf(err) });
    await send({ ...message, embeds: [], files: [], content: renderReply(reply, { style: PLAIN_STYLE }).slice(0, LIMITS.content) } as typeof message);
  }
}

function pageMessage(reply: Reply, page: number, ephemeral: boolean, ctx: InteractionContext, key?: string, owner: string | null = null) {
  const size = reply.pageSize ?? reply.cards.length;
  const hasMore = size > 0 && (page + 1) * size < reply.cards.length;
  const feedback = reply.feedback !== undefined && reply.cards.length > 0;
  const cacheKey = key ?? (hasMore || feedback ? ctx.pages.put(reply, ephemeral, owner) : null);
  return toMessage(reply, page, { key: cacheKey, nextPage: hasMore ? page + 1 : null, feedback }, ephemeral);
}

async function button(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const [kind, a, b] = interaction.customId.split(':');
  if (kind === 'more') {
    const entry = ctx.pages.get(a ?? '');
    if (!entry) {
      await interaction.reply({ content: EXPIRED_MESSAGE, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    if (entry.owner && entry.owner !== interaction.user.id) {
      await interaction.reply({ content: NOT_YOURS_MESSAGE, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    const { flags: _flags, ...message } = pageMessage(entry.reply, Number(b), entry.ephemeral, ctx, a);
    await interaction.update(message);
    return;
  }
  if (kind === 'vote') {
    const entry = ctx.pages.get(b ?? '');
    if (!entry) {
      await interaction.reply({ content: VOTE_EXPIRED_MESSAGE, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    ctx.log.info('Rückmeldung', {
      event: 'feedback',
      vote: a === 'up' ? 'up' : 'down',
      question: entry.reply.feedback?.question ?? null,
      articleIds: entry.reply.feedback?.articleIds ?? [],
      user: createHash('sha256').update(interaction.user.id).digest('hex').slice(0, 16),
    });
    await interaction.reply({ content: 'Danke für die Rückmeldung!', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  await interaction.reply({ content: 'Dieser Knopf gehört zu einer älteren Version von Amtsbote.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

/** Places the corpus knows: prefix matches first, then by number of articles; case- and umlaut-insensitive. */
export function placeChoices(engine: Engine, typed: string): { name: string; value: string }[] {
  const key = foldKey(typed);
  const prefix = engine.placesStartingWith(typed);
  const first = new Set(prefix);
  const inside = key ? engine.places().filter(p => !first.has(p) && foldKey(p.name).includes(key)) : [];
  return [...prefix, ...inside].slice(0, LIMITS.choices).map(p => {
    const name = p.articles ? `${p.name} (${p.articles} Artikel)` : `${p.name} (erwähnt)`;
    return { name: name.slice(0, LIMITS.choiceValue), value: p.name.slice(0, LIMITS.choiceValue) };
  });
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void> {
  const engine = ctx.engines.current;
  const focused = interaction.options.getFocused(true);
  const def = ctx.commands.get(interaction.commandName);
  const option = def?.options.find(o => o.name === focused.name);
  if (!engine || option?.autocomplete !== 'place') {
    await interaction.respond([]);
    return;
  }
  await interaction.respond(placeChoices(engine, String(focused.value)));
}
