/** Reads manual class breaks typed by a user. */

/** Parses "10, 20, 30" (commas, semicolons or spaces) into strictly ascending numbers, or null if it is not that. */
export function parseManualBreaks(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (!parts.length) return null;
  const numbers = parts.map((p) => Number(p));
  if (numbers.some((n) => !Number.isFinite(n))) return null;
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]) ? numbers : null;
}
