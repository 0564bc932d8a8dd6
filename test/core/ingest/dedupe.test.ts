import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/core/ingest/build-corpus.js';
import { TEST_TODAY } from '../../helpers/paths.js';

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });

const WEB = `Kassel:
Stadt startet digitales Bauamt


[2.6.2022] Kassel nimmt Bauanträge jetzt digital entgegen. Die Stadt erwartet kürzere Bearbeitungszeiten für Bauherren.

Die Stadt Kassel nimmt Bauanträge ab sofort digital über ein Online-Portal entgegen. Nach Angaben der Stadt werden jedes Jahr rund 1.400 Bauanträge gestellt, die bisher auf Papier eingereicht werden mussten.
Die Einführung hat rund 250.000 Euro gekostet. Das Bauamt hat dafür vier Beschäftigte geschult und zwei neue Scanner beschafft. (red)
`;

const PDF_UNDATED = ` Kassel startet digitales Bauamt 
 
Die Stadt Kassel nimmt Bauanträge ab sofort digital über ein Online-Portal entgegen. Nach Anga-
ben der Stadt werden jedes Jahr rund 1.400 Bauanträge gestellt, die bisher auf Papier einge-
reicht werden mussten. 
 
Die Einführung hat rund 250.000 Euro gekostet. Das Bauamt hat dafür vier Beschäftigte ge-
schult und zwei neue Scanner beschafft. 
 
Ansprechpartnerin im Bauamt ist Petra Schulz. Sie erklärt das Portal in einer Sprechstunde 
jeden Mittwoch. 
`;

describe('duplicate stories', () => {
  it('become one article listing both files; a paragraph only the PDF has keeps the PDF as source', () => {
    const corpus = buildCorpus([file('web.txt', WEB), file('release.txt', PDF_UNDATED)], { today: TEST_TODAY });
    expect(corpus.articles).toHaveLength(1);
    const a = corpus.articles[0]!;
    expect(a.sources).toEqual(['web.txt', 'release.txt']);
    expect(a.date).toBe('2022-06-02');
    expect(a.dateMethod).toBe('explicit');
    expect(a.paragraphs.filter(p => p.text.includes('1.400 Bauanträge'))).toHaveLength(1);
    expect(a.paragraphs.at(-1)).toMatchObject({ source: 'release.txt', text: expect.stringContaining('Petra Schulz') });
  });

  it('take the date from the duplicate when the main file has none, and say so', () => {
    const dated = ` Kassel startet digitales Bauamt \n \nKassel, 02.06.2022 – Die Stadt Kassel nimmt Bauanträge ab sofort digital über ein Online-Portal entgegen. \n`;
    const corpus = buildCorpus([file('long.txt', PDF_UNDATED), file('short.txt', dated)], { today: TEST_TODAY });
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]).toMatchObject({ source: 'long.txt', date: '2022-06-02', dateMethod: 'from-duplicate' });
  });

  it('are found by content, not by file name: different stories stay apart', () => {
    const other = WEB.replace(/Bauanträge|Bauamt|Bauherren/g, 'Wohngeld').replace('Kassel', 'Fulda').replace(/Einführung hat.*/, 'Neu ist auch die E-Akte.');
    const separate = buildCorpus([file('a.txt', WEB), file('a-copy-name.txt', other)], { today: TEST_TODAY });
    expect(separate.articles).toHaveLength(2);
  });
});
