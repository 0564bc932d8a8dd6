import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

describe('configuration', () => {
  it('uses seeds/ as the corpus unless CORPUS_DIR says otherwise', () => {
    expect(readConfig({}).corpusDir).toBe('seeds');
    expect(readConfig({ CORPUS_DIR: '  ' }).corpusDir).toBe('seeds');
    expect(readConfig({ CORPUS_DIR: '/daten/artikel' }).corpusDir).toBe('/daten/artikel');
  });
});
