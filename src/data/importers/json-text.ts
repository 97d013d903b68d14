/** Decoding and parsing JSON input files, with parse errors that say where the problem is. */
import type { ExpectedContent, ImportError, InputFile } from '../../types';

/** The file's bytes as UTF-8 text (a leading byte-order mark is dropped). */
export function decodeText(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
}

/** Parses a JSON file, or returns `parse-failed` naming the file, the parser's complaint and the position. */
export function parseJsonFile(file: InputFile, expected: ExpectedContent): { ok: true; json: unknown } | { ok: false; error: ImportError } {
  const text = decodeText(file.bytes);
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected } } };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    const position = /position (\d+)/.exec(reason);
    const params = { file: file.name, reason, expected };
    return position
      ? { ok: false, error: { code: 'parse-failed', detail: 'at-position', file: file.name, params: { ...params, ...lineAndColumn(text, Number(position[1])) } } }
      : { ok: false, error: { code: 'parse-failed', file: file.name, params } };
  }
}
