import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

const split = (t: string) => splitSentences(t).map(s => s.text);

describe('German sentence splitting', () => {
  it('does not split after ordinal dates', () => {
    expect(split('Das hat die Stadt am Montag, 6. April, bekanntgegeben. Damit ist es offiziell.')).toEqual([
      'Das hat die Stadt am Montag, 6. April, bekanntgegeben.', 'Damit ist es offiziell.']);
    expect(split('Die Umbenennung soll zum 1. Juni 2018 erfolgen. Laut der Mitteilung ist alles bereit.')).toHaveLength(2);
    expect(split('Der 2. Bürgermeister sprach. Er lobte das Projekt.')).toHaveLength(2);
  });

  it('does not split after abbreviations', () => {
    expect(split('Es kostet ca. 3 Mio. Euro bzw. etwas mehr, z. B. für Server, u. a. in St. Ingbert bei Dr. Berg. Nr. 5 folgt.')).toEqual([
      'Es kostet ca. 3 Mio. Euro bzw. etwas mehr, z. B. für Server, u. a. in St. Ingbert bei Dr. Berg.', 'Nr. 5 folgt.']);
    expect(split('Es fehlen 2,5 Mrd. Euro im Haushalt. Das ist viel.')).toHaveLength(2);
  });

  it('keeps decimals and thousands inside their sentence', () => {
    expect(split('Es sind 11.500 Beschäftigte und 1,6 Millionen Euro. Mehr nicht.')).toEqual([
      'Es sind 11.500 Beschäftigte und 1,6 Millionen Euro.', 'Mehr nicht.']);
  });

  it('splits after a number that ends a sentence when a new sentence starts', () => {
    expect(split('Das Ziel ist bis 2025. Die Stadt plant weiter.')).toEqual(['Das Ziel ist bis 2025.', 'Die Stadt plant weiter.']);
  });

  it('does not split a dateline and handles quotes', () => {
    expect(split('Stuttgart.| Die Landeshauptstadt baut aus. Sie sagte: „Das ist gut.“ Danach ging es weiter.')).toEqual([
      'Stuttgart.| Die Landeshauptstadt baut aus.', 'Sie sagte: „Das ist gut.“', 'Danach ging es weiter.']);
  });

  it('gives each sentence its offset in the paragraph', () => {
    const text = 'Erster Satz. Zweiter Satz!';
    const [, second] = splitSentences(text);
    expect(text.slice(second!.start, second!.start + second!.text.length)).toBe('Zweiter Satz!');
  });
});
