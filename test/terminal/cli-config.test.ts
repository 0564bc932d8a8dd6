// The real CLI process with a wrong configuration: a German message and exit code 1, never a stack trace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('src/terminal/cli.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, ...args], {
  env: { PATH: process.env.PATH!, INGEST_MEMORY_MB: 'viel' }, encoding: 'utf8' });

describe('the CLI with a wrong configuration', () => {
  it('says what is wrong in German and exits 1, as text or as JSON', () => {
    const text = run('latest');
    expect(text.status).toBe(1);
    expect(text.stderr.trim()).toBe('Die Konfiguration ist unvollständig oder falsch:\n'
      + '  - INGEST_MEMORY_MB muss eine ganze Zahl größer als 0 sein (Standard 1024).\nSiehe .env.example und README (Konfiguration).');
    const json = run('latest', '--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stderr).error).toMatchObject({ code: 'eingabe', message: expect.stringContaining('INGEST_MEMORY_MB') });
  });
});
