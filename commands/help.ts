// /help: what Amtsbote can do and how to ask, written from the command definitions in the front end's own syntax.
import { defineCommand, discordUsage, optionHints } from '../src/command.js';

export default defineCommand({
  name: 'help',
  nameDe: 'hilfe',
  description: 'Erklärt die Befehle von Amtsbote',
  descriptionEn: 'Explains the Amtsbote commands',
  options: [
    { name: 'command', nameDe: 'befehl', type: 'string', maxLength: 40,
      description: 'Nur dieser Befehl, z. B. ask', descriptionEn: 'Only this command, e.g. ask' },
  ],
  run(_engine, input, context) {
    const usage = context?.usage ?? discordUsage;
    const all = context?.commands ?? [];
    const field = (def: (typeof all)[number]) => {
      const hints = optionHints(def);
      return { name: usage(def), value: `${def.description}${hints ? ` (${hints})` : ''}.` };
    };
    const asked = typeof input.command === 'string' ? input.command.trim().replace(/^\//, '').toLowerCase() : '';
    if (asked) {
      // One command: its usage, what it does, its options, and its German name.
      const def = all.find(d => d.name === asked || d.nameDe === asked);
      if (!def) return { message: `Den Befehl /${asked} gibt es nicht. Alle Befehle: /help`, cards: [], userError: true };
      // The terminal has neither attachments nor private replies.
      const options = def.options.filter(o => !context?.usage || (o.type !== 'attachment' && o.name !== 'private'))
        .map(o => ({ name: o.nameDe, value: `${o.description}${o.required ? ' (nötig)' : ''}` }));
      return { cards: [{ title: `/${def.name} (auch /${def.nameDe})`, body: [{ text: `${field(def).name}\n${field(def).value}` }], fields: options }] };
    }
    const fields = all.map(field);
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
