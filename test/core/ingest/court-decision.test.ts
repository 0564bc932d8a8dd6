// Court decisions titled and dated as they are cited, from the head of the decision (own lines, shaped as courts
// print them).
import { describe, expect, it } from 'vitest';
import { readCourtDecision } from '../../../src/core/ingest/layouts/court-decision.js';

const lines = (text: string) => text.trim().split('\n').map(l => l.trim());

describe('court decisions', () => {
  it('cite a judgment by court, kind, date and file number', () => {
    const d = readCourtDecision(lines(`
      VERWALTUNGSGERICHT FREIBURG
      Urteil vom 12. Oktober 2018
      Az.: 4 K 5521/17
      In der Verwaltungsrechtssache
      der Gemeinde Ebringen
      wegen Breitbandförderung`));
    expect(d).toMatchObject({ court: 'VG Freiburg', kind: 'Urteil', fileNumber: '4 K 5521/17', date: { year: 2018, month: 10, day: 12 } });
    expect(d!.title).toBe('VG Freiburg, Urteil vom 12. Oktober 2018, 4 K 5521/17');
  });

  it('name courts as they are cited: federal without a place, a state adjective before the abbreviation', () => {
    expect(readCourtDecision(lines('BUNDESVERWALTUNGSGERICHT\nIM NAMEN DES VOLKES\nURTEIL\nBVerwG 6 C 12.14\nIn der Verwaltungsstreitsache'))!.title)
      .toBe('BVerwG, Urteil, BVerwG 6 C 12.14');
    expect(readCourtDecision(lines('Hessischer Verwaltungsgerichtshof\nBeschluss\n8 B 1402/19\nIn dem Verwaltungsstreitverfahren'))!.court)
      .toBe('Hessischer VGH');
    expect(readCourtDecision(lines('Oberverwaltungsgericht für das Land Nordrhein-Westfalen\nBeschluss\n15 B 88/21\nIn dem Verfahren'))!.court)
      .toBe('OVG Nordrhein-Westfalen');
  });

  it('read the file number forms of German courts, and never the lower court\'s', () => {
    const number = (n: string) => readCourtDecision(lines(`Verwaltungsgericht München\nUrteil\n${n}\nIn der Verwaltungsstreitsache`))?.fileNumber;
    expect(number('M 28 K 21.5673')).toBe('M 28 K 21.5673');
    expect(number('VI ZR 12/20')).toBe('VI ZR 12/20');
    expect(number('1 BvR 123/45')).toBe('1 BvR 123/45');
    const d = readCourtDecision(lines('Oberverwaltungsgericht Berlin-Brandenburg\nBeschluss\nVorinstanz: VG Cottbus, 4 L 77/20\nOVG 3 S 12.21\nIn der Verwaltungsstreitsache'));
    expect(d!.fileNumber).toBe('OVG 3 S 12.21');
  });

  it('date it where it was pronounced or decided, never by another decision the reasons cite', () => {
    const d = readCourtDecision(lines(`
      Verwaltungsgericht Potsdam
      Beschluss
      3 L 556/14
      In dem verwaltungsgerichtlichen Verfahren
      hat die 3. Kammer am 9. Mai 2014 beschlossen:
      Gründe
      Die Antragstellerin verweist auf den Beschluss vom 2. Februar 2013.`));
    expect(d!.date).toEqual({ year: 2014, month: 5, day: 9 });
    expect(d!.title).toBe('VG Potsdam, Beschluss vom 9. Mai 2014, 3 L 556/14');
  });

  it('leave the date unknown when the decision states none, rather than take the hearing\'s', () => {
    const d = readCourtDecision(lines('Landgericht Bonn\nUrteil\n1 O 45/20\nIn dem Rechtsstreit\naufgrund der mündlichen Verhandlung vom 3. März 2021'));
    expect(d).toMatchObject({ court: 'LG Bonn', date: null, title: 'LG Bonn, Urteil, 1 O 45/20' });
  });

  it('a press release that mentions a court and a file number is no decision', () => {
    expect(readCourtDecision(lines(`
      Stadt Kleve – Pressemitteilung
      Verwaltungsgericht bestätigt Satzung zur Straßenreinigung
      Das Verwaltungsgericht Düsseldorf hat die Klage eines Anwohners abgewiesen (Az. 17 K 301/20).`))).toBeNull();
  });
});
