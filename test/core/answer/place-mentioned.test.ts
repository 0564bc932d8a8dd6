// A place the question asks about that no article is about, but that the text names (inflected, glued to a
// product's name, in a district's name): the bot answers from the paragraphs that name it, and says so. Only a
// place no paragraph names has no articles.
import { describe, expect, it } from 'vitest';
import { textEngine } from '../../helpers/engines.js';

const KREIS = 'Rechenzentrum für die Kreisverwaltung\n\n[12.5.2023] Der Kreistag hat den Neubau beschlossen.\n\n'
  + 'Verden – Der Kreistag des Landkreises Rotenburg hat beschlossen, 4,2 Millionen Euro in ein neues Rechenzentrum '
  + 'zu investieren. Es soll 2025 in Betrieb gehen und auch die Daten von neun Gemeinden aufnehmen.\n';
const PORTAL = 'Portal für Vereine geht online\n\n[3.7.2024] Die Stadt startet ihr Bürgerportal.\n\n'
  + 'Mannheim – Das Portal Ladenburg.digital zählt seit dem Start 1.250 registrierte Nutzer. Vereine können dort Räume buchen.\n';

describe('a place no article is about, named in the text', () => {
  const engine = textEngine({ 'kreis.txt': KREIS, 'portal.txt': PORTAL });

  it('is answered from the paragraphs that name it, inflected, with a note that says so', () => {
    const r = engine.ask('Wie viel hat der Landkreis Rotenburg in das neue Rechenzentrum investiert?');
    expect(r.answers[0]?.answer?.text).toBe('4,2 Millionen Euro');
    expect(r.note).toMatch(/^Kein Artikel handelt von .*Rotenburg.*; die Antworten stammen aus Artikeln, die .*Rotenburg.* erwähnen\.$/);
  });

  it('is found glued to a name (`Ladenburg.digital`)', () => {
    const r = engine.ask('Wie viele Nutzer hat das Portal in Ladenburg?');
    expect(r.answers[0]?.answer?.text).toBe('1.250 registrierte Nutzer');
    expect(r.note).toContain('Ladenburg');
  });

  it('is no note where an article is about the place', () => {
    expect(engine.ask('Wie viel investiert Verden in das Rechenzentrum?').note).toBeUndefined();
  });

  it('a place no paragraph names has no articles', () => {
    expect(engine.ask('Wie viele Nutzer hat das Portal in Schwetzingen?')).toMatchObject({ answers: [], message: 'Zu Schwetzingen habe ich keine Artikel.' });
  });
});
