// Makes the HTML and PDF fixtures of test/fixtures/formats: the seeds' Frankfurt release as a real web page and a
// real PDF (from the seeds' own text), a two-page press release with hyphenation and a header and footer on each
// page, court decisions, a statement, a scanned court order (an image of typed text), and a PDF without a text
// layer that holds no text at all (as a scanner makes it). PDFs are written with pdfkit.
// Run: npx tsx scripts/make-format-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { createCanvas } from '@napi-rs/canvas';
import { parseFile } from '../src/core/ingest/parse-file.js';

const DIR = new URL('../test/fixtures/formats/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The web page: the portal seed's title, date, lead and paragraphs, in a page with navigation and teasers.
const web = parseFile('000.txt', seed('000_646e5ae0f655137e.txt'), { year: 2026, month: 11, day: 23 })[0]!;
const html = `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${escape(web.title)} | Kommunalportal</title>
<meta property="og:title" content="${escape(web.title)}">
<meta property="article:published_time" content="${web.date}T08:00:00+01:00">
</head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/it">IT-Infrastruktur</a></li><li><a href="/egov">E-Government</a></li></ul></nav>
<main>
<article>
<p class="kicker">Frankfurt am Main</p>
<h1>${escape(web.title)}</h1>
${web.paragraphs.map(p => `<p>${escape(p.text)}</p>`).join('\n')}
</article>
<aside class="related"><h3>Weitere Meldungen</h3>
<ul><li><a href="#">Rechenzentrum zieht um …</a></li><li><a href="#">Neues Portal für Gewerbeanmeldungen …</a></li></ul></aside>
</main>
<footer>Impressum · Datenschutz · Mediadaten</footer>
</body>
</html>
`;
writeFileSync(new URL('seed_release.html', DIR), html);

interface PdfSpec { title: string; header: string; pages: string[][][]; created?: Date; gap?: number }

/** A PDF whose lines are set exactly as given (hard wraps and hyphens stay), blocks apart, header and footer on each page. */
function pdf({ title, header, pages, created, gap = 9 }: PdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true, info: { Title: title, CreationDate: created ?? new Date('2020-01-01') } });
  const chunks: Buffer[] = [];
  doc.on('data', c => chunks.push(c as Buffer));
  const done = new Promise<Buffer>(r => doc.on('end', () => r(Buffer.concat(chunks))));
  pages.forEach((blocks, n) => {
    if (n > 0) doc.addPage();
    let y = 90;
    blocks.forEach((lines, b) => {
      const heading = b === 0 && n === 0;
      if (b > 0) y += gap; // the gap between paragraphs
      for (const line of lines) {
        doc.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(heading ? 13 : 10).text(line, 50, y, { lineBreak: false });
        y += heading ? 18 : 13;
      }
    });
  });
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(8).text(header, 50, 40, { lineBreak: false });
    doc.text(`Seite ${i + 1} von ${range.count}`, 50, 800, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** The blocks of a hard-wrapped text file (blank lines apart), lines as they are. */
const blocksOf = (text: string) => text.split(/\n\s*\n/).map(b => b.split('\n').map(l => l.trimEnd()).filter(l => l.trim() !== '')).filter(b => b.length);

const release = blocksOf(seed('001_d5f3c415a9d77269.txt'));
writeFileSync(new URL('seed_release.pdf', DIR), await pdf({
  title: 'Presseinformation', header: 'Stadt Frankfurt am Main · Presse- und Informationsamt',
  pages: [release.slice(0, 5), release.slice(5)],
}));

writeFileSync(new URL('pdf_schwabach.pdf', DIR), await pdf({
  title: 'Pressemitteilung', header: 'Stadt Schwabach · Pressestelle', created: new Date('2024-06-30'),
  pages: [[
    ['Schwabach stellt Schulen auf Glasfaser um'],
    ['Schwabach, 4. Juni 2024 – Die Stadt Schwabach schließt bis zum Ende des kommenden',
      'Jahres alle 17 Schulen an das städtische Glasfasernetz an. Die Arbeiten beginnen',
      'in den Sommerferien an den Grundschulen, die Gymnasien folgen im Herbst. Der Stadt-',
      'rat hat dafür 3,4 Millionen Euro bereitgestellt.'],
    ['Bisher teilen sich manche Schulen einen Anschluss mit 100 Megabit. Künftig bekommt',
      'jede Schule eine eigene Leitung mit mindestens einem Gigabit. Die Bauarbeiten über-',
      'nimmt ein regionales Unternehmen, die Planung das städtische Tiefbauamt.'],
  ], [
    ['„Digitaler Unterricht scheitert heute oft an der Leitung, nicht an den Geräten“, sagte',
      'die Schulreferentin. Die Stadt rechnet mit Fördergeld des Freistaats in Höhe von rund',
      '1,1 Millionen Euro.'],
    ['Pressekontakt: Pressestelle der Stadt Schwabach, Tel.: 09122 860-0'],
  ]],
}));

// A blank line between blocks, as court decisions and letters are set. A court judgment in the shape courts publish them: court, `Im Namen des Volkes`, kind, file number, the parties,
// the bench, tenor and reasons; the file number runs as a header on every page. It is dated where it was
// pronounced (`Verkündet am`), not by the hearing, an earlier order it cites, or the file's creation date.
writeFileSync(new URL('pdf_vg_urteil.pdf', DIR), await pdf({
  title: 'Microsoft Word - U_4K1187-19.docx', header: '4 K 1187/19.KS', created: new Date('2023-07-01'), gap: 13,
  pages: [[
    ['VERWALTUNGSGERICHT KASSEL', 'IM NAMEN DES VOLKES', 'URTEIL'],
    ['Aktenzeichen: 4 K 1187/19.KS', 'Verkündet am 9. März 2021'],
    ['In dem Verwaltungsstreitverfahren'],
    ['der Stadt Baunatal, vertreten durch den Bürgermeister,', '- Klägerin -'],
    ['gegen'],
    ['das Land Hessen, vertreten durch das Ministerium für Digitales,', '- Beklagter -'],
    ['wegen Zuweisung von Fördermitteln für die Ausstattung von Schulen'],
    ['hat die 4. Kammer des Verwaltungsgerichts Kassel aufgrund der mündlichen Verhandlung',
      'vom 2. März 2021 für Recht erkannt:'],
    ['Der Bescheid des Beklagten vom 18. Juni 2019 wird aufgehoben. Der Beklagte wird',
      'verpflichtet, der Klägerin weitere 214.000 Euro für die Ausstattung ihrer Schulen zu',
      'bewilligen. Die Kosten des Verfahrens trägt der Beklagte.'],
  ], [
    ['Tatbestand'],
    ['Die Klägerin beantragte im Frühjahr 2019 Fördermittel für 1.150 Tablets und die',
      'Vernetzung von neun Schulen. Der Beklagte bewilligte nur einen Teil, weil die Klägerin',
      'den Medienentwicklungsplan zu spät vorgelegt habe. Ein Eilantrag blieb ohne Erfolg',
      '(Beschluss vom 3. Mai 2020, 1 L 220/20.KS).'],
    ['Entscheidungsgründe'],
    ['Die Klage ist zulässig und begründet. Die Frist für den Medienentwicklungsplan war in',
      'der Förderrichtlinie nicht als Ausschlussfrist bestimmt.'],
  ]],
}));

// An order of a higher court: the lower court's file number stands in its head, and it is dated by the day the
// senate decided (`am … beschlossen`).
writeFileSync(new URL('pdf_ovg_beschluss.pdf', DIR), await pdf({
  title: 'Beschluss', header: 'Oberverwaltungsgericht Rheinland-Pfalz', created: new Date('2022-02-02'), gap: 13,
  pages: [[
    ['Oberverwaltungsgericht Rheinland-Pfalz', 'Beschluss', '2 B 10733/20.OVG', 'Vorinstanz: VG Koblenz, 5 L 512/20.KO'],
    ['In dem Verwaltungsrechtsstreit'],
    ['des Herrn M., Lahnstein,', '- Antragsteller und Beschwerdeführer -'],
    ['gegen'],
    ['die Verbandsgemeinde Bad Ems-Nassau,', '- Antragsgegnerin und Beschwerdegegnerin -'],
    ['wegen Zugang zu Sitzungsunterlagen im Ratsinformationssystem'],
    ['hat der 2. Senat des Oberverwaltungsgerichts Rheinland-Pfalz in Koblenz am 14. Juli 2020',
      'beschlossen:'],
    ['Die Beschwerde des Antragstellers wird zurückgewiesen. Der Wert des Streitgegenstandes',
      'wird auf 2.500 Euro festgesetzt.'],
  ], [
    ['Gründe'],
    ['Das Verwaltungsgericht hat den Antrag zu Recht abgelehnt. Nichtöffentliche',
      'Sitzungsunterlagen stehen im Ratsinformationssystem nur den Mitgliedern des Rates',
      'offen; ein Anspruch auf Einsicht besteht erst nach der Sitzung.'],
  ]],
}));

// A statement signed off with its place and date at the end, and no date above the text.
writeFileSync(new URL('pdf_stellungnahme.pdf', DIR), await pdf({
  title: 'Stellungnahme', header: 'Kommunaler Arbeitskreis Informationssicherheit', created: new Date('2023-01-15'), gap: 13,
  pages: [[
    ['Stellungnahme zum Entwurf des Landesgesetzes über Informationssicherheit'],
    ['Der Arbeitskreis begrüßt, dass das Land für Städte und Gemeinden verbindliche Mindest-',
      'standards festlegen will. Für die Umsetzung braucht es nach unserer Schätzung rund',
      '140 zusätzliche Stellen in den Kommunen des Landes.'],
    ['Wir regen an, die Frist für die Umsetzung von zwölf auf 24 Monate zu verlängern und',
      'die Kosten über den kommunalen Finanzausgleich zu erstatten.'],
    ['Hildesheim, den 4. November 2022'],
  ]],
}));

// A scanned court order: a typed page as an image at 200 dpi, slightly grey, no text layer (read by OCR).
{
  const width = 1654;
  const canvas = createCanvas(width, 2339);
  const g = canvas.getContext('2d');
  g.fillStyle = '#f4f4f1';
  g.fillRect(0, 0, width, 2339);
  g.fillStyle = '#1c1c1c';
  const typed: [string, number][] = [
    ['Verwaltungsgericht Trier', 40], ['Beschluss', 40], ['6 L 402/19.TR', 34], ['', 0],
    ['In dem Verwaltungsrechtsstreit', 34], ['der Ortsgemeinde Mertesdorf,', 34], ['- Antragstellerin -', 34],
    ['gegen', 34], ['den Landkreis Trier-Saarburg,', 34], ['- Antragsgegner -', 34],
    ['wegen Zuschuss zum Breitbandausbau', 34], ['', 0],
    ['hat die 6. Kammer des Verwaltungsgerichts Trier am 21. August 2019 beschlossen:', 34], ['', 0],
    ['Der Antrag wird abgelehnt. Die Antragstellerin trägt die Kosten des Verfahrens.', 34],
    ['Der Wert des Streitgegenstandes wird auf 5.000 Euro festgesetzt.', 34], ['', 0],
    ['Gründe', 34], ['', 0],
    ['Die Ortsgemeinde begehrt einen Zuschuss von 38.000 Euro für die Anbindung', 34],
    ['von zwei Weilern an das Glasfasernetz. Der Kreis hat die Mittel für das', 34],
    ['laufende Jahr bereits vollständig vergeben.', 34],
  ];
  let y = 220;
  for (const [line, size] of typed) {
    if (size) {
      g.font = `${size}px serif`;
      g.fillText(line, 190, y);
    }
    y += size ? size * 1.6 : 40;
  }
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: 'Scan', CreationDate: new Date('2024-02-20') } });
  const chunks: Buffer[] = [];
  doc.on('data', c => chunks.push(c as Buffer));
  const done = new Promise<Buffer>(r => doc.on('end', () => r(Buffer.concat(chunks))));
  doc.image(canvas.toBuffer('image/png'), 0, 0, { width: 595.28 });
  doc.end();
  writeFileSync(new URL('pdf_scan_beschluss.pdf', DIR), await done);
}

// A scanned page: only shapes where the text would be, no text layer.
{
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Scan', CreationDate: new Date('2022-01-10') } });
  const chunks: Buffer[] = [];
  doc.on('data', c => chunks.push(c as Buffer));
  const done = new Promise<Buffer>(r => doc.on('end', () => r(Buffer.concat(chunks))));
  for (let y = 80; y < 700; y += 14) doc.rect(50, y, 300 + ((y * 7) % 190), 7).fill('#333333');
  doc.end();
  writeFileSync(new URL('pdf_scan.pdf', DIR), await done);
}
console.log('test/fixtures/formats: seed_release.html, seed_release.pdf, pdf_schwabach.pdf, pdf_vg_urteil.pdf, pdf_ovg_beschluss.pdf, pdf_stellungnahme.pdf, pdf_scan_beschluss.pdf, pdf_scan.pdf');
