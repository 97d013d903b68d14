/** Greedy word wrapping with a caller-supplied text measure, for drawing text on exported images. */

/** Text width in pixels for a font; the browser passes canvas measureText, tests a simple formula. */
export type MeasureText = (text: string, font: FontSpec) => number;

/** A font on an exported page: size in device pixels and weight (the family is fixed by the renderer). */
export interface FontSpec {
  sizePx: number;
  bold: boolean;
}

/**
 * Splits `text` into lines no wider than `maxWidthPx` (breaking at spaces; a single word longer than
 * the width stays whole on its own line). Keeps explicit line breaks. At most `maxLines` lines: the
 * last one kept ends with "…" when text was cut. Empty text gives no lines.
 */
export function wrapText(text: string, font: FontSpec, maxWidthPx: number, measure: MeasureText, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, font) > maxWidthPx) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && measure(`${last}…`, font) > maxWidthPx) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
