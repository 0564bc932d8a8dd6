// /latest: the newest articles, optionally for one place.
import { defineCommand } from '../src/command.js';
import { shortDate } from '../src/reply-parts.js';

export default defineCommand({
  name: 'latest',
  nameDe: 'neueste',
  description: 'Zeigt die neuesten Artikel, auf Wunsch zu einem Ort',
  descriptionEn: 'Shows the newest articles, optionally for one place',
  options: [
    { name: 'count', nameDe: 'anzahl', type: 'integer', min: 1, max: 10,
      description: 'Wie viele Artikel (1–10, Standard 5)', descriptionEn: 'How many articles (1–10)' },
    { name: 'city', nameDe: 'stadt', type: 'string', autocomplete: 'place', maxLength: 100, rest: true,
      description: 'Nur Artikel zu diesem Ort', descriptionEn: 'Only articles about this place' },
  ],
  run(engine, input) {
    const r = engine.latest({ limit: Number(input.count ?? 5), city: input.city === undefined ? null : String(input.city) });
    if (r.message) return { message: r.message, cards: [] };
    return {
      cards: [{
        title: r.city ? `Neueste Artikel zu ${r.city}` : 'Neueste Artikel',
        body: [{ text: r.articles.map(a => `${shortDate(a.date)} · ${a.city ?? 'ohne Ort'} · ${a.title}`).join('\n') }],
        footer: r.articles.length === 1 ? '1 Artikel' : `${r.articles.length} Artikel`,
      }],
    };
  },
});
