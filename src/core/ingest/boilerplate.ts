// Recognises the lines of a scraped page that are not article text: footers, teasers, ads, links, initials.

/** A line at which the article body of a web page ends: what follows is page furniture. */
const BODY_END = [
  /^Stichwörter\s*:/i,
  /^Schlagwörter\s*:/i,
  /^Druckversion\b/i,
  /^Anzeige$/i,
  /^Weitere (Meldungen|Beiträge|Artikel|Nachrichten|Firmennews)\b/i,
  /^Beliebte Artikel\b/i,
  /^Meistgelesen\b/i,
  /^Aktuelle Meldungen$/i,
  /^Das könnte Sie auch interessieren/i,
  /^(Lesen Sie|Mehr zum Thema|Mehr aus)\b/i,
  /^Bildquelle\s*:/i,
  /^Suchen\s*\.\.\.$/i,
  /^Aboverwaltung$/i,
  /^Artikel (teilen|drucken|versenden)$/i,
  /^(Kommentare|Teilen|Drucken|Nach oben)$/i,
];

export function isBodyEnd(line: string): boolean {
  const t = line.trim();
  return BODY_END.some(re => re.test(t));
}

/** A teaser for another article: `[29.9.2023] Viele kommunale … mehr...`. */
export function isTeaserLine(line: string): boolean {
  return /^\[\d{1,2}\.\d{1,2}\.\d{4}\]/.test(line.trim()) && /(mehr\s*(\.\.\.|…)|\.\.\.|…)\s*$/.test(line.trim());
}

/** A line that is a bare link and nothing else. */
export function bareUrl(line: string): string | null {
  const t = line.trim();
  return /^(https?:\/\/|www\.)\S+$/i.test(t) ? t : null;
}

/** Author initials closing a paragraph, `… sicherzustellen. (sib)`, or standing alone, `(ve)`. */
const INITIALS = /\s*\((?:\p{Ll}{2,4}|\p{Lu}\p{Ll}{0,3}|\p{Ll}{2,4}\/\p{Ll}{2,4})\)\s*$/u;

export function stripInitials(paragraph: string): string {
  // Only a text that ends in `)` can end in initials (the expression alone is tried at every position of every paragraph).
  return paragraph.trimEnd().endsWith(')') ? paragraph.replace(INITIALS, '').trim() : paragraph.trim();
}

/** A contact or page line of a press release: phone, fax, e-mail, page numbers. */
export function isContactOrPageLine(line: string): boolean {
  const t = line.trim();
  return /^(Tel\.?|Telefon|Fax|E-Mail|Mail|Mobil)\s*[:.]/i.test(t)
    || /^Seite \d+( von \d+)?$/i.test(t)
    || /^-\s*\d+\s*-$/.test(t)
    || /^\S+@\S+\.\w+$/.test(t);
}

/** The contact block that closes a press release: nothing after it is article text. */
export function isContactBlockStart(line: string): boolean {
  const t = line.trim();
  return /^(Pressekontakt|Medienkontakt|Pressestelle)\b/i.test(t) || /^(Kontakt|Ansprechpartner(in)?|Rückfragen)\s*:/i.test(t);
}

/** A short line without closing punctuation, as sub-headings are. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 80 && /^[\p{Lu}\d„"]/u.test(t) && !/[.,;:!?…"“”)-]$/.test(t);
}
