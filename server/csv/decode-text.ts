/**
 * Bytes of a PSA export → text. UTF-8 (BOM stripped), UTF-16 LE/BE by BOM (or by the zero bytes of
 * ASCII text when an exporter left the BOM out). Anything else — a workbook, binary data, a legacy
 * 8-bit encoding — is refused with one line that says what to do, never guessed at.
 */
import { UsageError } from '../cli/io';

function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 512);
  if (n < 4) return null;
  let zeroEven = 0, zeroOdd = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) (i % 2 === 0 ? zeroEven++ : zeroOdd++);
  const half = n / 2;
  if (zeroOdd > half * 0.8 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > half * 0.8 && zeroOdd === 0) return 'utf-16be';
  return null;
}

export function decodeText(buf: Uint8Array, label: string): string {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    throw new UsageError(`${label} is a zip archive (an .xlsx workbook?), not a CSV export`);
  }
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  else if (buf[0] === 0xff && buf[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (buf[0] === 0xfe && buf[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else encoding = utf16WithoutBom(buf) ?? 'utf-8';

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(buf.subarray(start));
  } catch {
    throw new UsageError(`${label} is not valid ${encoding.toUpperCase()} text; export the CSV as UTF-8 (or UTF-16)`);
  }
  // Text exports hold no control characters besides tab and line breaks.
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    throw new UsageError(`${label} holds binary data (control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} on line ${line}); expected a CSV text export`);
  }
  return text;
}
