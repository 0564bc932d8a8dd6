import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpusFolder } from '../../src/io/corpus-folder.js';
import { TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';

const temp = new TempDirs();

let dir: string;
let outside: string;

beforeAll(async () => {
  dir = await temp.withSeeds('corpus');
  outside = await temp.empty('outside');
  await writeFile(path.join(dir, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(dir, 'leer.txt'), '');
  await writeFile(path.join(dir, 'nul.txt'), Buffer.from('Text\0mit NUL'));
  await writeFile(path.join(dir, 'binaer.txt'), Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 31) + 1)));
  await writeFile(path.join(dir, 'latin1.txt'), Buffer.concat([
    Buffer.from(' Halle setzt auf offene Daten \n \nDie Stadt Halle (Saale) ver', 'latin1'),
    Buffer.from('öffentlicht 120 Datensätze. Der Stadtrat hat das Portal im Mai beschlossen. \n', 'latin1'),
  ]));
  await mkdir(path.join(dir, 'archiv'));
  await writeFile(path.join(outside, 'geheim.txt'), 'Geheim:\nNicht lesen\n\n\n[1.1.2020] Das darf nicht in den Korpus.\n');
  await symlink(path.join(outside, 'geheim.txt'), path.join(dir, 'link.txt'));
});

afterAll(() => temp.removeAll());

describe('loading a corpus folder', () => {
  it('reads every readable .txt file and reports every other entry with its reason', async () => {
    const corpus = await loadCorpusFolder(dir, { today: TEST_TODAY });
    expect(corpus.articles).toHaveLength(5);
    expect(Object.fromEntries(corpus.skipped.map(s => [s.source, s.reason]))).toEqual({
      'archiv': 'Unterordner werden nicht gelesen',
      'bild.png': 'kein unterstütztes Format (.txt, .html, .htm, .pdf)',
      'binaer.txt': 'Binärdatei (viele Steuerzeichen)',
      'leer.txt': 'leere Datei',
      'link.txt': 'symbolischer Link auf eine Datei außerhalb des Korpusordners',
      'nul.txt': 'enthält NUL-Bytes (Binärdatei?)',
    });
    expect(corpus.warnings).toEqual([{ source: 'latin1.txt', message: 'kein gültiges UTF-8, als Windows-1252 gelesen' }]);
    const halle = corpus.articles.find(a => a.source === 'latin1.txt')!;
    expect(halle.city).toBe('Halle (Saale)');
    expect(halle.paragraphs[0]!.text).toContain('veröffentlicht 120 Datensätze');
    expect(corpus.articles.some(a => a.title.includes('Nicht lesen'))).toBe(false);
  });

  it('says in German when the folder does not exist', async () => {
    await expect(loadCorpusFolder(path.join(dir, 'gibt-es-nicht'))).rejects.toThrow(/Korpusordner .* wurde nicht gefunden/);
  });
});
