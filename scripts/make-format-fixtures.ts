// Makes the HTML and PDF fixtures of test/fixtures/formats: the seeds' Frankfurt release as a real web page and a
// real PDF (from the seeds' own text), a two-page press release with hyphenation and a header and footer on each
// page, and a PDF without a text layer (as a scanner makes it). PDFs are written with pdfkit.
// Run: npx tsx scripts/make-format-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
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

interface PdfSpec { title: string; header: string; pages: string[][][]; created?: Date }

/** A PDF whose lines are set exactly as given (hard wraps and hyphens stay), blocks apart, header and footer on each page. */
function pdf({ title, header, pages, created }: PdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true, info: { Title: title, CreationDate: created ?? new Date('2020-01-01') } });
  const chunks: Buffer[] = [];
  doc.on('data', c => chunks.push(c as Buffer));
  const done = new Promise<Buffer>(r => doc.on('end', () => r(Buffer.concat(chunks))));
  pages.forEach((blocks, n) => {
    if (n > 0) doc.addPage();
    let y = 90;
    blocks.forEach((lines, b) => {
      const heading = b === 0 && n === 0;
      if (b > 0) y += 9; // the gap between paragraphs
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
console.log('test/fixtures/formats: seed_release.html, seed_release.pdf, pdf_schwabach.pdf, pdf_scan.pdf');
