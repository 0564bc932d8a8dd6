// /city: the articles about a place, the articles that mention it, and its key figures.
import { defineCommand } from '../src/command.js';
import { countOf, shortDate } from '../src/reply-parts.js';
import { citySeries } from '../src/core/answer/figure-series.js';

const MAX_LINES = 10;

export default defineCommand({
  name: 'city',
  nameDe: 'stadt',
  description: 'Zeigt Artikel, Erwähnungen und Kennzahlen zu einem Ort',
  descriptionEn: 'Shows articles, mentions and key figures for a place',
  options: [
    { name: 'name', nameDe: 'name', type: 'string', required: true, autocomplete: 'place', rest: true, maxLength: 100,
      description: 'Der Ort, z. B. Osnabrück', descriptionEn: 'The place' },
  ],
  run(engine, input) {
    const r = engine.city(String(input.name ?? ''));
    if (r.message) return { message: r.message, cards: [] };
    const lines = r.articles.slice(0, MAX_LINES).map(a => `${shortDate(a.date)} · ${a.title} (${a.source})`);
    const fields = [];
    if (r.figures.length) {
      fields.push({ name: 'Kennzahlen', value: r.figures.slice(0, MAX_LINES).map(f => `${f.text} – ${shortDate(f.date)} · ${f.source}`).join('\n') });
    }
    if (r.mentions.length) {
      fields.push({ name: 'Erwähnt in', value: r.mentions.slice(0, MAX_LINES).map(a => `${shortDate(a.date)} · ${a.title} · ${a.city ?? 'ohne Ort'}`).join('\n') });
    }
    return {
      cards: [{
        title: `${r.city}: ${countOf(r.articles.length, 'Artikel', 'Artikel')}, in ${countOf(r.mentions.length, 'weiterem', 'weiteren')} erwähnt`,
        body: [{ text: lines.length ? lines.join('\n') : 'Kein Artikel handelt von diesem Ort; er wird nur erwähnt.' }],
        fields,
      }],
      chart: citySeries(r) ?? undefined,
    };
  },
});
