// /remove: takes a file out of the corpus folder again (the name that /add reported).
import { defineCommand, type Reply } from '../src/command.js';
import { UserError } from '../src/core/errors.js';

export default defineCommand({
  name: 'remove',
  nameDe: 'entfernen',
  description: 'Entfernt eine Datei aus dem Korpus (den Namen nennt /add)',
  descriptionEn: 'Removes a file from the corpus (the name /add reported)',
  permission: 'manage-server',
  options: [
    { name: 'file', nameDe: 'datei', type: 'string', required: true, maxLength: 200, rest: true,
      description: 'Dateiname im Korpus, z. B. meldung-1a2b3c4d5e.html', descriptionEn: 'File name in the corpus' },
  ],
  async run(_engine, input, context): Promise<Reply> {
    if (!context?.corpus) return { message: 'Hier kann nichts entfernt werden.', cards: [], userError: true };
    try {
      await context.corpus.remove(String(input.file));
      return { message: `Entfernt: ${String(input.file).trim()}. Der Korpus wird neu eingelesen.`, cards: [] };
    } catch (err) {
      if (err instanceof UserError) return { message: err.message, cards: [], userError: true };
      throw err;
    }
  },
});
