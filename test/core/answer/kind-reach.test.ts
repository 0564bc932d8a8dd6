import { describe, expect, it } from 'vitest';
import { kindReach } from '../../../src/core/answer/choose.js';
import { extractFigures } from '../../../src/core/figures/extract.js';

/** What the figures of a text can answer for a question type, before any is chosen. */
const reach = (text: string, type: Parameters<typeof kindReach>[1], duration = false) => kindReach(extractFigures(text), type, duration);

describe('how far a paragraph\'s figures can fit the asked kind', () => {
  it('finds a figure of the asked kind', () => {
    expect(reach('Die Stadt Vechta zahlt 48.000 Euro für neue Rechner.', 'money')).toBe('same');
    expect(reach('In Meppen arbeiten 37 Prozent der Beschäftigten von zu Hause.', 'percent')).toBe('same');
  });

  it('knows figures that may only stand for the kind: a bare number, a share for a percentage', () => {
    expect(reach('Der Kreis hat 2.400 Tablets bestellt, die Kosten liegen bei 1,2 Millionen.', 'money')).toBe('other');
    expect(reach('Fast die Hälfte der Schulen in Aurich hat WLAN.', 'percent')).toBe('other');
  });

  it('takes a bare number for money only when it is written as a large amount', () => {
    expect(reach('Der Landkreis Diepholz meldet für das Projekt inzwischen 412.', 'money')).toBeNull();
    expect(reach('Der Landkreis Diepholz meldet für das Projekt inzwischen 3,4 Millionen.', 'money')).toBe('other');
  });

  it('says when no figure may answer, so that none will be chosen', () => {
    expect(reach('Die Stadt Vechta zahlt 48.000 Euro für neue Rechner.', 'percent')).toBeNull();
    expect(reach('Der Rat hat das Konzept ohne Gegenstimme beschlossen.', 'count')).toBeNull();
  });

  it('lets any figure answer a question for a duration', () => {
    expect(reach('Die Umstellung dauerte 14 Monate.', 'count', true)).toBe('same');
  });
});
