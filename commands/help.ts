// /help: what Amtsbote can do and how to ask, written from the command definitions in the front end's own syntax.
import { defineCommand, discordUsage, optionHints } from '../src/command.js';

export default defineCommand({
  name: 'help',
  nameDe: 'hilfe',
  description: 'Erklärt die Befehle von Amtsbote',
  descriptionEn: 'Explains the Amtsbote commands',
  options: [],
  run(_engine, _input, context) {
    const usage = context?.usage ?? discordUsage;
    const fields = (context?.commands ?? []).map(def => {
      const hints = optionHints(def);
      return { name: usage(def), value: `${def.description}${hints ? ` (${hints})` : ''}.` };
    });
    if (!context?.usage) fields.push({ name: 'privat', value: 'Jeder Befehl nimmt privat:true – dann siehst nur du die Antwort.' });
    fields.push(...(context?.helpNotes ?? []));
    return {
      cards: [{
        title: 'Amtsbote – Hilfe',
        body: [{ text: 'Amtsbote beantwortet Fragen zu Artikeln über kommunale IT – mit wörtlichem Zitat, Zahl und Quelle. Erfunden wird nichts: Steht es nicht im Korpus, sage ich das.' }],
        fields,
      }],
    };
  },
});
