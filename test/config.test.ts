import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, ingestVariable, readConfig } from '../src/config.js';
import { DEFAULT_INGEST_LIMITS } from '../src/core/ingest/limits.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-token-value-xyz';

describe('configuration', () => {
  it('uses seeds/ and terminal mode when nothing is set', () => {
    expect(readConfig({})).toEqual({ corpusDir: 'seeds', logLevel: 'info', discord: null, addAllowPrivate: false, limits: DEFAULT_INGEST_LIMITS });
    expect(readConfig({ CORPUS_DIR: '  ' }).corpusDir).toBe('seeds');
    expect(readConfig({ CORPUS_DIR: '/daten/artikel' }).corpusDir).toBe('/daten/artikel');
  });

  it('reads the Discord settings when a token is set', () => {
    expect(readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'DEBUG' }))
      .toEqual({ corpusDir: 'seeds', logLevel: 'debug', discord: { token: TOKEN, clientId: '123456789012345678', guildId: null, apiUrl: 'http://127.0.0.1:9/api' }, addAllowPrivate: false, limits: DEFAULT_INGEST_LIMITS });
  });

  it('allows private addresses for /add only when ADD_ALLOW_PRIVATE_ADDRESSES says so', () => {
    expect(readConfig({ ADD_ALLOW_PRIVATE_ADDRESSES: 'true' }).addAllowPrivate).toBe(true);
    expect(readConfig({ ADD_ALLOW_PRIVATE_ADDRESSES: 'nein' }).addAllowPrivate).toBe(false);
    expect(() => readConfig({ ADD_ALLOW_PRIVATE_ADDRESSES: 'vielleicht' })).toThrow('ADD_ALLOW_PRIVATE_ADDRESSES muss true oder false sein.');
  });

  it('reads the ingest limits from INGEST_… variables and refuses anything but a positive whole number', () => {
    expect(readConfig({ INGEST_FILE_SECONDS: '5', INGEST_HTML_ELEMENTS: '20_000' }).limits)
      .toEqual({ ...DEFAULT_INGEST_LIMITS, fileSeconds: 5, htmlElements: 20_000 });
    expect(() => readConfig({ INGEST_MEMORY_MB: '0' })).toThrow('INGEST_MEMORY_MB muss eine ganze Zahl größer als 0 sein (Standard 1024).');
    expect(() => readConfig({ INGEST_PDF_PAGES: 'viele' })).toThrow('INGEST_PDF_PAGES muss eine ganze Zahl größer als 0 sein (Standard 2000).');
  });

  it('documents every limit with its default in .env.example, and names it in the README', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [key, value] of Object.entries(DEFAULT_INGEST_LIMITS)) {
      const name = ingestVariable(key as keyof typeof DEFAULT_INGEST_LIMITS);
      expect(example).toContain(`# ${name}=${value} `);
      expect(readme).toContain(name);
    }
  });

  it('lists every problem in one message, never the token', () => {
    let error: unknown;
    try {
      readConfig({ DISCORD_TOKEN: `${TOKEN} x`, DISCORD_CLIENT_ID: 'abc', DISCORD_GUILD_ID: '12', LOG_LEVEL: 'laut', DISCORD_API_URL: 'ftp://x' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.problems).toHaveLength(5);
    expect(e.message).toContain('LOG_LEVEL muss einer von debug, info, warn, error sein.');
    expect(e.message).toContain('DISCORD_CLIENT_ID');
    expect(e.message).not.toContain(TOKEN);
  });
});
