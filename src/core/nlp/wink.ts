// The one shared wink-nlp instance of the process, with Amtsbote's custom entities learnt once.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
      'prozent', '%', 'prozentpunkte'],
  },
];

// Pipeline: custom entities only. Token types (number, word, punctuation) come with the tokenizer; wink's
// sentence splitter and named entities are English and unused (they would double the cost).
const nlp = winkNLP(model, ['cer']);
nlp.learnCustomEntities(CUSTOM_ENTITIES, { matchValue: false, usePOS: false, useEntity: false });

export const winkNlp = nlp;
export const its = nlp.its;
