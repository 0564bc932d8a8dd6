// Sizes of the reliability tests: a short form in npm test, the full form in npm run test:stress.
export const STRESS = process.env.AMTSBOTE_STRESS === '1';

export const SIZES = STRESS
  ? { hostileInputs: 10_000, loadInteractions: 1000, loadConcurrency: 50, cacheFuzzRuns: 1000, rebuildParagraphs: 100_000 }
  : { hostileInputs: 1000, loadInteractions: 200, loadConcurrency: 20, cacheFuzzRuns: 50, rebuildParagraphs: 10_000 };
