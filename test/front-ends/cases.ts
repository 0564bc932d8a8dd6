// One table of command cases, run through the terminal adapter and through the real discord.js client.

export interface CommandCase {
  name: string;
  /** Slash command and options, as Discord sends them (English option names). */
  command: string;
  options: Record<string, string | number | boolean>;
  /** The same command typed in the terminal. */
  line: string;
  contains: string[];
  absent?: string[];
}

export const CASES: CommandCase[] = [
  { name: 'ask answers with figure and citation', command: 'ask', options: { question: 'wie viele VPN-Zugänge Stuttgart' },
    line: '/ask wie viele VPN-Zugänge Stuttgart', contains: ['5.800 Zugänge', 'Stadt baut mobiles Arbeiten massiv aus', 'Stuttgart · 6. April 2020 · 002_8b0194dd2a0f3f1f.txt'] },
  { name: 'ask reads typos as the corpus writes the words and says so', command: 'ask', options: { question: 'Wieviele Endgerete hat Frankfurt beschaft' },
    line: '/ask Wieviele Endgerete hat Frankfurt beschaft', contains: ['Meinten Sie: „Endgeräte“, „beschafft“?', '200 zusätzliche Endgeräte'] },
  { name: 'ask refuses an unknown city', command: 'ask', options: { question: 'Wie viele Server hat München?' },
    line: '/ask Wie viele Server hat München?', contains: ['Zu München habe ich keine Artikel.'], absent: ['5.800'] },
  { name: 'city lists articles and key figures', command: 'city', options: { name: 'osnabrueck' },
    line: '/city osnabrueck', contains: ['Osnabrück: 1 Artikel', 'IT setzt Maßstäbe', '25.000 Anrufe'] },
  { name: 'latest lists the newest articles', command: 'latest', options: { count: 2 },
    line: '/latest 2', contains: ['Städtische IT-Infrastruktur wird erweitert', 'Stadt baut mobiles Arbeiten massiv aus'], absent: ['IT setzt Maßstäbe'] },
  { name: 'latest filters by city', command: 'latest', options: { city: 'Frankfurt' },
    line: '/latest Frankfurt', contains: ['Neueste Artikel zu Frankfurt am Main', 'Stabsstelle wird umbenannt'], absent: ['Stuttgart'] },
  { name: 'about shows corpus statistics', command: 'about', options: {},
    line: '/about', contains: ['Artikel', '4 (aus 5 Dateien, 0 ohne Datum)', 'Absätze', '18.10.2017 – 09.03.2021'] },
  { name: 'help lists the commands', command: 'help', options: {}, line: '/help', contains: ['/ask', '/city', '/latest', '/about', '/add', '/remove'] },
];
