// Paths of the seed corpus and the fixture articles, for tests.
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
/** Pages written here in the structures of real municipal news pages (other towns, districts, figures). */
export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
/** HTML pages and PDFs written here (PDFs by scripts/make-format-fixtures.ts). */
export const FORMATS_DIR = fileURLToPath(new URL('../fixtures/formats', import.meta.url));
export const RULES_DIR = fileURLToPath(new URL('../fixtures/rules', import.meta.url));
/** The reference date the tests parse with, so that weekday inference does not depend on the test day. */
export const TEST_TODAY = { year: 2026, month: 11, day: 23 };
/** Articles written here to check the figure choice rules (other towns and figures than any evaluation set). */
export const FIGURES_DIR = fileURLToPath(new URL('../fixtures/figures', import.meta.url));
