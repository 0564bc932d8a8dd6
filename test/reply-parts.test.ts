// The quoted sentence with its answering figure emphasised, where the figure stands in the paragraph.
import { describe, expect, it } from 'vitest';
import { sentenceSegments } from '../src/reply-parts.js';
import type { Answer } from '../src/core/answer/types.js';
import type { Figure } from '../src/core/figures/types.js';

const passage = 'Bis 2019 hatte das Amt 40 Laptops. Seit 2021 sind es 40 Laptops mehr, also 80.';
const figure = (text: string, start: number): Figure => ({ text, value: 40, unit: 'Laptops', qualifier: null, kind: 'count', start, end: start + text.length });
const answer = (sentence: string, f: Figure | null) => ({ passage, sentence, answer: f }) as Answer;

describe('sentenceSegments', () => {
  it('emphasises the answering figure at its own place, not the same text earlier in the quote', () => {
    const second = passage.lastIndexOf('40 Laptops');
    expect(sentenceSegments(answer(passage, figure('40 Laptops', second)))).toEqual([
      { text: 'Bis 2019 hatte das Amt 40 Laptops. Seit 2021 sind es ' },
      { text: '40 Laptops', emphasis: true },
      { text: ' mehr, also 80.' },
    ]);
  });

  it('emphasises the figure in a one-sentence quote, and nothing without a figure', () => {
    const sentence = 'Seit 2021 sind es 40 Laptops mehr, also 80.';
    expect(sentenceSegments(answer(sentence, figure('40 Laptops', passage.lastIndexOf('40 Laptops'))))[1]).toEqual({ text: '40 Laptops', emphasis: true });
    expect(sentenceSegments(answer(sentence, null))).toEqual([{ text: sentence }]);
  });
});
