// Ask chooses the figure only for the candidates the answers depend on; the answers must be those of choosing it for
// every closely read candidate (`chooseAll`), also where a figure's history reorders them by date.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { textEngine } from '../../helpers/engines.js';

// The same figure of one town over six years (a history), with other figures and towns around it.
const files: Record<string, string> = {};
const COUNTS = [180, 240, 310, 365, 420, 505];
COUNTS.forEach((n, i) => {
  const year = 2019 + i;
  // Newer reports say more around the figure: they score lower and are still the history's first answers.
  const more = Array.from({ length: i * 2 }, (_, k) => `Der Bauhof prüft dazu Standort ${k + 1} am Hafen und an der Schule.`).join(' ');
  files[`papenburg_${year}.txt`] = `Papenburg: Ladepunkte ${year}\n\n[${10 + i}.3.${year}] Die Stadt Papenburg betreibt inzwischen ${n} öffentliche Ladepunkte. `
    + `${more} Der Ausbau kostete im vergangenen Jahr ${(i + 2) * 110}.000 Euro.\n\nIm Nachbarort Rhede sind es ${40 + i * 7} Ladepunkte, `
    + `ein Viertel davon mit Schnellladung.\n`;
});
files['leer_2024.txt'] = 'Leer baut Ladenetz aus\n\n[5.6.2024] Die Stadt Leer hat 260 Ladepunkte in Betrieb, 30 Prozent davon in Parkhäusern. '
  + 'Für 2026 sind 400 Ladepunkte geplant.\n';
const engine = textEngine(files);

const QUESTIONS = ['Wie viele Ladepunkte betreibt Papenburg?', 'Wie viele Ladepunkte gibt es?', 'Wie viel kostete der Ausbau in Papenburg?',
  'Wie viel Prozent der Ladepunkte in Leer stehen in Parkhäusern?', 'Wie viele Ladepunkte hat Rhede?', 'Ladepunkte Papenburg',
  'Wie viele Ladepunkte gab es in Papenburg vorher?', 'Wann betrieb Papenburg 365 Ladepunkte?'];

describe('the figure chosen only where it can matter', () => {
  it('gives the answers of choosing it everywhere, for every number of answers', () => {
    const differ: string[] = [];
    for (const q of QUESTIONS) {
      for (const limit of [1, 2, 3, 5, 8]) {
        if (!isDeepStrictEqual(engine.ask(q, { limit }), engine.ask(q, { limit, chooseAll: true }))) differ.push(`${q} (${limit})`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('shows the history newest first when several dated articles answer', () => {
    const years = engine.ask('Wie viele Ladepunkte betreibt Papenburg?', { limit: 5 }).answers.map(a => a.article.date);
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect([...years].sort().reverse()).toEqual(years);
  });
});
