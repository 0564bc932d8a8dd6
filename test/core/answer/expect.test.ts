import { describe, expect, it } from 'vitest';
import { dateWeight, expectation, namesSomething } from '../../../src/core/answer/expect.js';

const none = () => false;

describe('what an answer looks like', () => {
  it('sees a time in a full date, a month, a year, a decade or a century', () => {
    expect(dateWeight('Am 3. Mai 2021 eröffnete die Mensa.')).toBe(2);
    expect(dateWeight('Die Schule wurde 1968 gebaut.')).toBe(1);
    expect(dateWeight('In den 90er Jahren kam das Netz.')).toBe(1);
    expect(dateWeight('Das Rathaus stammt aus dem 18. Jahrhundert.')).toBe(1);
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
});
