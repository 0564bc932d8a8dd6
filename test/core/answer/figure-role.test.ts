import { describe, expect, it } from 'vitest';
import { figureRoles } from '../../../src/core/answer/figure-role.js';
import { extractFigures } from '../../../src/core/figures/extract.js';
import { splitSentences } from '../../../src/core/text/sentences.js';

/** Each figure of a text (as written) with its role. */
function roles(text: string) {
  const figures = extractFigures(text);
  const read = figureRoles(text, splitSentences(text), figures);
  return Object.fromEntries(figures.map((f, i) => [f.text, { ...read[i]!, times: read[i]!.times.map(t => t.text) }]));
}

describe('the role of a figure in its sentence', () => {
  it('tells the change from the value before and after it', () => {
    const r = roles('Die Zahl der Lehrkräfte hat sich 2024 um 12 Personen auf 318 erhöht.');
    expect(r['12 Personen']).toMatchObject({ change: 'delta' });
    expect(r['318']).toMatchObject({ change: 'new', thing: 'Lehrkräfte', inherited: true });
    expect(roles('Der Beitrag soll von 2,8 auf 2,1 Prozent sinken.')['2,8']).toMatchObject({ change: 'old', thing: 'Prozent', kind: 'percent' });
    expect(roles('Die Stadt hat nun nur mehr 14 Stimmen Vorsprung vor der Gemeinde.')['14 Stimmen']).toMatchObject({ change: 'delta' });
    expect(roles('Die Partei liegt 30 Stimmen hinter der Liste.')['30 Stimmen']).toMatchObject({ change: 'delta' });
    expect(roles('Ein Plus von 3,5 Prozent meldete das Amt.')['3,5 Prozent']).toMatchObject({ change: 'delta' });
  });

  it('tells a former value from the present one', () => {
    const r = roles('Statt der zuvor rund 60 Plätze mit Fernzugriff sind derzeit rund 410 eingerichtet.');
    expect(r['rund 60 Plätze']).toMatchObject({ tense: 'past' });
    expect(r['rund 410']).toMatchObject({ tense: 'present' });
    expect(roles('Im Mai waren es noch 75 Anträge.')['75 Anträge']).toMatchObject({ tense: 'past' });
    expect(roles('Noch 75 Anträge sind offen.')['75 Anträge']).toMatchObject({ tense: null });
    expect(roles('Überreste von fünf ehemals städtischen Bädern')['fünf ehemals städtischen Bädern']).toMatchObject({ tense: 'past' });
  });

  it('sees a plan in its own clause, not in the next clause after und', () => {
    const r = roles('Derzeit gibt es 220 Ladepunkte; bis 2028 sollen weitere 90 hinzukommen.');
    expect(r['220 Ladepunkte']).toMatchObject({ planned: false });
    expect(r['90']).toMatchObject({ planned: true, change: 'delta', thing: 'Ladepunkte' });
    expect(roles('Die Zahl der Stellen ist 2024 auf 84 gesunken und soll weiter sinken.')['84']).toMatchObject({ planned: false });
    expect(roles('Für die Schule sind 1,2 Millionen Euro vorgesehen, für das Bad 600.000 Euro.')['600.000 Euro']).toMatchObject({ planned: true });
  });

  it('tells a whole from its part', () => {
    const r = roles('Die Verwaltung hat 420 Mitarbeiter, davon arbeiten 64 im Bürgeramt.');
    expect(r['420 Mitarbeiter']).toMatchObject({ whole: null });
    expect(r['64']).toMatchObject({ whole: 'part', thing: 'Mitarbeiter' });
    const total = roles('Das sind 64 von insgesamt 420 Stellen.');
    expect(total['64']).toMatchObject({ whole: 'part', thing: 'Stellen', inherited: true });
    expect(total['insgesamt 420 Stellen']).toMatchObject({ whole: 'total' });
    const of = roles('Von den rund 2.400 Schülern nutzen derzeit etwa 1.700 Tablets.');
    expect(of['rund 2.400 Schülern']).toMatchObject({ whole: 'total' });
    expect(of['etwa 1.700 Tablets']).toMatchObject({ whole: 'part' });
    expect(roles('Insgesamt 90 Anträge gingen ein.')['Insgesamt 90 Anträge']).toMatchObject({ whole: 'total' });
  });

  it('lets numbers in brackets after names count what the figure before counts, but not numbers after a verb', () => {
    const listed = roles('Von den 56 neuen Stellen entfallen auf Vechta (21) und Lohne (12) die meisten.');
    expect(listed['21']).toMatchObject({ thing: 'Stellen', inherited: true });
    const verb = roles('Die Kreisstadt meldete 14 neue Kitas, während Damme bei den Anmeldungen vorne lag (389).');
    expect(verb['389']).toMatchObject({ thing: null });
  });

  it('finds the noun a clause leaves out (es, davon) in the figure before, but not for es gibt', () => {
    const r = roles('Im Juni wurden 410 Anträge gestellt. Ein Monat zuvor waren es noch 380.');
    expect(r['380']).toMatchObject({ thing: 'Anträge', inherited: true, tense: 'past' });
    expect(roles('Die Kreise melden 1,4 Millionen Euro Schulden, 300.000 davon in Meppen.')['300.000']).toMatchObject({ kind: 'money' });
    const gibt = roles('Die Stadt zahlt 40 Euro im Monat. Plätze wird es dann 1.200 geben.');
    expect(gibt['1.200']).toMatchObject({ thing: null, kind: 'count' });
  });

  it('reads the clause, with decimal commas inside it and relative clauses reaching back', () => {
    const text = 'Die Stadt wächst um etwa 2,5 Prozent auf 9.800 Einwohner.';
    expect(roles(text)['9.800 Einwohner']!.clause).toEqual([0, text.length]);
    const rel = 'Der Zuwachs entfiel auf den Ortsteil Kernstadt, in der nun 12.400 Menschen leben.';
    expect(rel.slice(...roles(rel)['12.400 Menschen']!.clause)).toBe(rel);
  });

  it('gives each figure the time it holds for: one time for a whole clause, of several the closest', () => {
    const one = roles('Die Zahl der Server hat sich 2023 um 12 auf 140 erhöht.');
    expect(one['140']!.times).toEqual(['2023']);
    expect(one['12']!.times).toEqual(['2023']);
    const two = roles('Die Kosten sind von 440.000 Euro im Jahr 2022 im Vorjahr auf 610.000 Euro gestiegen.');
    expect(two['440.000 Euro']!.times).toEqual(['im Jahr 2022']);
    expect(two['610.000 Euro']!.times).toEqual([]);
    const list = roles('2021 lag der Anteil bei 18 Prozent, 2022 bei 29 Prozent. Ein Quartal zuvor waren es 35 Prozent.');
    expect(list['18 Prozent']!.times).toEqual(['2021']);
    expect(list['29 Prozent']!.times).toEqual(['2022']);
  });
});
