import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../../src/core/ingest/dehyphenate.js';

describe('joining hard-wrapped lines', () => {
  it('drops the hyphen of a word split at the line end', () => {
    expect(joinWrappedLines(['für die Verwal-', 'tung ein.'])).toBe('für die Verwaltung ein.');
  });

  it('keeps the hyphen before a capital: compounds stay compounds', () => {
    expect(joinWrappedLines(['der städtischen IT-', 'Landschaft notwendig.'])).toBe('der städtischen IT-Landschaft notwendig.');
    expect(joinWrappedLines(['während der Corona-', 'Pandemie verstärkte'])).toBe('während der Corona-Pandemie verstärkte');
  });

  it('keeps the hyphen after an acronym and the space of a suspended compound', () => {
    expect(joinWrappedLines(['den größten BSI-', 'zertifizierten Unternehmen'])).toBe('den größten BSI-zertifizierten Unternehmen');
    expect(joinWrappedLines(['Amt für Informations-', 'und Kommunikationstechnik'])).toBe('Amt für Informations- und Kommunikationstechnik');
  });

  it('joins ordinary lines with one space and ignores trailing blanks', () => {
    expect(joinWrappedLines(['Die Stadt erweitert  ', '  ihre IT. '])).toBe('Die Stadt erweitert ihre IT.');
  });
});
