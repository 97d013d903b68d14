/** Turning a text file's bytes into a string, as spreadsheets and exports actually write them. */
import type { ImportWarning, InputFile } from '../../types';

/**
 * UTF-16 by its byte-order mark, or by the zero bytes of ASCII text written in it (Excel's "Unicode
 * text" saves little-endian UTF-16); null for anything else.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.9 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > pairs * 0.9 && zeroOdd === 0) return 'utf-16be';
  return null;
}

/**
 * UTF-16 (see `utf16Encoding`), UTF-8 (a byte-order mark is dropped), or Windows-1252 with a warning
 * when the bytes are not UTF-8.
 */
export function decodeTextFile(file: InputFile): { text: string; warnings: ImportWarning[] } {
  const utf16 = utf16Encoding(new Uint8Array(file.bytes));
  if (utf16) return { text: new TextDecoder(utf16).decode(file.bytes), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(file.bytes);
    return { text, warnings: [{ code: 'unknown-encoding', file: file.name, params: { file: file.name } }] };
  }
}
