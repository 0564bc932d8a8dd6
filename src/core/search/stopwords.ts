// German words that carry no topic: dropped from retrieval (never from figure extraction, which reads raw text).

/**
 * Pronominal adverbs that ask (`wovon`, `worüber`, `woran`): `wo` before a preposition that starts with a
 * consonant, `wor` before one that starts with a vowel. German forms them for every such preposition.
 */
const PRONOMINAL_QUESTIONS = [
  ...['bei', 'durch', 'für', 'gegen', 'hinter', 'mit', 'nach', 'neben', 'von', 'vor', 'zu', 'zwischen'].map(p => `wo${p}`),
  ...['an', 'auf', 'aus', 'in', 'über', 'um', 'unter'].map(p => `wor${p}`),
];

/** Question words and phrases; `wie viele` etc. decide the question type before they are dropped. */
export const QUESTION_WORDS = new Set([
  'wie', 'viele', 'vielen', 'viel', 'wieviel', 'wieviele', 'wievielen', 'wievielte', 'wievielten', 'wievielfache',
  'wann', 'seit', 'wer', 'wen', 'wem', 'wessen', 'was', 'welch', 'welche', 'welcher', 'welches', 'welchen', 'welchem',
  'wo', 'wohin', 'woher', 'warum', 'weshalb', 'weswegen', 'wieso', 'inwiefern', 'inwieweit', ...PRONOMINAL_QUESTIONS,
  'gibt', 'gab', 'hoch', 'groß', 'lange', 'oft',
]);

/**
 * Function words. Number words (`acht`, `zwölf`) and qualifiers (`rund`, `etwa`) are deliberately absent:
 * general stopword lists contain them, but they carry meaning in questions about figures.
 */
export const STOPWORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder',
  'aber', 'doch', 'sondern', 'denn', 'als', 'wie', 'so', 'auch', 'noch', 'schon', 'nur', 'sehr', 'mehr', 'nicht',
  'kein', 'keine', 'keiner', 'keinen', 'keinem', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde',
  'wurden', 'worden', 'sein', 'seine', 'seiner', 'seinen', 'seinem', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer',
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'kann', 'können', 'konnte', 'soll', 'sollen', 'sollte', 'muss',
  'müssen', 'will', 'wollen', 'mag', 'darf', 'dürfen', 'es', 'er', 'sie', 'wir', 'ich', 'du', 'man', 'uns',
  'unser', 'unsere', 'sich', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'auf', 'aus', 'bei', 'beim', 'nach',
  'in', 'im', 'an', 'am', 'um', 'durch', 'gegen', 'ohne', 'bis', 'ab', 'vor', 'hinter', 'neben', 'zwischen',
  'unter', 'über', 'dass', 'daß', 'ob', 'wenn', 'weil', 'da', 'damit', 'dabei', 'dafür', 'dazu', 'davon',
  'darauf', 'daran', 'darin', 'hier', 'dort', 'jetzt', 'nun', 'dann', 'dies', 'diese', 'dieser', 'dieses',
  'diesen', 'diesem', 'jene', 'jener', 'jenes', 'alle', 'allen', 'aller', 'alles', 'wieder', 'bereits', 'etwa',
  'laut', 'sowie', 'bzw', 'man', 'denen', 'deren', 'dessen', 'ja', 'nein', 'mal', 'eigentlich', 'gerade',
  'bitte', 'gesagt', 'sagt', 'sagte', 'mitteilt', 'teilt',
  // Forms of sein, haben, werden and the modal verbs.
  'bin', 'bist', 'seid', 'sei', 'seien', 'gewesen', 'wäre', 'wären', 'hast', 'habt', 'gehabt', 'hätte', 'hätten',
  'werde', 'wirst', 'werdet', 'würde', 'würden', 'geworden', 'kannst', 'konnten', 'könnte', 'könnten', 'musst',
  'musste', 'mussten', 'müsste', 'müssten', 'sollten', 'wollte', 'wollten', 'durfte', 'durften', 'dürfte',
  'möchte', 'möchten',
  // Pronouns and determiners.
  'mich', 'mir', 'dich', 'dir', 'ihm', 'ihn', 'ihnen', 'euch', 'euer', 'eure', 'mein', 'meine', 'meinem', 'meinen',
  'meiner', 'meines', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'unserem', 'unseren', 'unserer', 'unseres',
  'ihres', 'seines', 'jede', 'jeder', 'jedes', 'jedem', 'jeden', 'manche', 'mancher', 'manches', 'manchen',
  'manchem', 'solche', 'solcher', 'solches', 'solchen', 'solchem', 'derselbe', 'dieselbe', 'dasselbe', 'etwas',
  'nichts', 'jemand', 'einige', 'einigen', 'einiger', 'einiges', 'andere', 'anderen', 'anderer', 'anderes', 'anderem',
  // Conjunctions and particles.
  'indem', 'ins', 'zwar', 'sonst', 'also', 'selbst', 'während', 'sowohl', 'weder', 'entweder',
]);
