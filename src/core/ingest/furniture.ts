// Tells page furniture from content, line by line, by general features of scraped pages: interface words
// (share, print, back to the list), breadcrumbs, photo credits, author and reading-time lines, and how much a
// line reads like German prose (length, sentence punctuation, function words).
import { isLetter as importedIsLetter } from '../text/char-class.js';

// A module-local copy for the per-character scan (see text/char-class).
const isLetter = importedIsLetter;

/** Words that page interfaces are made of: section labels, share and print buttons, navigation. */
const INTERFACE_WORDS = new Set([
  'aktuelles', 'aktuell', 'news', 'newsticker', 'ticker', 'nachrichten', 'meldungen', 'meldung', 'presse',
  'pressemitteilungen', 'pressemeldungen', 'pressemitteilung', 'startseite', 'start', 'home', 'übersicht',
  'zur', 'zum', 'zurück', 'nach', 'oben', 'seite', 'drucken', 'druckansicht', 'teilen', 'versenden', 'senden',
  'empfehlen', 'merken', 'speichern', 'per', 'mail', 'e-mail', 'email', 'facebook', 'twitter', 'x', 'whatsapp',
  'linkedin', 'xing', 'instagram', 'threads', 'mastodon', 'telegram', 'pinterest', 'link', 'kopieren', 'teilen:',
  'artikel', 'beitrag', 'inhalt', 'inhalte', 'navigation', 'menü', 'menu', 'suche', 'suchen', 'schließen',
  'kommentare', 'kommentieren', 'kommentar', 'vorlesen', 'anhören', 'schriftgröße', 'lokales', 'lokal', 'rss',
  'feed', 'abonnieren', 'newsletter', 'anmelden', 'login', 'mehr', 'weiterlesen', 'alle', 'und', 'oder', 'als',
  'pdf', 'herunterladen', 'download', 'bild', 'bilder', 'fotos', 'galerie', 'video', 'audio', 'podcast',
]);

/** Separators of breadcrumbs and button rows. */
const SEPARATORS = /[|›»>/·•]|\s[-–]\s/g;

/** A photo credit or caption: `… (Symbolfoto) Foto: Wegner`, `Archivfoto: K. Schulz/dpa`, `© Stadt Aalen`. */
const CREDIT = /(?:^|[\s(−–-])(?:Fotos?|Bild|Bilder|Grafik|Abbildung|Illustration|Symbolbild|Symbolfoto|Archivfoto|Archivbild|Titelbild|Copyright|Quelle|Bildquelle|Fotoquelle)\s*:\s*[^!?:]{1,50}$|©|\((?:Symbolfoto|Symbolbild|Archivfoto|Archivbild|Foto|Bild)\)\s*$/u;

/** Lines about the text rather than of it: `Von Lena Stehr`, `Autor: …`, `Lesezeit: 3 Min.`, `12 Kommentare`. */
const ABOUT_LINE = /^(?:[-–•]\s*)?(?:(?:Von|von)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}(?:\s*[,|].{0,40})?|(?:Autor(?:in)?|Redaktion|Text|Lesezeit|Lesedauer|Kategorie|Rubrik|Schlagworte?|Tags?)\s*:.{0,80}|\d+\s+(?:Kommentare?|Min\.?|Minuten)(?:\s+Lesezeit)?)$/u;

/** Longer lines are not made of at most ten interface words (the longest has 18 letters): most lines of a page are. */
const LONGEST_INTERFACE_LINE = 250;

/** Whether a line is made only of interface words and separators (`Zur Übersicht | Drucken`, `per Mail teilen`). */
export function isInterfaceLine(line: string): boolean {
  if (line.length > LONGEST_INTERFACE_LINE) return false;
  const words = line.replace(SEPARATORS, ' ').toLowerCase().split(/\s+/).filter(w => w !== '' && !/^[:()[\]]+$/.test(w));
  return words.length > 0 && words.length <= 10 && words.every(w => INTERFACE_WORDS.has(w.replace(/[:.,!]+$/, '')));
}

/** A breadcrumb: three or more short segments between separators, no sentence in it. */
export function isBreadcrumb(line: string): boolean {
  const parts = line.split(/\s*[›»>|/]\s*/).filter(p => p.trim() !== '');
  return parts.length >= 3 && parts.every(p => p.length <= 40) && !/[.!?]\s/.test(line);
}

export function isCredit(line: string): boolean {
  return CREDIT.test(line.trim());
}

/** A section label: `Aktuelles aus dem Rathaus`, `Nachrichten aus der Region`. */
const SECTION_LABEL = /^(?:Aktuelles|Aktuell|Nachrichten|Meldungen|News|Neues|Neuigkeiten|Pressemitteilungen|Presse)\s+(?:aus|von|vom|der|des|im|in|zum|zur|für)\b[^.!?]{0,40}$/u;

/** A teaser for another article: a short text cut off (`… mehr`), often after its date (`03.01.2025 Die …`). */
export function isTeaser(line: string): boolean {
  const t = line.trim();
  return t.length <= 300 && /(\.\.\.|…|\bmehr\s*(\.\.\.|…|»|›)?)\s*$/.test(t) && !/[.!?]["“”]?\s*(\.\.\.|…)$/.test(t);
}

/** Whether a line is page furniture: interface, breadcrumb, photo credit or caption, author or reading time, teaser. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return isInterfaceLine(t) || isBreadcrumb(t) || isCredit(t) || ABOUT_LINE.test(t) || SECTION_LABEL.test(t) || isTeaser(t);
}

/** Common German function words: prose is full of them, headlines and menus are not. */
const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'in',
  'im', 'zu', 'zum', 'zur', 'von', 'vom', 'mit', 'für', 'auf', 'an', 'am', 'aus', 'bei', 'nach', 'über', 'um',
  'ist', 'sind', 'war', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'sich', 'nicht', 'auch', 'es', 'sie',
  'er', 'wir', 'als', 'dass', 'so', 'wie', 'noch', 'nur', 'sei', 'seien', 'kann', 'können', 'soll', 'sollen',
]);

/** The longest function word: longer words are not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map(w => w.length));

/**
 * Whether a text reads as prose: long enough, a finished sentence, and function words among its words (runs
 * of letters), counted in one scan of the lower-cased text: every unit of every page is asked this, some twice.
 */
export function isProse(text: string): boolean {
  const t = text.trim();
  if (t.length < 60 || !/[.!?…"“”)]$|[.!?]\s/.test(t)) return false;
  const lower = t.toLowerCase();
  let words = 0;
  let functional = 0;
  let start = -1;
  for (let i = 0; i <= lower.length;) {
    const c = i < lower.length ? lower.codePointAt(i)! : -1;
    if (c >= 0 && isLetter(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(lower.slice(start, i))) functional++;
      start = -1;
    }
    i += c > 0xffff ? 2 : 1;
  }
  return words >= 8 && functional / words >= 0.12;
}
