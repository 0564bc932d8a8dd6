// Reads the environment once (with .env via dotenv) and validates it; the only module that sees process.env.
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './core/ingest/limits.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface DiscordConfig {
  token: string;
  /** The application id; needed to register commands. */
  clientId: string | null;
  guildId: string | null;
  /** REST base URL such as `http://127.0.0.1:PORT/api`, for proxies and tests. */
  apiUrl: string | null;
}

export interface Config {
  corpusDir: string;
  logLevel: LogLevel;
  /** Null in terminal mode (no DISCORD_TOKEN). */
  discord: DiscordConfig | null;
  /** `/add` may fetch from loopback and private addresses (ADD_ALLOW_PRIVATE_ADDRESSES; tests, an intranet). */
  addAllowPrivate: boolean;
  /** The limits every corpus file is read within (INGEST_… variables, see ingestVariable). */
  limits: IngestLimits;
}

/** `fileSeconds` → `INGEST_FILE_SECONDS`: the environment variable of a limit. */
export function ingestVariable(limit: keyof IngestLimits): string {
  return `INGEST_${limit.replace(/[A-Z]/g, c => `_${c}`).toUpperCase()}`;
}

export const DEFAULT_CORPUS_DIR = 'seeds';

/** Everything wrong with the environment, listed at once. The token's value is never part of a message. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Die Konfiguration ist unvollständig oder falsch:\n${problems.map(p => `  - ${p}`).join('\n')}\nSiehe .env.example und README (Konfiguration).`);
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const problems: string[] = [];
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : null;
  };

  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`LOG_LEVEL muss einer von ${LOG_LEVELS.join(', ')} sein.`);

  const token = get('DISCORD_TOKEN');
  const clientId = get('DISCORD_CLIENT_ID');
  const guildId = get('DISCORD_GUILD_ID');
  const apiUrl = get('DISCORD_API_URL');
  if (token && /\s/.test(token)) problems.push('DISCORD_TOKEN enthält Leerzeichen; bitte nur das Token eintragen.');
  if (clientId && !SNOWFLAKE.test(clientId)) problems.push('DISCORD_CLIENT_ID muss die Anwendungs-ID sein (17–20 Ziffern).');
  if (guildId && !SNOWFLAKE.test(guildId)) problems.push('DISCORD_GUILD_ID muss eine Server-ID sein (17–20 Ziffern).');
  if (apiUrl && !/^https?:\/\/[^\s/]+/.test(apiUrl)) problems.push('DISCORD_API_URL muss eine http(s)-Adresse sein, z. B. http://127.0.0.1:3000/api.');
  const allowPrivate = (get('ADD_ALLOW_PRIVATE_ADDRESSES') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'ja', 'nein'].includes(allowPrivate)) problems.push('ADD_ALLOW_PRIVATE_ADDRESSES muss true oder false sein.');
  const limits = { ...DEFAULT_INGEST_LIMITS };
  for (const key of Object.keys(DEFAULT_INGEST_LIMITS) as (keyof IngestLimits)[]) {
    const raw = get(ingestVariable(key));
    if (raw === null) continue;
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(value) || value <= 0) problems.push(`${ingestVariable(key)} muss eine ganze Zahl größer als 0 sein (Standard ${DEFAULT_INGEST_LIMITS[key]}).`);
    else limits[key] = value;
  }
  if (problems.length) throw new ConfigError(problems);

  return {
    corpusDir: get('CORPUS_DIR') ?? DEFAULT_CORPUS_DIR,
    logLevel: logLevel as LogLevel,
    discord: token ? { token, clientId, guildId, apiUrl } : null,
    addAllowPrivate: ['true', '1', 'ja'].includes(allowPrivate),
    limits,
  };
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
