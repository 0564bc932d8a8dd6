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

describe('a town the question asks about, in an article datelined there', () => {
  // The dateline says where the news was written; the first figure is the whole country's, the town's stands later.
  const BERN = 'Die Schweiz wächst weiter\n\n[3.4.2023] Neue Zahlen des Bundesamts.\n\nBern – Ende 2022 lebten 8,8 Millionen Menschen in der Schweiz. '
    + 'Am stärksten wuchs die Bevölkerung in den Kantonen Zug und Aargau. In Bern lebten zum selben Zeitpunkt 134.500 Menschen.\n';

  it('answers with the town\'s figure, not the country\'s from the dateline\'s sentence', () => {
    const a = textEngine({ 'bern.txt': BERN }).ask('Wie viele Menschen lebten Ende 2022 in Bern?').answers[0];
    expect(a?.answer?.text).toBe('134.500 Menschen');
  });

  it('marks the country\'s figure unsure, saying for where it holds, when the text gives none for the town', () => {
    const only = BERN.replace(' In Bern lebten zum selben Zeitpunkt 134.500 Menschen.', '');
    const a = textEngine({ 'bern.txt': only }).ask('Wie viele Menschen lebten Ende 2022 in Bern?').answers[0];
    expect(a?.answer?.text).toBe('8,8 Millionen Menschen');
    expect(a?.pick?.unsure).toBe(true);
    expect(a?.pick?.doubt).toBe('Die Zahl gilt für „Schweiz“, nicht für den gefragten Ort.');
  });
});
