// German words that carry no topic: dropped from retrieval (never from figure extraction, which reads raw text).

/** Question words and phrases; `wie viele` etc. decide the question type before they are dropped. */
export const QUESTION_WORDS = new Set([
  'wie', 'viele', 'vielen', 'viel', 'wann', 'seit', 'wer', 'wen', 'wem', 'wessen', 'was', 'welche', 'welcher', 'welches',
  'welchen', 'welchem', 'wo', 'wohin', 'woher', 'warum', 'weshalb', 'wieso', 'womit', 'wofür', 'wozu', 'worum',
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
  'bitte', 'gesagt', 'sagt', 'sagte', 'mitteilt', 'teilt', 'stadt', 'gemeinde', 'kommune',
]);
