// The one shared wink-nlp instance of the process, with Amtsbote's custom entities learnt once. Created on first
// use: only building an index reads figures with it, and loading its model costs about 0.3 s that a start from
// the cache need not pay.
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';

/**
 * Literal word lists only: wink's part-of-speech patterns are English and misfire on German.
 * wink matches case-insensitively; multi-word patterns are separated by spaces (`mehr als`, `Mio .`).
 */
const CUSTOM_ENTITIES = [
  {
    name: 'qualifier',
    patterns: ['rund', 'etwa', 'circa', 'ca .', 'ca.', 'fast', 'knapp', 'mehr als', 'über', 'bis zu', 'unter',
      'weniger als', 'mindestens', 'höchstens', 'nahezu', 'annähernd', 'gut', 'insgesamt', 'maximal', 'bis',
      'mehr als insgesamt', 'ungefähr'],
  },
  {
    name: 'multiplier',
    patterns: ['million', 'millionen', 'mio .', 'mio.', 'mio', 'milliarde', 'milliarden', 'mrd .', 'mrd.', 'mrd'],
  },
  {
    name: 'currency',
    patterns: ['euro', 'eur', '€', 'dollar', 'us - dollar', 'usd', '$', 'pfund', '£', 'franken', 'chf', 'yen',
      'prozent', '%', 'prozentpunkte', 'prozentpunkten'],
  },
];

type Wink = ReturnType<typeof winkNLPType>;
let nlp: Wink | null = null;

/** The instance, created on the first call. */
export function wink(): Wink {
  if (nlp) return nlp;
  // Both packages are CommonJS; required here so that importing this module loads nothing yet.
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof winkNLPType;
  const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLPType>[0];
  // Pipeline: custom entities only. Token types (number, word, punctuation) come with the tokenizer; wink's
  // sentence splitter and named entities are English and unused (they would double the cost).
  const created = winkNLP(model, ['cer']);
  created.learnCustomEntities(CUSTOM_ENTITIES, { matchValue: false, usePOS: false, useEntity: false });
  return (nlp = created);
}
