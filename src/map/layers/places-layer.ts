/**
 * Places and assets on the map (issue 16): each place as its category's shape in its category's colour,
 * outlined dark so it reads on any fill (PLACE_LEGEND_ORDER and placeSymbol are shared with the legend).
 */
import { TextLayer } from '@deck.gl/layers';
import type { Place } from '../../types';
import { PLACE_GLYPHS, placeSymbol } from '../../analysis/place-symbols';

/** One text layer of a place layer's places. */
export function buildPlacesLayer(id: string, places: readonly Place[]): TextLayer<Place> {
  return new TextLayer<Place>({
    id,
    data: places as Place[],
    getPosition: (place: Place) => place.position,
    getText: (place: Place) => placeSymbol(place.category).glyph,
    getColor: (place: Place) => [...placeSymbol(place.category).rgb, 255],
    getSize: 24,
    characterSet: [...PLACE_GLYPHS],
    fontFamily: '"DejaVu Sans", "Segoe UI Symbol", "Liberation Sans", Arial, sans-serif',
    fontSettings: { sdf: true, fontSize: 64, buffer: 8 },
    outlineWidth: 3,
    outlineColor: [30, 30, 30, 230],
    pickable: true,
    updateTriggers: { getText: [places], getColor: [places] },
  });
}
