// The corpus folder as the front ends lend it to `/add` and `/remove`: bound to the configured folder and fetch
// limits. Discord may add addresses only (never a path on this machine); the terminal may add local files too.
import type { CorpusFiles } from './command.js';
import { UserError } from './core/errors.js';
import { addFromFile, addFromUrl, removeFromCorpus } from './io/add-to-corpus.js';
import type { FetchLimits } from './io/fetch-source.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './core/ingest/limits.js';

const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;

export function corpusFiles(corpusDir: string, limits: FetchLimits, front: 'discord' | 'terminal',
  ingest: IngestLimits = DEFAULT_INGEST_LIMITS): CorpusFiles {
  return {
    add(target) {
      const t = target.trim();
      if (ADDRESS.test(t)) return addFromUrl(corpusDir, t, limits, ingest);
      if (front === 'discord') return Promise.reject(new UserError('Bitte eine Adresse (https://…) angeben oder eine Datei anhängen.'));
      return addFromFile(corpusDir, t, ingest);
    },
    remove: name => removeFromCorpus(corpusDir, name.trim()),
    removeHint: name => (front === 'discord' ? `/entfernen datei:${name}` : `/remove ${name}`),
    addHint: front === 'discord' ? 'Gib eine Adresse an (adresse: https://…) oder hänge eine Datei an.'
      : 'Gib eine Adresse oder den Pfad einer Datei an, zum Beispiel: /add https://www.example.de/meldung.html oder /add bericht.pdf',
  };
}
