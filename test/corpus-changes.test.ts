// The notice after a rebuild names the files that came, changed, went or were newly skipped (with the reason).
import { describe, expect, it } from 'vitest';
import { corpusChanges } from '../src/corpus-changes.js';
import { textEngine } from './helpers/engines.js';

const article = (title: string, text: string) => `${title}\n\n[1.2.2024] Meldung.\n\n${text}\n`;
const A = article('Kiel stellt Bürgerbüro um', 'Das Bürgerbüro in Kiel vergibt seit Montag alle Termine online, rund 300 am Tag.');
const B = article('Ulm baut Glasfaser aus', 'Ulm schließt bis Ende des Jahres alle 40 Schulen an das Glasfasernetz an.');
const C = article('Lingen kauft Tablets', 'Lingen stattet den Außendienst mit 480 Tablets aus, die 2023 geliefert werden.');

describe('corpus changes', () => {
  it('name the files added, changed and removed, and a file newly skipped with its reason', () => {
    const before = textEngine({ 'a.txt': A, 'b.txt': B });
    const after = textEngine({ 'a.txt': A.replace('rund 300', 'rund 350'), 'c.txt': C, 'leer.txt': '' });
    expect(corpusChanges(before, after)).toEqual([
      'Neu: c.txt', 'Geändert: a.txt', 'Entfernt: b.txt', expect.stringMatching(/^Übersprungen: leer\.txt – \S/),
    ]);
  });

  it('say nothing when nothing changed', () => {
    expect(corpusChanges(textEngine({ 'a.txt': A }), textEngine({ 'a.txt': A }))).toEqual([]);
  });
});
