/** Choosing the text encoding of a shapefile's `.dbf` from its `.cpg` (or, without one, from its bytes). */
import type { ImportWarning, InputFile } from '../../types';
import { decodeText } from './json-text';

/**
 * The WHATWG encoding name for a `.cpg` code page label: "UTF-8", "65001", "1252", "ANSI 1252",
 * "88591", "ISO-8859-1", "latin1"… (latin1 and ISO-8859-1 decode as windows-1252, per the WHATWG spec).
 * Returns null for labels we cannot decode.
 */
export function encodingFromCodePage(label: string): string | null {
  const text = label.trim().toLowerCase();
  if (/^(utf-?8|65001)$/.test(text)) return 'utf-8';
  const windows = /^(?:ansi\s*|cp|windows-?)?(125\d)$/.exec(text);
  if (windows) return `windows-${windows[1]}`;
  const iso = /^(?:iso[-_ ]?)?8859[-_ ]?(\d{1,2})$/.exec(text);
  const candidate = iso ? `iso-8859-${iso[1]}` : text;
  try {
    return new TextDecoder(candidate).encoding;
  } catch {
    return null;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding to read the `.dbf` with, and a warning when we had to guess. Without a `.cpg` the default is
 * UTF-8, unless the records are not valid UTF-8, in which case they are most likely Windows-1252 (ESRI's
 * long-time default for British data).
 */
export function chooseDbfEncoding(dbf: InputFile, cpg: InputFile | undefined): { encoding: string; warnings: ImportWarning[] } {
  if (cpg) {
    const cpgText = decodeText(cpg.bytes);
    const encoding = encodingFromCodePage(cpgText);
    if (encoding) return { encoding, warnings: [] };
    return {
      encoding: 'utf-8',
      warnings: [{
        code: 'unknown-encoding',
        file: cpg.name,
        detail: 'code-page',
        params: { file: cpg.name, codePage: cpgText.trim() },
      }],
    };
  }
  const view = new DataView(dbf.bytes);
  const headerLength = dbf.bytes.byteLength >= 10 ? view.getUint16(8, true) : 0;
  const records = new Uint8Array(dbf.bytes, Math.min(headerLength, dbf.bytes.byteLength));
  if (isValidUtf8(records)) return { encoding: 'utf-8', warnings: [] };
  return {
    encoding: 'windows-1252',
    warnings: [{
      code: 'unknown-encoding',
      file: dbf.name,
      detail: 'dbf',
      params: { file: dbf.name },
    }],
  };
}
