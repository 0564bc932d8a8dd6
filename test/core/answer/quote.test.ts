// Which sentences a quote takes: the chosen one, and the one before when the chosen one refers back to it.
import { describe, expect, it } from 'vitest';
import { quoteSpan, quoteText, refersBack } from '../../../src/core/answer/quote.js';
import { splitSentences } from '../../../src/core/text/sentences.js';

describe('refersBack', () => {
  it.each([
    'Sie zog im März 2019 in das frühere Zollamt.',
    'Mit 39 Jahren ist er der älteste Bewerber.',
    'Dies wird als Sammelantrag bezeichnet.',
    'Seine Nachfolgerin beginnt im Mai.',
    'Dabei half der Kreis mit 20.000 Euro.',
    'Die meisten dieser Schulen haben Glasfaser.',
    'Die Bußgelder hierfür reichen von 20 bis 200 Euro.',
  ])('a sentence that points back to what came before: %s', s => expect(refersBack(s)).toBe(true));

  it.each([
    'Der Kreis Kleve bestellt 400 Laptops.',
    'Nachdem die Stadt zugestimmt hatte, begann sie mit dem Ausbau.',
    'Im Jahr 2021 meldete die Verwaltung 48 Prozent Online-Anträge.',
    '',
  ])('a sentence that names what it speaks of: %s', s => expect(refersBack(s)).toBe(false));
});

describe('quoteSpan and quoteText', () => {
  const paragraph = 'Die Historikerin Wiebke Harms leitet das Archiv. Sie betreut 38.000 Akten. Das Archiv öffnet montags.';
  const sentences = splitSentences(paragraph);

  it('quotes a sentence that refers back with the sentence before, exactly as the paragraph has them', () => {
    expect(quoteSpan(sentences, 1)).toEqual({ from: 0, to: 1 });
    expect(quoteText(paragraph, sentences, quoteSpan(sentences, 1))).toBe('Die Historikerin Wiebke Harms leitet das Archiv. Sie betreut 38.000 Akten.');
  });

  it('quotes a sentence that stands on its own alone, and the first sentence alone', () => {
    expect(quoteSpan(sentences, 2)).toEqual({ from: 2, to: 2 });
    expect(quoteSpan(splitSentences('Sie betreut 38.000 Akten. Mehr nicht.'), 0)).toEqual({ from: 0, to: 0 });
  });
});
