// Recognises a German court decision by its head (the court, `Im Namen des Volkes`, `Urteil`/`Beschluss`, the file
// number, `In der Verwaltungsstreitsache …`) and reads what a citation of it needs: court, kind, the decision's
// own file number and date, as `VG Hamburg, Urteil vom 4. November 2010, 11 K 2221/10`. The date is one the text
// states for the decision (`Urteil vom …`, `verkündet am …`, `am … beschlossen`), never a hearing's or the file's.
import { parseAnyDate, type YMD } from '../dates.js';
import { MONTH_NAMES } from '../date-lines.js';

export interface CourtDecision {
  /** `VG Hamburg`, `BVerwG`, `Hessischer VGH`. */
  court: string;
  kind: string | null;
  fileNumber: string | null;
  date: YMD | null;
  /** The citation that titles it. */
  title: string;
}

/** Court types and their citation abbreviations, longest names first (`Oberverwaltungsgericht` before `Verwaltungsgericht`). */
const COURTS: [string, string][] = [
  ['Bundesverwaltungsgericht', 'BVerwG'], ['Bundesverfassungsgericht', 'BVerfG'], ['Bundesgerichtshof', 'BGH'],
  ['Bundesfinanzhof', 'BFH'], ['Bundessozialgericht', 'BSG'], ['Bundesarbeitsgericht', 'BAG'],
  ['Oberverwaltungsgericht', 'OVG'], ['Verwaltungsgerichtshof', 'VGH'], ['Verfassungsgerichtshof', 'VerfGH'],
  ['Verwaltungsgericht', 'VG'], ['Oberlandesgericht', 'OLG'], ['Landessozialgericht', 'LSG'], ['Landesarbeitsgericht', 'LAG'],
  ['Staatsgerichtshof', 'StGH'], ['Kammergericht', 'KG'], ['Landgericht', 'LG'], ['Amtsgericht', 'AG'],
  ['Sozialgericht', 'SG'], ['Arbeitsgericht', 'ArbG'], ['Finanzgericht', 'FG'],
];
/** Federal courts are cited without a place. */
const FEDERAL = new Set(['BVerwG', 'BVerfG', 'BGH', 'BFH', 'BSG', 'BAG']);
const COURT_NAME = new RegExp(`^(?:([\\p{L}-]+(?:isches|ischer|isch|es|er))\\s+)?(${COURTS.map(c => c[0]).join('|')})\\b\\s*(.*)$`, 'iu');
/** The decision's kinds as they head it. */
const KIND = /^(?:(Urteil|Beschluss|Gerichtsbescheid|Vorlagebeschluss|Teilurteil|Zwischenurteil|Versäumnisurteil)|im namen des volkes)\b/i;
/** The opening of the parties' section: after it, file numbers are the parties' or the lower courts'. */
const PARTIES = /^(?:In\s+(?:der|dem|den)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]*(?:sache|streit|verfahren)\b|In\s+Sachen|wegen\b|Streitgegenstand)/iu;
/**
 * A German file number: chamber or senate, register, number and year (`11 K 2221/10`, `2 LB 3/05`, `VI ZR 12/20`,
 * `1 BvR 123/45`, `M 28 K 21.5673`, `BVerwG 6 C 12.14`, `VG 4 K 27/21`, `6 L 402/19.TR`).
 */
const FILE_NUMBER = /(?<![\p{L}\d])(?:(?:[A-Z][A-Za-z]{0,6})\s)?(?:\d{1,3}|[IVX]{1,5})\s?[A-Z][A-Za-z]{0,3}\s\d{1,5}[./]\d{2,5}(?:\.\s?[A-Z]{1,4}(?![\p{L}\d]))?(?![\p{L}\d])/u;
const FILE_LABEL = /\b(?:Az\.?|Aktenzeichen|Geschäftszeichen|Geschäfts-Nr\.?)\s*:?\s*/i;
/** A number that belongs to another court's decision (`Vorinstanz: VG Köln, 1 K 2979/05`). */
const LOWER_COURT = /Vorinstanz|vorgehend|nachgehend|\((?:VG|OVG|LG|AG|OLG|SG|LSG|FG|ArbG|LAG)\s/;
const DATE = String.raw`(\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{4}|[\p{L}]+\.?\s+\d{4}))`;
/** The decision dated in its own head (`Urteil vom …`); in the reasons, the same words date other decisions. */
const HEAD_DATE = new RegExp(String.raw`\b(?:Urteil|Beschluss|Gerichtsbescheid|Vorlagebeschluss|Teilurteil|Zwischenurteil|Versäumnisurteil)\s+vom\s+${DATE}`, 'iu');
/** Where the text dates the decision itself anywhere: pronounced on, or decided on that day. */
const DECISION_DATES = [
  new RegExp(String.raw`\bverkündet\s+am\s*:?\s*${DATE}`, 'iu'),
  new RegExp(String.raw`\bam\s+${DATE}\s+(?:beschlossen|für\s+Recht\s+erkannt)`, 'iu'),
];
/** How many lines of the head are looked at. */
const HEAD_LINES = 40;


/** `4. November 2010`. */
export function longGermanDate(d: YMD): string {
  return `${d.day}. ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** `VERWALTUNGSGERICHT` → `Verwaltungsgericht`, `BERLIN-BRANDENBURG` → `Berlin-Brandenburg`; mixed case stays. */
function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : s;
}

/** The court a head line names, cited as courts are: `VG Hamburg`, `OVG Berlin-Brandenburg`, `Hessischer VGH`, `BVerwG`. */
function courtOf(line: string): string | null {
  const m = COURT_NAME.exec(line.trim());
  if (!m) return null;
  const abbreviation = COURTS.find(c => c[0].toLowerCase() === m[2]!.toLowerCase())![1];
  if (FEDERAL.has(abbreviation)) return abbreviation;
  // The place after the name (`Hamburg`, `für das Land Nordrhein-Westfalen`, `des Saarlandes`), else the adjective before it.
  const rest = m[3]!.replace(/^(?:für\s+das\s+Land|des\s+Landes|des|der|für)\s+/i, '').trim();
  const place = /^(\p{Lu}[\p{L}-]*(?:\s+(?:an\s+der|am|im|in\s+der)\s+\p{Lu}[\p{L}-]*)?)/u.exec(rest)?.[1];
  if (place && !KIND.test(place)) return `${abbreviation} ${titleCase(place)}`;
  if (m[1]) return `${titleCase(m[1])} ${abbreviation}`;
  return null;
}

function dateIn(text: string, patterns: RegExp[]): YMD | null {
  for (const re of patterns) {
    const m = re.exec(text);
    const d = m ? parseAnyDate(m[1]!) : null;
    if (d) return d;
  }
  return null;
}

/**
 * The decision a PDF's lines hold, or null when its head is not a court decision's. `firstPage` is the first page
 * as printed: the court's name may stand in its running header, which is gone from `lines`.
 */
export function readCourtDecision(lines: string[], firstPage: string[] = []): CourtDecision | null {
  const head = [...firstPage, ...lines].map(l => l.trim()).filter(l => l !== '').slice(0, HEAD_LINES);
  let court: string | null = null;
  let kind: string | null = null;
  let fileNumber: string | null = null;
  let labelled = false;
  let parties = head.length;
  head.forEach((line, i) => {
    if (i >= parties) return;
    if (PARTIES.test(line)) {
      parties = i;
      return;
    }
    if (line.length <= 80) court ??= courtOf(line);
    const k = KIND.exec(line);
    if (k?.[1] && !kind) kind = titleCase(k[1]);
    if (LOWER_COURT.test(line)) return;
    const label = FILE_LABEL.exec(line);
    // OCR may read `19.TR` as `19. TR`: the number is given as the court writes it.
    const number = FILE_NUMBER.exec(label ? line.slice(label.index) : line)?.[0].replace(/\.\s(?=[A-Z]+$)/, '.');
    if (number && (!fileNumber || (label && !labelled))) {
      fileNumber = number;
      labelled = !!label;
    }
  });
  // A decision: a court on a line of its own, and its kind or `Im Namen des Volkes` on one, or the parties' section.
  const marked = head.slice(0, parties).some(l => KIND.test(l)) || parties < head.length;
  if (!court || !marked) return null;
  const whole = lines.join('\n');
  // Without a kind in its head, the text says which it is: `für Recht erkannt` is a judgment, `beschlossen` an order.
  kind ??= /für\s+Recht\s+erkannt|folgendes\s+Urteil/i.test(whole) ? 'Urteil' : /\bbeschlossen\s*:/i.test(whole) ? 'Beschluss' : null;
  // `Urteil vom …` dates the decision on a head line of its own; in a sentence it may cite another one.
  const date = dateIn(head.slice(0, parties).filter(l => l.length <= 60).join('\n'), [HEAD_DATE]) ?? dateIn(whole, DECISION_DATES);
  const title = [court, kind ? (date ? `${kind} vom ${longGermanDate(date)}` : kind) : null, fileNumber].filter(Boolean).join(', ');
  return { court, kind, fileNumber, date, title };
}
