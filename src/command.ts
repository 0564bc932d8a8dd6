// The platform-neutral command: name, German description, options as data, and run(engine, input) → Reply.
import type { Engine } from './core/engine.js';
import type { AddResult } from './io/add-to-corpus.js';
import type { FigureSeries } from './core/answer/figure-series.js';

/** `attachment`: a file sent with the command (Discord); its value is the file's address. */
export type OptionType = 'string' | 'integer' | 'boolean' | 'attachment';

export interface OptionDef {
  /** English default name, as interactions carry it. */
  name: string;
  /** German name shown to German clients. */
  nameDe: string;
  description: string;
  descriptionEn: string;
  type: OptionType;
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  /** Offer the corpus's places while the user types. */
  autocomplete?: 'place';
  /** Takes the rest of a terminal line (`/ask wie viele …`). */
  rest?: boolean;
}

export type InputValue = string | number | boolean;
export type CommandInput = Record<string, InputValue | undefined>;

/** A run of text, emphasised or not: adapters turn emphasis into **bold** or ANSI. */
export interface Segment {
  text: string;
  emphasis?: boolean;
}

export interface Card {
  title: string;
  /** A warning shown with the card: the answer is unsure. */
  caution?: string;
  url?: string | null;
  body: Segment[];
  /** The sentence that answers, its figure emphasised: text front ends show it first and the body around it. */
  quote?: Segment[];
  fields?: { name: string; value: string }[];
  footer?: string;
}

export interface Reply {
  /** A short sentence instead of, or before, the cards (no answer, errors, hints). */
  message?: string;
  cards: Card[];
  /** How many cards one page shows; the rest is reached with "Weitere Treffer". */
  pageSize?: number;
  /** For 👍/👎 on answers: the question and the ids of the cited articles, card by card. */
  feedback?: { question: string; articleIds: string[] };
  /** A user's mistake: shown only to them. */
  userError?: boolean;
  /** A figure's history across dated articles: a picture in Discord, a text chart in the terminal. */
  chart?: FigureSeries;
}

/** The corpus folder as the front end offers it: what `/add` and `/remove` change. */
export interface CorpusFiles {
  /** Adds an address (or, in the terminal, a local file); throws a UserError with the German reason. */
  add(target: string): Promise<AddResult>;
  remove(name: string): Promise<void>;
  /** How to take a file out again, in this front end's words (`/remove NAME`). */
  removeHint(name: string): string;
  /** What can be added here, in this front end's words (addresses; in the terminal, files too). */
  addHint: string;
}

/** What a front end lends a command beyond the engine. */
export interface CommandContext {
  corpus?: CorpusFiles;
  /** The commands there are, for /help. */
  commands?: CommandDef[];
  /** How this front end writes a command with its options (`/ask FRAGE [anzahl:N]`); Discord's way by default. */
  usage?: (def: CommandDef) => string;
  /** What this front end adds to /help (the terminal: its aliases and /quit). */
  helpNotes?: { name: string; value: string }[];
}

/** `/ask frage [anzahl]`: a command as Discord shows it (required options plain, others in brackets). */
export function discordUsage(def: CommandDef): string {
  const options = def.options.filter(o => o.name !== 'private').map(o => (o.required ? o.nameDe : `[${o.nameDe}]`));
  return [`/${def.name}`, ...options].join(' ');
}

/** What the options take, for /help: `anzahl: 1–5`. */
export function optionHints(def: CommandDef): string {
  return def.options.filter(o => o.name !== 'private' && o.type === 'integer' && o.min !== undefined)
    .map(o => `${o.nameDe}: ${o.min}–${o.max}`).join(', ');
}

export interface CommandDef {
  name: string;
  nameDe: string;
  description: string;
  descriptionEn: string;
  options: OptionDef[];
  /** Who may use it by default: `manage-server` registers it for members who may manage the server only. */
  permission?: 'manage-server';
  run(engine: Engine, input: CommandInput, context?: CommandContext): Reply | Promise<Reply>;
}

/** Every command takes `privat`: the reply is shown only to the asker. */
export const PRIVATE_OPTION: OptionDef = {
  name: 'private', nameDe: 'privat', type: 'boolean',
  description: 'Antwort nur für dich sichtbar', descriptionEn: 'Only you see the reply',
};

export function defineCommand(def: CommandDef): CommandDef {
  return { ...def, options: [...def.options, PRIVATE_OPTION] };
}

/** Whether a loaded module export is a usable command definition; returns what is wrong, or null. */
export function commandProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'exportiert keine Befehlsdefinition (default export fehlt)';
  const def = value as Partial<CommandDef>;
  if (typeof def.name !== 'string' || !/^[a-z][a-z0-9_-]{0,31}$/.test(def.name)) return 'hat keinen gültigen Namen (a–z, höchstens 32 Zeichen)';
  if (typeof def.description !== 'string' || def.description.length === 0 || def.description.length > 100) return 'hat keine Beschreibung (1–100 Zeichen)';
  if (typeof def.run !== 'function') return 'hat keine run-Funktion';
  if (!Array.isArray(def.options)) return 'hat keine Optionsliste';
  return null;
}
