// The measuring scripts meet bad input with a short German message and exit code 1, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TSX } from '../helpers/bot-process.js';

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', TSX, path.resolve('scripts', script), ...args], { encoding: 'utf8' });
  return { code: r.status, err: r.stderr };
}

describe('bad input to the measuring scripts', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'amtsbote-scripts-'));

  it('eval:figures names an unknown option, a missing file and a file that is no question set', () => {
    const option = run('eval-figures.ts', '--schnell');
    expect(option.code).toBe(1);
    expect(option.err).toContain('Unbekannte Option „--schnell“');
    const missing = run('eval-figures.ts', path.join(dir, 'fehlt.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Datei nicht gefunden');
    const broken = path.join(dir, 'kaputt.json');
    writeFileSync(broken, '{kaputt');
    const garbled = run('eval-figures.ts', broken);
    expect(garbled.code).toBe(1);
    expect(garbled.err).toContain('kein gültiges JSON');
    expect(garbled.err).not.toMatch(/\bat\s+\S+\s+\(/);
  });

  it('eval and eval:external name an unknown option and how to call them', () => {
    for (const [script, call] of [['eval.ts', 'npm run eval'], ['eval-external.ts', 'npm run eval:external']] as const) {
      const r = run(script, '--schnell');
      expect(r.code).toBe(1);
      expect(r.err).toContain('Unbekannte Option „--schnell“');
      expect(r.err).toContain(call);
    }
  });

  it('build:thesaurus names the missing source and how to get it', () => {
    const r = run('build-thesaurus.ts', path.join(dir, 'openthesaurus.txt'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Thesaurus-Quelle nicht gefunden');
    expect(r.err).toContain('openthesaurus-de-text');
  });
});
