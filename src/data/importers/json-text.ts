/** Decoding and parsing JSON input files, with parse errors that say where the problem is. */
import type { ImportError, InputFile } from '../../types';

/** The file's bytes as UTF-8 text (a leading byte-order mark is dropped). */
export function decodeText(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Parses a JSON file, or returns `parse-failed` naming the file, the parser's complaint and the position. */
export function parseJsonFile(file: InputFile, expected: string): { ok: true; json: unknown } | { ok: false; error: ImportError } {
  const text = decodeText(file.bytes);
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', file: file.name, message: `${file.name} is empty: expected ${expected}.` } };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    const position = /position (\d+)/.exec(reason);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return {
      ok: false,
      error: {
        code: 'parse-failed',
        file: file.name,
        message: `${file.name} is not valid JSON${where} (${reason}): expected ${expected}.`,
        hint: 'the file may be truncated or not a JSON file; export it again.',
      },
    };
  }
}
