// /about: corpus statistics: articles, paragraphs, date range, index time, skipped files.
import { defineCommand } from '../src/command.js';
import { countOf, dateTime, germanNumber, shortDate } from '../src/reply-parts.js';

export default defineCommand({
  name: 'about',
  nameDe: 'info',
  description: 'Zeigt Zahlen zum Korpus und zum Index',
  descriptionEn: 'Shows corpus and index statistics',
  options: [],
  run(engine) {
    const s = engine.stats();
    const fields = [
      { name: 'Artikel', value: `${germanNumber(s.articles)} (aus ${countOf(s.files, 'Datei', 'Dateien')}, ${germanNumber(s.undated)} ohne Datum)` },
      { name: 'Absätze', value: germanNumber(s.paragraphs) },
      { name: 'Zeitraum', value: s.oldest ? `${shortDate(s.oldest)} – ${shortDate(s.newest)}` : '—' },
      { name: 'Index gebaut', value: dateTime(s.builtAt) },
    ];
    if (s.skipped.length) {
      fields.push({ name: `Übersprungen (${germanNumber(s.skipped.length)})`, value: s.skipped.map(x => `${x.source}: ${x.reason}`).join('\n') });
    }
    return { cards: [{ title: 'Amtsbote – Korpus', body: [{ text: 'Der Korpus, aus dem ich antworte.' }], fields }] };
  },
});
