// A place the question asks about, which the text names as the scope of another figure (`in Österreich stieg der
// Umsatz um 8 Prozent`), must stand with the answering figure: a total of all countries is not the country's figure.
import { describe, expect, it } from 'vitest';
import { textEngine } from '../../helpers/engines.js';

const TEXT = 'Komuna wächst\n\n[4.8.2024] Der Softwareanbieter legt seine Zahlen zum Halbjahr vor.\n\nDer Anbieter von Verwaltungssoftware Komuna hat im ersten Halbjahr 140 neue Kunden gewonnen, '
  + 'insgesamt sind es nun 2.300 Kommunen. In Österreich stieg der Umsatz um 8 Prozent. Komuna ist in vier Ländern tätig und '
  + 'übernahm im Frühjahr auch die Firma Komuna Österreich.\n';

describe('a country the question asks about', () => {
  it('marks a figure whose sentence does not name it as unsure, where the text names it as another figure\'s scope', () => {
    const a = textEngine({ 'komuna.txt': TEXT }).ask('Wie viele Kunden hat Komuna in Österreich?').answers[0];
    expect(a?.answer).not.toBeNull();
    expect(a?.pick?.unsure).toBe(true);
    expect(a?.pick?.doubt).toContain('Österreich');
  });

  it('leaves the figure sure where the text names the country only as what it is about', () => {
    const about = TEXT.replace('In Österreich stieg der Umsatz um 8 Prozent. ', 'Komuna arbeitet nur in Österreich. ');
    const a = textEngine({ 'komuna.txt': about }).ask('Wie viele Kunden hat Komuna in Österreich?').answers[0];
    expect(a?.answer).not.toBeNull();
    expect(a?.pick?.doubt ?? '').not.toContain('Österreich');
  });
});
