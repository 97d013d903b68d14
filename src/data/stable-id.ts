/**
 * Ids that survive reloads and workspace files (issue 12, "Stable ids"): content-derived for what a file
 * produced, random for what the user made. Ids never contain `:`, which separates the parts of field ids.
 */
import { fileKey } from './workspace-file';

/** Hex digits of the SHA-256 kept in a content-derived id (64 bits: collisions are not a concern here). */
const HASH_DIGITS = 16;

/**
 * `<kind>-<hash>`, the hash taken over each file's name and SHA-256 (the key the workspace stores it
 * under) plus `extra` (a TopoJSON object, a sheet). The same files always give the same id.
 */
export async function contentId(kind: string, files: readonly { name: string; bytes: ArrayBuffer }[], extra: readonly string[] = []): Promise<string> {
  const keys = await Promise.all(files.map((f) => fileKey(f.bytes)));
  const summary = JSON.stringify([files.map((f, i) => [f.name, keys[i]]), extra]);
  return `${kind}-${(await textKey(summary)).slice(0, HASH_DIGITS)}`;
}

/** `<kind>-<hash>` of a text (for something made from other ids, e.g. editions merged into one table). */
export async function textId(kind: string, text: string): Promise<string> {
  return `${kind}-${(await textKey(text)).slice(0, HASH_DIGITS)}`;
}

function textKey(text: string): Promise<string> {
  return fileKey(new TextEncoder().encode(text).buffer as ArrayBuffer);
}

/** `<kind>-<random hex>` for something the user made (a merged layer, a saved view, a received package). */
export function randomId(kind: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(HASH_DIGITS / 2));
  return `${kind}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * `base` when it is free, else `base_2`, `base_3`…: the same file loaded twice in one session gives two
 * datasets with distinct ids (the first keeps the content-derived one).
 */
export function unusedId(base: string, isTaken: (id: string) => boolean): string {
  if (!isTaken(base)) return base;
  let n = 2;
  while (isTaken(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}
