// /add: a web page, PDF or text file into the corpus folder, by address or as an attachment.
import { defineCommand, type Reply } from '../src/command.js';
import { UserError } from '../src/core/errors.js';
import { addedLines } from '../src/reply-parts.js';

export default defineCommand({
  name: 'add',
  nameDe: 'hinzufuegen',
  description: 'Nimmt eine Webseite, ein PDF oder eine Textdatei in den Korpus auf',
  descriptionEn: 'Adds a web page, PDF or text file to the corpus',
  permission: 'manage-server',
  options: [
    { name: 'url', nameDe: 'adresse', type: 'string', maxLength: 500, rest: true,
      description: 'Adresse der Seite oder des PDFs (https://…)', descriptionEn: 'Address of the page or PDF (https://…)' },
    { name: 'file', nameDe: 'datei', type: 'attachment',
      description: 'Eine angehängte .html-, .pdf- oder .txt-Datei', descriptionEn: 'An attached .html, .pdf or .txt file' },
  ],
  async run(_engine, input, context): Promise<Reply> {
    const target = input.url ?? input.file;
    if (!context?.corpus) return { message: 'Hier kann nichts hinzugefügt werden.', cards: [], userError: true };
    if (target === undefined || String(target).trim() === '') return { message: context.corpus.addHint, cards: [], userError: true };
    try {
      const result = await context.corpus.add(String(target));
      const [head, ...rest] = addedLines(result, context.corpus.removeHint(result.file));
      return { cards: [{ title: head!, body: [{ text: rest.join('\n') }], footer: 'Der Korpus wird neu eingelesen; gleich ist der Artikel abfragbar.' }] };
    } catch (err) {
      if (err instanceof UserError) return { message: err.message, cards: [], userError: true };
      throw err;
    }
  },
});
