// A corpus folder that mixes the seeds with every kind of bad or odd file.
import { mkdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusOf, readCorpusFolder } from '../../src/io/corpus-folder.js';
import { buildEngine } from '../../src/io/build-engine.js';
import type { Engine } from '../../src/core/engine.js';
import { SEEDS_DIR, TEST_TODAY } from '../helpers/paths.js';
import { TempDirs } from '../helpers/temp-dirs.js';

const temp = new TempDirs();

let dir: string;
let outside: string;
let engine: Engine;
let skipped: Record<string, string>;

const SECRET = 'Dieser Text liegt außerhalb des Korpus';

beforeAll(async () => {
  dir = await temp.withSeeds('dirty');
  outside = await temp.empty('outside');
  const seed = await readFile(path.join(SEEDS_DIR, '004_e4b273451464e0b6.txt'), 'utf8');
  await writeFile(path.join(dir, 'binaer.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 31 + 1)));
  await writeFile(path.join(dir, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await writeFile(path.join(dir, 'nul.txt'), Buffer.from('Kiel:\nTitel\n\n[1.1.2020] Text\u0000mit NUL'));
  await writeFile(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Würzburg:\nStadt öffnet Datenportal\n\n\n[4.5.2021] Die Stadt Würzburg veröffentlicht 120 Datensätze ', 'latin1'),
    Buffer.from([0x96]), Buffer.from(' mehr als erwartet.\n', 'latin1')]));
  await writeFile(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]),
    Buffer.from('Rostock:\nHansestadt setzt auf Glasfaser\n\n\n[2.3.2022] Rostock schließt 42 Schulen an das Glasfasernetz an.\n', 'utf16le')]));
  await writeFile(path.join(dir, 'leer.txt'), '');
  await writeFile(path.join(dir, 'nur-leerraum.txt'), ' \n\t\n   \r\n');
  await writeFile(path.join(dir, 'crlf.txt'), 'Dortmund:\r\nNeues Rechenzentrum geht ans Netz\r\n\r\n\r\n[7.7.2023] Dortmund nimmt ein Rechenzentrum mit 300 Servern in Betrieb.\r\n\r\nDie Kosten liegen bei 12 Millionen Euro. (red)\r\n');
  // 6 MB of press-release text: a report with many distinct paragraphs (within the limits: about 38,000 of 50,000).
  const words = seed.split(/\s+/).filter(w => /^\p{L}{4,}$/u.test(w));
  const big = [' Jahresbericht der Stadt Bielefeld zur Verwaltungsdigitalisierung ', ' '];
  let size = 0;
  for (let i = 0; size < 6 * 1024 * 1024; i++) {
    const pick = (k: number) => words[(i * 31 + k * 17) % words.length];
    const block = `Im Abschnitt ${i} meldet die Stadt Bielefeld ${i + 3} neue ${pick(1)} und ${pick(2)}. `
      + `Der Bericht nennt ${pick(3)}, ${pick(4)} und ${pick(5)} als Schwerpunkte für ${pick(6)}. \n \n`;
    big.push(block);
    size += Buffer.byteLength(block);
  }
  await writeFile(path.join(dir, 'gross.txt'), big.join('\n'));
  await writeFile(path.join(dir, 'eine-zeile.txt'), `Die Stadt Bonn meldet 77 neue Fachverfahren. ${'Die Verwaltung arbeitet digital weiter. '.repeat(26_000)}`);
  await mkdir(path.join(dir, 'archiv'));
  await writeFile(path.join(dir, 'archiv', 'alt.txt'), 'Kiel:\nAlt\n\n\n[1.1.2010] Alt.\n');
  await writeFile(path.join(outside, 'geheim.txt'), `Kiel:\nGeheim\n\n\n[1.1.2020] ${SECRET}.\n`);
  await symlink(path.join(outside, 'geheim.txt'), path.join(dir, 'verweis.txt'));
  await writeFile(path.join(dir, 'zz-verschwindet.txt'), 'Kiel:\nWeg\n\n\n[1.1.2020] Gleich weg.\n');

  const folder = await readCorpusFolder(dir, {
    beforeRead: async name => {
      // Listed by the folder, gone when its turn comes to be read (files are read several at a time).
      if (name === 'zz-verschwindet.txt') await unlink(path.join(dir, 'zz-verschwindet.txt'));
    },
  });
  const corpus = await corpusOf(folder, { today: TEST_TODAY });
  skipped = Object.fromEntries(corpus.skipped.map(s => [s.source, s.reason]));
  engine = await buildEngine(corpus);
}, 120_000);

afterAll(() => temp.removeAll());

describe('a dirty corpus', () => {
  it('reports every bad file with its name and a reason', () => {
    expect(skipped).toEqual({
      'archiv': 'Unterordner werden nicht gelesen',
      'bild.png': 'kein unterstütztes Format (.txt, .html, .htm, .pdf)',
      'binaer.txt': 'Binärdatei (viele Steuerzeichen)',
      'leer.txt': 'leere Datei',
      'nul.txt': 'enthält NUL-Bytes (Binärdatei?)',
      'nur-leerraum.txt': 'enthält nur Leerraum',
      'verweis.txt': 'symbolischer Link auf eine Datei außerhalb des Korpusordners',
      'zz-verschwindet.txt': 'Datei ist während des Ladens verschwunden',
    });
  });

  it('indexes every readable article, whatever its encoding, line ends or size', () => {
    const sources = engine.articles.flatMap(a => a.sources);
    for (const f of ['latin1.txt', 'utf16.txt', 'crlf.txt', 'gross.txt', 'eine-zeile.txt']) expect(sources).toContain(f);
    expect(engine.articles).toHaveLength(9);
    expect(engine.ask('Wie viele Schulen schließt Rostock an?').answers[0]?.answer?.text).toBe('42 Schulen');
    expect(engine.ask('Wie viele Server hat das Rechenzentrum in Dortmund?').answers[0]?.answer?.text).toBe('300 Servern');
    expect(engine.ask('Wie viele Datensätze veröffentlicht Würzburg?').answers[0]?.passage).toContain('120 Datensätze – mehr als erwartet.');
    expect(engine.ask('Wie viele neue Fachverfahren meldet Bonn?').answers[0]?.answer?.text).toBe('77 neue Fachverfahren');
    expect(engine.stats().paragraphs).toBeGreaterThan(35_000);
  });

  it('reads nothing outside the corpus folder', () => {
    for (let id = 0; id < engine.data.store.count; id += 1) expect(engine.data.store.text(id)).not.toContain(SECRET);
    expect(engine.articles.some(a => a.title === 'Alt')).toBe(false);
  });
});
