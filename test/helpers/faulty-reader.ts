// A reader process for the pool's tests that speaks parse-child's protocol and fails on cue: `wirft.txt` fails
// fatally (as an exception outside a parser's awaited path does), `stirbt.txt` ends the process without a word,
// every other file gives one article titled with its name.
import type { ChildReply, ChildRequest } from '../../src/io/parse-protocol.js';

const send = (m: ChildReply, then?: () => void) => process.send!(m, undefined, {}, then);
process.on('message', (m: ChildRequest) => {
  for (const f of m.files) {
    if (f.name === 'wirft.txt') {
      send({ kind: 'failed', id: f.id, message: 'Parser warf außerhalb', fatal: true }, () => process.exit(70));
      return;
    }
    if (f.name === 'stirbt.txt') process.exit(3);
    const outcome = { source: f.name, skipped: null, warnings: [], parsed: [{ source: f.name, layout: 'web', title: f.name, lead: null, placeHint: null,
      date: null, datePrecision: null, dateMethod: null, paragraphs: [{ text: 'Text.', kind: 'body', source: f.name }], tags: [], urls: [] }] };
    send({ kind: 'done', id: f.id, outcome: JSON.stringify(outcome) });
  }
});
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready' });
