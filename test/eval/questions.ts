// The question set over the seeds and our own fixture articles: each question with the answer it must get.

export interface EvalQuestion {
  q: string;
  /** What the question tests. */
  covers: string;
  /** The expected answer: its file, and text the answering figure or the sentence must contain. */
  source?: string;
  figure?: string;
  sentence?: string;
  /** The corpus has no answer: the bot must return none. */
  none?: true;
}

export const QUESTIONS: EvalQuestion[] = [
  // Seeds
  { q: 'wie viele VPN-Zugänge Stuttgart', covers: 'figure history: newest first', source: 'portal_stuttgart_2022.txt', figure: '7.500' },
  { q: 'Wie viele Anrufe gehen beim Service-Desk in Osnabrück ein?', covers: 'count', source: '004_e4b273451464e0b6.txt', figure: '25.000 Anrufe' },
  { q: 'Wie viele zusätzliche Server beschafft Frankfurt?', covers: 'number word, short form', source: '000_646e5ae0f655137e.txt', figure: 'acht zusätzliche Server' },
  { q: 'Wie viel hat Frankfurt im Frühjahr 2020 investiert?', covers: 'money', source: '000_646e5ae0f655137e.txt', figure: '1,6 Millionen Euro' },
  { q: 'Wie viele Mitarbeiter hat die ekom21?', covers: 'synonym Mitarbeiter ~ Mitarbeiterinnen, about box', source: '001_d5f3c415a9d77269.txt', figure: '650' },
  { q: 'Wie viele Personentage hat Frankfurt aufgewendet?', covers: 'qualifier fast', source: '000_646e5ae0f655137e.txt', figure: 'fast 1.000 Personentage' },
  { q: 'Wie viele Rechenzentren hat Osnabrück?', covers: 'number word, Rechenzentren', source: '004_e4b273451464e0b6.txt', figure: 'zwei Rechenzentren' },
  { q: 'Aus wie vielen Serverräumen hat Osnabrück einen gemacht?', covers: 'compound Serverräume ~ Server-Räume', source: '004_e4b273451464e0b6.txt', figure: 'zwölf' },
  { q: 'Wie viele Endanwender betreut die ekom21?', covers: 'count in box', source: '001_d5f3c415a9d77269.txt', figure: '29.000' },
  { q: 'Wie viele Fachverfahren umfasst das Produktportfolio der ekom21?', covers: 'qualifier mehr als', source: '001_d5f3c415a9d77269.txt', figure: 'Mehr als 70 Fachverfahren' },
  { q: 'Wann wird die Stabsstelle in Frankfurt umbenannt?', covers: 'date question', source: '003_d65d91dc76021873.txt', sentence: '1. Juni 2018' },
  { q: 'Wer ist IT-Leiter in Osnabrück?', covers: 'person question', source: '004_e4b273451464e0b6.txt', sentence: 'Tobias Fänger' },
  { q: 'Wer ist IT-Dezernent in Frankfurt?', covers: 'person question', source: '000_646e5ae0f655137e.txt', sentence: 'Jan Schneider' },
  { q: 'Wie viele Anrufe gehen beim Service-Desk in Osnabrueck ein', covers: 'ue for ü', source: '004_e4b273451464e0b6.txt', figure: '25.000' },
  { q: 'Wie viele Server beschafft Frankfrut?', covers: 'typo in the city', source: '000_646e5ae0f655137e.txt', figure: 'acht' },
  { q: 'Wie viele Zugaenge hat Stutgart?', covers: 'typo and ae for ä', source: 'portal_stuttgart_2022.txt', figure: '7.500' },
  { q: 'Wie viele Mitarbeitende arbeiten in Stuttgart im Homeoffice?', covers: 'synonym Mitarbeitende ~ Beschäftigte, history', source: 'portal_stuttgart_2022.txt', figure: '4.300' },
  { q: 'Wie viele Ziele hat die Osnabrücker IT-Strategie?', covers: 'city only as adjective, number word', source: '004_e4b273451464e0b6.txt', figure: 'fünf' },
  { q: 'Wie viele Endgeräte hat die Frankfurter Verwaltung beschafft?', covers: 'city only as adjective', source: '000_646e5ae0f655137e.txt', figure: '200 zusätzliche Endgeräte' },
  { q: 'Wie viele Beschäftigte hatten in Stuttgart vorher Telearbeit?', covers: 'synonym Telearbeit, figure next to the noun', source: '002_8b0194dd2a0f3f1f.txt', figure: 'etwa 200' },
  // Fixtures
  { q: 'Wie viel hat Kiel in die Terminsoftware investiert?', covers: 'money, knapp', source: 'portal_kiel.txt', figure: 'knapp 350.000 Euro' },
  { q: 'Wie viele Selbstbedienungsterminals hat Kiel?', covers: 'number word zwölf', source: 'portal_kiel.txt', figure: 'zwölf Selbstbedienungsterminals' },
  { q: 'Wie viele Menschen nutzen das Portal in Kiel im Monat?', covers: 'count', source: 'portal_kiel.txt', figure: '7.300 Menschen' },
  { q: 'Wie viel Prozent der Anliegen sollen in Kiel online erledigt werden?', covers: 'percent', source: 'portal_kiel.txt', figure: '40 Prozent' },
  { q: 'Wie viele Verwaltungsleistungen will Kiel digital anbieten?', covers: 'compound Verwaltungsleistungen', source: 'portal_kiel.txt', figure: '60' },
  { q: 'Wie viele Beschäftigte nutzen die Cloud in Leipzig?', covers: 'PDF dateline article', source: 'pdf_leipzig.txt', figure: '6.500' },
  { q: 'Was kostet die Cloud-Plattform in Leipzig?', covers: 'money, kostet', source: 'pdf_leipzig.txt', figure: '2,4 Millionen Euro' },
  { q: 'Wie viele Pilotämter wurden in Leipzig angeschlossen?', covers: 'count', source: 'pdf_leipzig.txt', figure: '14 Pilotämter' },
  { q: 'Wie viele Mitarbeiterinnen hat die Lecos GmbH?', covers: 'about box in a PDF', source: 'pdf_leipzig.txt', figure: '420' },
  { q: 'Wie viel Geld hat Karlsruhe für die E-Akte eingeplant?', covers: 'Mio. abbreviation', source: 'localnews_karlsruhe.txt', figure: '4,2 Mio. Euro' },
  { q: 'Wie viele Ämter arbeiten in Karlsruhe schon mit der E-Akte?', covers: 'x von y', source: 'localnews_karlsruhe.txt', figure: '18 von 45' },
  { q: 'Wie viel Papier will die Karlsruher Verwaltung einsparen?', covers: 'number word with multiplier, adjective city', source: 'localnews_karlsruhe.txt', figure: 'zwei Millionen Blatt' },
  { q: 'Wie viele Beschäftigte werden in Karlsruhe geschult?', covers: 'count', source: 'localnews_karlsruhe.txt', figure: '1.200' },
  { q: 'Bis wann sollen in Karlsruhe die Papierakten verschwinden?', covers: 'date question', source: 'localnews_karlsruhe.txt', sentence: '2025' },
  { q: 'Wie viele Access Points installiert Münster?', covers: 'two-word unit', source: 'localnews_muenster.txt', figure: '1.800 Access Points' },
  { q: 'Was kostet das WLAN für die Schulen in Münster?', covers: 'money', source: 'localnews_muenster.txt', figure: '6,3 Millionen Euro' },
  { q: 'Wie viele Bauanträge gehen in Gütersloh jährlich ein?', covers: 'compound Bauanträge ~ Anträge', source: 'pdf_guetersloh.txt', figure: '900' },
  { q: 'Wie viele Rechnungen verarbeitet Bad Homburg im Jahr?', covers: 'multi-word city', source: 'portal_bad_homburg.txt', figure: '25.000 Rechnungen' },
  { q: 'Wie viel Prozent der Wohngeldanträge gehen in Dortmund online ein?', covers: 'percent', source: 'pdf_dortmund.txt', figure: '42 Prozent' },
  { q: 'Wie viel investiert Dortmund in die Umstellung?', covers: 'money, investiert', source: 'pdf_dortmund.txt', figure: '3,2 Millionen Euro' },
  { q: 'An wie vielen Standorten wird in Dortmund das Wohngeld bearbeitet?', covers: 'number word neun', source: 'pdf_dortmund.txt', figure: 'neun Standorten' },
  { q: 'Wie hoch ist der Anteil papierloser Vorgänge in Stuttgart?', covers: 'percent via Anteil', source: 'portal_stuttgart_2022.txt', figure: '38 Prozent' },
  { q: 'Wie viel hat Stuttgart für Notebooks ausgegeben?', covers: 'synonym Notebooks, money', source: 'portal_stuttgart_2022.txt', figure: '2,1 Millionen Euro' },
  { q: 'Wie viele Verwaltungsleistungen kann man in Ratingen per App beantragen?', covers: 'PDF with a label line', source: 'pdf_ratingen.txt', figure: 'rund 80 Verwaltungsleistungen' },
  { q: 'Welchen Anteil der Kosten trägt der Bund beim Glasfaserausbau der Ulmer Schulen?', covers: 'percent, adjective city', source: 'localnews_ulm.txt', figure: '50 Prozent' },
  { q: 'Wann hat Ulm den Anschluss der Schulen mitgeteilt?', covers: 'date question, weekday in brackets', source: 'localnews_ulm.txt', sentence: 'Dienstag (7. Juni)' },
  { q: 'Wie lange dauert die Bearbeitung von Wohngeld in Dortmund?', covers: 'duration, compound with an unknown modifier', source: 'pdf_dortmund.txt', figure: 'drei Wochen' },
  // No answer
  { q: 'Wie viele Server hat München?', covers: 'unknown city', none: true },
  { q: 'Wie viele VPN-Zugänge hat Hamburg?', covers: 'unknown city', none: true },
  { q: 'Wie viele Gewerbeanmeldungen bearbeitet Leipzig?', covers: 'teaser must not be cited', none: true },
  { q: 'Chatbot in Rostock', covers: 'teaser must not be cited', none: true },
  { q: 'Wie viele Beschäftigte nutzen in Ulm die Telearbeit?', covers: 'teaser must not be cited', none: true },
  { q: 'Wie hoch ist die Hundesteuer in Kiel?', covers: 'topic not in the corpus', none: true },
];
