/**
 * How each place category is drawn: a shape and a colour, so the category reads by shape as well as by
 * colour (colour is never the only cue), in the same order on the map, in the legend and in lists.
 */
import type { PlaceCategory } from '../types';
import { categoryColor, categoryRgb } from './category-colors';

/** Shapes from the Unicode Geometric Shapes and Dingbats blocks, which common system fonts carry. */
const GLYPHS: Readonly<Record<PlaceCategory, string>> = {
  'place-of-worship': '▲',
  'community-centre': '■',
  school: '●',
  hostel: '▼',
  flashpoint: '★',
  'bridging-organisation': '◆',
  venue: '◉',
  other: '✚',
};

/** The categories in the legend's order. */
export const PLACE_LEGEND_ORDER = Object.keys(GLYPHS) as PlaceCategory[];

/** Every glyph, for the text layer's character set. */
export const PLACE_GLYPHS: readonly string[] = Object.values(GLYPHS);

/** The symbol of a category: its glyph, and its colour as hex (legend) and [r, g, b] (map). */
export function placeSymbol(category: PlaceCategory): { glyph: string; color: string; rgb: [number, number, number] } {
  const index = PLACE_LEGEND_ORDER.indexOf(category);
  return { glyph: GLYPHS[category], color: categoryColor(index), rgb: categoryRgb(index) };
}
