/**
 * Suggestions for a box where a person types an area by name or code. A national layer has 35,000 areas:
 * offering all of them at once would put 35,000 options into the page (seconds of work for the browser,
 * and no help to a person), so only the areas matching what was typed are offered, a few at a time.
 */
import type { AreaDataset } from '../types';
import { localAreaName } from './area-name';

/** At most this many suggestions are offered; typing more narrows them. */
export const AREA_SUGGESTION_LIMIT = 50;

/** One suggested area: its position in the layer and the text offered, "name (code)". */
export interface AreaSuggestion {
  index: number;
  text: string;
}

/**
 * The layer's areas whose name (in `locale`) or code contains `typed` (case-insensitive), names that
 * start with it first, in layer order within each group, at most `limit`. A small layer (up to the limit)
 * is offered whole while nothing is typed.
 */
export function suggestAreas(layer: Pick<AreaDataset, 'areaNames' | 'areaCodes' | 'areaNamesWelsh'>, typed: string, locale: string, limit = AREA_SUGGESTION_LIMIT): AreaSuggestion[] {
  const needle = typed.trim().toLowerCase();
  const count = layer.areaCodes.length;
  if (!needle && count > limit) return [];
  const starting: AreaSuggestion[] = [];
  const containing: AreaSuggestion[] = [];
  for (let index = 0; index < count && starting.length < limit; index++) {
    const name = localAreaName(layer, index, locale);
    const code = layer.areaCodes[index];
    const text = `${name} (${code})`;
    const lowerName = name.toLowerCase();
    if (!needle || lowerName.startsWith(needle) || code.toLowerCase().startsWith(needle)) starting.push({ index, text });
    else if (containing.length < limit && text.toLowerCase().includes(needle)) containing.push({ index, text });
  }
  return [...starting, ...containing].slice(0, limit);
}
