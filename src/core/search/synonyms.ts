// The domain synonym table, as data: words in one group find each other.

export const SYNONYM_GROUPS: string[][] = [
  ['Homeoffice', 'Home-Office', 'mobiles Arbeiten', 'mobile Arbeit', 'Telearbeit', 'Heimarbeit', 'Arbeiten von zu Hause'],
  ['Mitarbeiter', 'Mitarbeiterinnen', 'Mitarbeitende', 'Beschäftigte', 'Bedienstete', 'Angestellte', 'Personal'],
  ['Investition', 'Investitionen', 'investiert', 'investieren', 'Kosten', 'kostet', 'kosten', 'Euro', 'Ausgaben', 'Budget', 'Mittel', 'Geld', 'Summe', 'Betrag'],
  ['Rechenzentrum', 'Rechenzentren'],
  ['Server', 'Rechner'],
  ['Endgeräte', 'Geräte', 'Laptops', 'Notebooks', 'Computer', 'PCs'],
  ['Anrufe', 'Anruf', 'Telefonate', 'Hotline'],
  ['VPN', 'VPN-Zugänge', 'Fernzugriff'],
  ['Digitalisierung', 'digitalisiert', 'digital'],
  ['E-Akte', 'elektronische Akte', 'digitale Akte'],
  ['Bürgeramt', 'Bürgerbüro', 'Bürgerbüros', 'Bürgerservice'],
  ['Schule', 'Schulen'],
  ['WLAN', 'WiFi', 'Netz'],
  ['Cloud', 'Cloud-Plattform'],
  ['vorher', 'zuvor', 'früher', 'bisher', 'bislang', 'damals', 'ehemals'],
];
