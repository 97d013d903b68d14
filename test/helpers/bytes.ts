/** Small helpers for building importer inputs in tests. */
import { readFileSync } from 'node:fs';
import type { InputFile } from '../../src/types';

/** An InputFile from a string (UTF-8). */
export function textFile(name: string, text: string): InputFile {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

/** An InputFile from a file on disk. */
export function diskFile(path: string, name = path.split('/').pop() ?? path): InputFile {
  const buffer = readFileSync(path);
  return { name, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
}
