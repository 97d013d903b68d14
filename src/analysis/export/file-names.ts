/** File names for exported images: readable, safe on every operating system, unique within a zip. */

/**
 * A file-name stem from free text: letters (any script, Welsh accents kept), digits, dots and hyphens;
 * everything else becomes a hyphen. Never empty ("map" instead), at most 80 characters.
 */
export function fileStem(text: string): string {
  const stem = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return stem || 'map';
}

/** The stems made unique by numbering repeats ("rate", "rate-2", …), in order. */
export function uniqueStems(stems: ReadonlyArray<string>): string[] {
  const seen = new Set<string>();
  return stems.map((stem) => {
    let candidate = stem;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
