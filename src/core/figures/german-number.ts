// Parses German numbers written in digits or words, returning null whenever the reading is not certain.

/** `5.800` → 5800, `1,6` → 1.6, `1.234,5` → 1234.5, `7 000` → 7000; `2.5`, `1.5.2020` and `000` are not certain → null. */
export function parseGermanDigits(text: string): number | null {
  if (/^0\d/.test(text)) return null; // `000`, `07`: a fragment or a code, not a quantity
  if (/^\d{1,3}( \d{3})+$/.test(text)) return Number(text.replace(/ /g, '')); // `7 000`
  if (/^\d{1,3}('\d{3})+$/.test(text)) return Number(text.replace(/'/g, '')); // `740'000`, Swiss
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

const ONES: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const SMALL: Record<string, number> = {
  ...ONES, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90,
};

/**
 * `acht` → 8, `zwölf` → 12, `einundzwanzig` → 21, `zweihundertfünfzig` → 250, `dreitausend` → 3000.
 * Bare `ein`/`eine` are articles, not numbers: null.
 */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'ein' || w === 'eine') return null;
  if (w === 'anderthalb') return 1.5;
  // `eineinhalb`, `zweieinhalb`: the number and a half.
  if (w.endsWith('einhalb')) {
    const whole = w === 'eineinhalb' ? 1 : parseWords(w.slice(0, -7));
    return whole === null ? null : whole + 0.5;
  }
  return parseWords(w);
}

function parseWords(w: string): number | null {
  if (w === '') return null;
  if (w in SMALL) return SMALL[w]!;
  const t = w.indexOf('tausend');
  if (t >= 0) {
    const head = t === 0 ? 1 : parseWords(w.slice(0, t));
    const tail = w.slice(t + 7);
    const rest = tail === '' ? 0 : parseWords(tail);
    return head !== null && rest !== null && rest < 1000 ? head * 1000 + rest : null;
  }
  const h = w.indexOf('hundert');
  if (h >= 0) {
    const head = h === 0 ? 1 : ONES[w.slice(0, h)] ?? null;
    const tail = w.slice(h + 7);
    const rest = tail === '' ? 0 : parseWords(tail.replace(/^und/, ''));
    return head !== null && rest !== null && rest < 100 ? head * 100 + rest : null;
  }
  const und = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(w);
  if (und) return ONES[und[1]!]! + SMALL[und[2]!]!;
  return null;
}

export const MULTIPLIERS: Record<string, number> = {
  million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
};
