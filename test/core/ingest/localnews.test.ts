import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/ingest/parse-file.js';
import { FIXTURES_DIR, TEST_TODAY } from '../../helpers/paths.js';

const page = readFileSync(path.join(FIXTURES_DIR, 'localnews_muenster.txt'), 'utf8');
const parse = (text: string) => parseFile('x.txt', text, TEST_TODAY)[0]!;

describe('dates on local-news pages', () => {
  it('reads a full date after "am" in the body when there is no weekday date', () => {
    const p = parse(page.replace('am Mittwoch, 2. Februar, an', 'am 2. Februar 2022 an'));
    expect(p).toMatchObject({ date: '2022-02-02', dateMethod: 'explicit' });
  });

  it('does not take a date after the page date for the article date, and then has none', () => {
    const p = parse(page.replace('am Mittwoch, 2. Februar, an', 'für den Start am 1. Juni 2030 an'));
    expect(p).toMatchObject({ date: null, dateMethod: null });
  });
});
