// A sentence that points back (`einen solchen Verstoß`) to one that points back itself (`die Bußgelder hierfür`) speaks
// of what the first of them names: its figure answers a question in that first sentence's words.
import { describe, expect, it } from 'vitest';
import { textEngine } from '../../helpers/engines.js';

const engine = textEngine({
  'vechta.txt': 'Vechta verschärft Bußgelder\n\n[12.5.2024] Der Rat der Stadt Vechta hat einen neuen Bußgeldkatalog beschlossen.\n\n'
    + 'Für Falschparker in der Innenstadt werden im Regelfall 35 Euro fällig. '
    + 'Wer im Stadtpark Müll liegen lässt, muss ebenfalls zahlen. Die Bußgelder hierfür reichen von 20 bis 200 Euro. '
    + 'Für einen solchen Verstoß werden im Regelfall rund 60 Euro fällig.\n',
});

describe('sentences that point back over two steps', () => {
  it('lend the figure the words of the sentence the chain starts from', () => {
    const a = engine.ask('Wie viel Euro werden im Regelfall fällig, wenn man im Stadtpark Müll liegen lässt?').answers[0];
    expect(a?.answer?.text).toBe('rund 60 Euro');
  });

  it('leave a figure whose own sentence names the asked words as it was', () => {
    const a = engine.ask('Wie viel Euro werden für Falschparker im Regelfall fällig?').answers[0];
    expect(a?.answer?.text).toBe('35 Euro');
  });
});
