// /about: corpus statistics: articles, paragraphs, date range, index time, skipped files.
import { defineCommand } from '../src/command.js';
import { shortDate } from '../src/reply-parts.js';

export default defineCommand({
  name: 'about',
  nameDe: 'info',
  description: 'Zeigt Zahlen zum Korpus und zum Index',
  descriptionEn: 'Shows corpus and index statistics',
  options: [],
  run(engine) {
    const s = engine.stats();
    const fields = [
      { name: 'Artikel', value: `${s.articles} (aus ${s.files} Dateien, ${s.undated} ohne Datum)` },
      { name: 'Absätze', value: String(s.paragraphs) },
      { name: 'Zeitraum', value: s.oldest ? `${shortDate(s.oldest)} – ${shortDate(s.newest)}` : '—' },
      { name: 'Index gebaut', value: `${s.builtAt.toISOString().replace('T', ' ').slice(0, 19)} UTC` },
    ];
    if (s.skipped.length) {
      fields.push({ name: `Übersprungen (${s.skipped.length})`, value: s.skipped.map(x => `${x.source}: ${x.reason}`).join('\n') });
    }
    return { cards: [{ title: 'Amtsbote – Korpus', body: [{ text: 'Der Korpus, aus dem ich antworte.' }], fields }] };
  },
});
