/** Turning a text file's bytes into a string, as spreadsheets and exports actually write them. */
import type { ImportWarning, InputFile } from '../../types';

/** UTF-8 (a byte-order mark is dropped), or Windows-1252 with a warning when the bytes are not UTF-8. */
export function decodeTextFile(file: InputFile): { text: string; warnings: ImportWarning[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(file.bytes);
    return { text, warnings: [{ code: 'unknown-encoding', file: file.name, params: { file: file.name } }] };
  }
}
