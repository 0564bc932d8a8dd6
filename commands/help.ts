// /help: what Amtsbote can do and how to ask.
import { defineCommand } from '../src/command.js';

export default defineCommand({
  name: 'help',
  nameDe: 'hilfe',
  description: 'Erklärt die Befehle von Amtsbote',
  descriptionEn: 'Explains the Amtsbote commands',
  options: [],
  run() {
    return {
      cards: [{
        title: 'Amtsbote – Hilfe',
        body: [{ text: 'Amtsbote beantwortet Fragen zu Artikeln über kommunale IT – mit wörtlichem Zitat, Zahl und Quelle. Erfunden wird nichts: Steht es nicht im Korpus, sage ich das.' }],
        fields: [
          { name: '/ask frage', value: 'Eine Frage, z. B. „wie viele VPN-Zugänge Stuttgart“. Optional: anzahl (1–5).' },
          { name: '/city name', value: 'Artikel, Erwähnungen und Kennzahlen zu einem Ort, z. B. Osnabrück.' },
          { name: '/latest', value: 'Die neuesten Artikel. Optional: anzahl (1–10), stadt.' },
          { name: '/about', value: 'Zahlen zum Korpus: Artikel, Absätze, Zeitraum, übersprungene Dateien.' },
          { name: '/add adresse oder datei', value: 'Nimmt eine Webseite, ein PDF oder eine Textdatei in den Korpus auf (nur wer den Server verwalten darf).' },
          { name: '/remove datei', value: 'Entfernt eine Datei wieder aus dem Korpus; den Namen nennt /add.' },
          { name: 'privat', value: 'Jeder Befehl nimmt privat:true – dann siehst nur du die Antwort.' },
        ],
      }],
    };
  },
});
