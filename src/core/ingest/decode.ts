// Turns a file's bytes into normalised text (NFC, \n line ends, no invisible characters), or says why not.
import { withoutControls } from '../text/printable.js';

export type Decoded =
  | { ok: true; text: string; warning: string | null }
  | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');
/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F (€, „, “, –, …). Node's TextDecoder('windows-1252')
 * decodes that range as Latin-1 control characters, so the table is spelled out here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Share of control bytes above which a file counts as binary. */
const BINARY_CONTROL_SHARE = 0.05;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'leere Datei' };

  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(2));
    return finish(text, `als ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} (mit BOM) gelesen`);
  }
  if (bytes.includes(0)) return { ok: false, reason: 'enthält NUL-Bytes (Binärdatei?)' };
  if (controlShare(bytes) > BINARY_CONTROL_SHARE) return { ok: false, reason: 'Binärdatei (viele Steuerzeichen)' };

  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return finish(UTF8.decode(body), null);
  } catch {
    // Not all of it is UTF-8. A UTF-8 file with a stray byte keeps its UTF-8 (the byte becomes U+FFFD, and is
    // reported); only a file whose other characters are not UTF-8 either is read as Windows-1252.
    const lenient = UTF8_LENIENT.decode(body);
    let replaced = 0;
    let multibyte = 0;
    for (let i = 0; i < lenient.length; i++) {
      const c = lenient.charCodeAt(i);
      if (c === 0xfffd) replaced++;
      else if (c > 0x7f) multibyte++;
    }
    if (multibyte > replaced || declaresUtf8(body)) {
      return finish(lenient, `${replaced === 1 ? 'eine ungültige UTF-8-Bytefolge' : `${replaced} ungültige UTF-8-Bytefolgen`} durch „\uFFFD“ ersetzt`);
    }
    return finish(decodeWindows1252(body), 'kein gültiges UTF-8, als Windows-1252 gelesen');
  }
}

/** Whether the head of an HTML page declares UTF-8 (`<meta charset="utf-8">` or the http-equiv form). */
function declaresUtf8(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?utf-?8/i.test(head);
}

function finish(raw: string, warning: string | null): Decoded {
  const text = normaliseText(raw);
  if (text.trim() === '') return { ok: false, reason: 'enthält nur Leerraum' };
  return { ok: true, text, warning };
}

/** NFC, \n line ends, soft hyphens and zero-width characters removed, special spaces made plain, no controls. */
export function normaliseText(raw: string): string {
  return withoutControls(raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' '))
    .normalize('NFC');
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

function utf16Encoding(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 2) return null;
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function controlShare(b: Uint8Array): number {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control / n;
}
