// Folds German spelling variants to one key: case, ß/ss, umlauts and their ae/oe/ue spellings.

/**
 * Lowercase, NFC, `ß` → `ss`, `ä/ö/ü` → `ae/oe/ue`, so that `Osnabrück`, `osnabrueck` and
 * `OSNABRÜCK` share one key. `ue` after `q` (`Quelle`) is left as it is by construction.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/\s+/g, ' ')
    .trim();
}
