import { beforeAll, describe, expect, it } from 'vitest';
import { compileQuery, concepts, type Lexicon } from '../../../src/core/search/query.js';
import { QUESTION_WORDS } from '../../../src/core/search/stopwords.js';
import type { Engine } from '../../../src/core/engine.js';
import { textEngine } from '../../helpers/engines.js';
import { lexiconOf } from '../../../src/core/answer/engine-data.js';

let engine: Engine;
let lexicon: Lexicon;

beforeAll(() => {
  engine = textEngine({
    'a.txt': 'Neue Geräte für die Schulen\n\nDie Stadt Lindau hat 120 Kameras für die Straßenbeleuchtungssysteme gekauft.\n\nDie Schulen bekommen Tablets.\n',
    'b.txt': 'Rechenzentrum erweitert\n\nDas Rechenzentrum des Kreises betreibt 40 Server. Die Server laufen im Keller.\n',
  });
  lexicon = lexiconOf(engine.data);
});

const find = (topic: string, word: string) => concepts(topic, lexicon).find(c => c.word === word);

describe('question words', () => {
  it('treats every pronominal question adverb as a question word, not a topic', () => {
    for (const w of ['wofür', 'worüber', 'woran', 'wovon', 'worauf', 'wodurch', 'womit', 'wozu', 'worin']) expect(QUESTION_WORDS.has(w)).toBe(true);
    expect(concepts('Worüber berichtet die Zeitung?', lexicon).map(c => c.word)).toEqual(['berichtet', 'zeitung']);
  });
});

describe('concepts', () => {
  it('finds a word through another inflected form in the corpus', () => {
    const kamera = find('Wie viele Kamera hat Lindau?', 'kamera')!;
    expect(kamera.known).toBe(true);
    expect(kamera.terms.some(t => t.weight < 1 && engine.data.index.has(t.term))).toBe(true);
  });

  it('finds the unknown last part of a hyphenated compound as the head of a compound of the corpus', () => {
    const c = find('Wer plant die LED-Beleuchtungssysteme?', 'led-beleuchtungssysteme')!;
    expect(c.known).toBe(true);
    const compound = c.terms.find(t => t.term.startsWith('strassenbeleuchtungssystem'));
    expect(compound?.weight).toBeLessThan(0.7);
  });

  it('finds an unknown word as the head of a compound of the corpus', () => {
    const c = find('Wer plant die Beleuchtungssysteme?', 'beleuchtungssysteme')!;
    expect(c.known).toBe(true);
    expect(c.terms.map(t => t.term)).toContain(engine.data.index.arrays.terms.find(t => t.startsWith('strassenbeleuchtungssystem')));
  });

  it('keeps a word the corpus does not know, with the importance of a rare word', () => {
    const c = find('Wie hoch sind die Parkgebühren?', 'parkgebühren')!;
    expect(c.known).toBe(false);
    expect(c.importance).toBeCloseTo(engine.data.index.idf(1));
  });

  it('weighs a common word less than a rare one, and lower-case words less than nouns', () => {
    const [schulen, laufen] = concepts('schulen laufen', lexicon);
    const [kameras] = concepts('kameras', lexicon);
    expect(kameras!.importance).toBeGreaterThan(schulen!.importance);
    const verb = concepts('Wo Server laufen', lexicon).find(c => c.word === 'laufen')!;
    expect(verb.emphasis).toBeLessThan(1);
    expect(laufen!.emphasis).toBe(1); // typed all lower case: no hint, every word counts fully
  });
});

describe('synonyms from the thesaurus', () => {
  it('are searched for a noun, unless much commoner than the noun itself', () => {
    const files: Record<string, string> = { 'g.txt': 'Geschäftsführung\n\nDie Geschäftsführung der Kreiswerke Aurich stellt den Bericht vor.\n' };
    // `Leitung` (a synonym of `Geschäftsführung`) in many articles, the noun in one.
    for (let i = 0; i < 30; i++) files[`l${i}.txt`] = `Meldung ${i}\n\nDie Leitung der Abteilung ${i} bleibt in Norden.\n`;
    const common = lexiconOf(textEngine(files).data);
    expect(concepts('Wer gehört zur Geschäftsführung?', common).find(c => c.word === 'geschäftsführung')!.terms.map(t => t.term)).not.toContain('leitung');
    // As rare as the noun: searched, at the thesaurus weight.
    const rare = lexiconOf(textEngine({ ...files, ...Object.fromEntries(Object.keys(files).filter(f => f.startsWith('l')).map(f => [f, 'Meldung\n\nDie Abteilung bleibt in Norden.\n'])),
      'x.txt': 'Leitung\n\nDie Leitung übernimmt Frau Harms.\n' }).data);
    const term = concepts('Wer gehört zur Geschäftsführung?', rare).find(c => c.word === 'geschäftsführung')!.terms.find(t => t.term === 'leitung');
    expect(term?.weight).toBeCloseTo(0.6);
  });
});

describe('the compiled query', () => {
  it('tells from the matched bits which concepts a document covers: by a term of its own, or by every term of a phrase', () => {
    const list = concepts('Homeoffice Server', lexicon);
    expect(list.map(c => c.word)).toEqual(['homeoffice', 'server']);
    const phrase = list[0]!.phrases[0]!;
    expect(phrase.length).toBeGreaterThan(1);
    const query = compileQuery(list);
    const own = (i: number) => query.terms.find(t => t.term === list[i]!.terms[0]!.term)!.bit;
    // The phrase's terms come right after the concepts' own bits, in order.
    const phraseBits = phrase.map((_, k) => 1 << (list.length + k));
    expect(phrase.map((term, k) => query.terms.some(t => t.term === term && t.bit === phraseBits[k]))).toEqual(phrase.map(() => true));
    expect(query.covered(0)).toBe(0);
    expect(query.covered(own(1))).toBe(0b10);
    expect(query.covered(own(0) | own(1))).toBe(0b11);
    expect(query.covered(phraseBits[0]!)).toBe(0);
    expect(query.covered(phraseBits.reduce((a, b) => a | b, 0))).toBe(0b01);
    expect(query.covered(phraseBits.reduce((a, b) => a | b, 0) | own(1))).toBe(0b11);
  });
});
