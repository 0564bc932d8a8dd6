import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateWeight, expectation, namesSomething } from '../../../src/core/answer/expect.js';

const none = () => false;

describe('what an answer looks like', () => {
  it('sees a time in a full date, a month, a year, a decade or a century', () => {
    expect(dateWeight('Am 3. Mai 2021 eröffnete die Mensa.')).toBe(2);
    expect(dateWeight('Die Schule wurde 1968 gebaut.')).toBe(1);
    expect(dateWeight('In den 90er Jahren kam das Netz.')).toBe(1);
    expect(dateWeight('Das Rathaus stammt aus dem 18. Jahrhundert.')).toBe(1);
    expect(dateWeight('Die Kirche stammt aus dem achtzehnten Jahrhundert.')).toBe(1);
    expect(dateWeight('Die Kirche stammt aus einem anderen Jahrhundert.')).toBe(0);
    expect(dateWeight('Die Schule hat eine Mensa.')).toBe(0);
  });

  it('does not count the year the question names as the answer to a wann question', () => {
    const asked = (w: string) => w === '2021';
    expect(expectation('date', 'Im Jahr 2021 kam die Mensa.', asked)).toBeLessThan(1);
    expect(expectation('date', 'Im Jahr 2019 kam die Mensa.', asked)).toBe(1);
  });

  it('sees a name where German writes no article before a capitalised word', () => {
    expect(namesSomething('Die Leitung übernimmt Carla Winter.', none)).toBe(true);
    expect(namesSomething('Den Auftrag erhielt Ostlicht aus Kempten.', none)).toBe(true);
    expect(namesSomething('Der Server steht im Keller der Verwaltung.', none)).toBe(false);
    expect(namesSomething('Die Leitung übernimmt Carla Winter.', w => w === 'Carla' || w === 'Winter')).toBe(false);
  });

  it('expects a number for figure questions, and nothing for open ones', () => {
    expect(expectation('count', 'Es gibt zwölf Terminals.', none)).toBe(1);
    expect(expectation('count', 'Es gibt viele Terminals.', none)).toBeLessThan(1);
    expect(expectation('passage', 'Es gibt viele Terminals.', none)).toBe(1);
  });

  it('ignores only the numbers and number words the question names, wherever a sentence has them', () => {
    const twelve = (w: string) => w === '12' || w === 'zwölf';
    expect(expectation('count', 'Es gibt 12 Terminals.', twelve)).toBeLessThan(1);
    expect(expectation('count', 'Es gibt zwölf Terminals.', twelve)).toBeLessThan(1);
    expect(expectation('count', 'Nachts laufen 12 Server.', twelve)).toBeLessThan(1);
    expect(expectation('count', 'Nachts laufen 12 von 40 Servern.', twelve)).toBe(1);
    expect(expectation('count', 'Es gibt zwölf von zwanzig Terminals.', twelve)).toBe(1);
  });

  it('reads a sentence as the word-by-word definition does (numbers and number words the question names taken out)', () => {
    const numberWord = /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)\b/i;
    const reference = (sentence: string, asked: (w: string) => boolean) =>
      sentence.replace(/\d+(?:[.,]\d+)*|\p{L}+/gu, w => (/^\d/.test(w) || numberWord.test(w)) && asked(w) ? ' ' : w);
    const piece = fc.constantFrom('12', '2021', '1.500', '3,5', 'zwölf', 'Zwölf', 'acht', 'Nacht', '_drei', '3drei', 'dreißig', 'Server',
      'Mai', 'Juni', '18.', 'Jahrhundert', 'ß', 'é', ' ', ', ', '. ', '-');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.subarray(['12', '2021', '1.500', '3', '5', 'zwölf', 'acht', 'drei', 'Nacht']),
      (pieces, names) => {
        const sentence = pieces.join('');
        const asked = (w: string) => names.includes(w);
        const rest = reference(sentence, asked);
        expect(expectation('count', sentence, asked)).toBe(/\d/.test(rest) || numberWord.test(rest) ? 1 : 0.6);
        expect(expectation('date', sentence, asked)).toBe(dateWeight(rest) > 0 ? 1 : 0.4);
      }), { numRuns: 2000 });
  });
});
