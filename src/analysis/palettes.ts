/**
 * Choropleth palette registry built from d3-scale-chromatic (ColorBrewer schemes by Cynthia Brewer,
 * plus the perceptually uniform viridis family). Every colour is a lowercase `#rrggbb` string.
 *
 * Orientation: every palette runs from low values to high values as listed. ColorBrewer sequential
 * schemes already go light → dark; viridis, cividis and plasma are sampled from dark → light by d3,
 * so they are flipped here to follow the same "high values dark" convention (see
 * `ClassificationOptions.reversed`). Diverging schemes keep ColorBrewer's order (e.g. RdBu: red low,
 * blue high) with the neutral middle colour at the centre.
 */
import * as chromatic from 'd3-scale-chromatic';
import type { Palette } from '../types';

/** The palette used for sequential data (counts, rates) unless the user picks another. */
export const DEFAULT_SEQUENTIAL_PALETTE = 'YlOrRd';

/** The palette used for data centred on a meaningful midpoint unless the user picks another. */
export const DEFAULT_DIVERGING_PALETTE = 'RdBu';

/**
 * Fill for areas with no value (null, NaN, ±Infinity): a flat neutral grey, more than 10 units per
 * channel away from every palette colour for 3–9 classes. No pure light grey can be that: the Greys
 * scheme steps through #f7, #f0, #d9, #cc, #bd and Purples has #dadaeb, so #aaaaaa (between Greys'
 * #bdbdbd and #969696) is the lightest-looking grey that never reads as a data class.
 */
export const NO_DATA_COLOR = '#aaaaaa';

/** Smallest class count every palette supports (ColorBrewer schemes start at 3). */
export const MIN_CLASS_COUNT = 3;
/** Largest class count every palette supports (ColorBrewer sequential schemes stop at 9). */
export const MAX_CLASS_COUNT = 9;

type SchemeArray = ReadonlyArray<ReadonlyArray<string>>;
type Interpolator = (t: number) => string;

interface PaletteSource {
  id: string;
  label: string;
  kind: Palette['kind'];
  colorBlindSafe: boolean;
  scheme?: SchemeArray;
  interpolate?: Interpolator;
}

// ColorBrewer marks every sequential scheme colour-blind safe. Among the diverging ones, RdYlGn and
// Spectral are not (red and green classes collide for deuteranopes); the others listed here are.
const SOURCES: PaletteSource[] = [
  brewer('Blues', 'Blues', 'sequential', true, chromatic.schemeBlues),
  brewer('Greens', 'Greens', 'sequential', true, chromatic.schemeGreens),
  brewer('Greys', 'Greys', 'sequential', true, chromatic.schemeGreys),
  brewer('Oranges', 'Oranges', 'sequential', true, chromatic.schemeOranges),
  brewer('Purples', 'Purples', 'sequential', true, chromatic.schemePurples),
  brewer('Reds', 'Reds', 'sequential', true, chromatic.schemeReds),
  brewer('BuGn', 'Blue–green', 'sequential', true, chromatic.schemeBuGn),
  brewer('BuPu', 'Blue–purple', 'sequential', true, chromatic.schemeBuPu),
  brewer('GnBu', 'Green–blue', 'sequential', true, chromatic.schemeGnBu),
  brewer('OrRd', 'Orange–red', 'sequential', true, chromatic.schemeOrRd),
  brewer('PuBu', 'Purple–blue', 'sequential', true, chromatic.schemePuBu),
  brewer('PuBuGn', 'Purple–blue–green', 'sequential', true, chromatic.schemePuBuGn),
  brewer('PuRd', 'Purple–red', 'sequential', true, chromatic.schemePuRd),
  brewer('RdPu', 'Red–purple', 'sequential', true, chromatic.schemeRdPu),
  brewer('YlGn', 'Yellow–green', 'sequential', true, chromatic.schemeYlGn),
  brewer('YlGnBu', 'Yellow–green–blue', 'sequential', true, chromatic.schemeYlGnBu),
  brewer('YlOrBr', 'Yellow–orange–brown', 'sequential', true, chromatic.schemeYlOrBr),
  brewer('YlOrRd', 'Yellow–orange–red', 'sequential', true, chromatic.schemeYlOrRd),
  { id: 'Viridis', label: 'Viridis', kind: 'sequential', colorBlindSafe: true, interpolate: flip(chromatic.interpolateViridis) },
  { id: 'Cividis', label: 'Cividis', kind: 'sequential', colorBlindSafe: true, interpolate: flip(chromatic.interpolateCividis) },
  { id: 'Plasma', label: 'Plasma', kind: 'sequential', colorBlindSafe: true, interpolate: flip(chromatic.interpolatePlasma) },
  brewer('RdBu', 'Red–blue', 'diverging', true, chromatic.schemeRdBu),
  brewer('RdYlBu', 'Red–yellow–blue', 'diverging', true, chromatic.schemeRdYlBu),
  brewer('PuOr', 'Purple–orange', 'diverging', true, chromatic.schemePuOr),
  brewer('BrBG', 'Brown–blue-green', 'diverging', true, chromatic.schemeBrBG),
  brewer('PiYG', 'Pink–yellow-green', 'diverging', true, chromatic.schemePiYG),
  brewer('PRGn', 'Purple–green', 'diverging', true, chromatic.schemePRGn),
  brewer('RdYlGn', 'Red–yellow–green', 'diverging', false, chromatic.schemeRdYlGn),
  brewer('Spectral', 'Spectral', 'diverging', false, chromatic.schemeSpectral),
];

const REGISTRY: ReadonlyMap<string, Palette> = new Map(SOURCES.map((source) => [source.id, toPalette(source)]));

/** All registered palettes in display order, optionally only those of one kind. */
export function listPalettes(kind?: Palette['kind']): Palette[] {
  const all = [...REGISTRY.values()];
  return kind === undefined ? all : all.filter((palette) => palette.kind === kind);
}

/** True when `id` names a registered palette (for validating presets and saved state). */
export function isPaletteId(id: string): boolean {
  return REGISTRY.has(id);
}

/** The palette with this id; an unknown id is a programmer error and throws. */
export function getPalette(id: string): Palette {
  const palette = REGISTRY.get(id);
  if (!palette) throw new Error(`Unknown palette id "${id}"; known: ${[...REGISTRY.keys()].join(', ')}`);
  return palette;
}

/**
 * `classCount` colours (clamped to 3–9) of palette `id`, low class first, or high class first when
 * `reversed`. Returns a fresh array each call.
 */
export function paletteColors(id: string, classCount: number, reversed = false): string[] {
  const colors = getPalette(id).colors(clampClassCount(classCount));
  return reversed ? colors.reverse() : colors;
}

/**
 * Colours for `count` actual classes (0–9). From 3 up this is `paletteColors`; fewer classes (ties or
 * a constant field leave only one or two) take the ends (2) or the middle (1) of the 3-class scheme,
 * so they stay visibly apart and never look like the palette's extreme for a lone value.
 */
export function classColors(id: string, count: number, reversed = false): string[] {
  if (count >= MIN_CLASS_COUNT) return paletteColors(id, count, reversed);
  const three = paletteColors(id, MIN_CLASS_COUNT, reversed);
  if (count === 2) return [three[0], three[2]];
  return count === 1 ? [three[1]] : [];
}

/** Rounds and clamps a requested class count into the 3–9 range every palette supports. */
export function clampClassCount(classCount: number): number {
  if (!Number.isFinite(classCount)) return MIN_CLASS_COUNT;
  return Math.min(MAX_CLASS_COUNT, Math.max(MIN_CLASS_COUNT, Math.round(classCount)));
}

function brewer(id: string, label: string, kind: Palette['kind'], colorBlindSafe: boolean, scheme: SchemeArray): PaletteSource {
  return { id, label, kind, colorBlindSafe, scheme };
}

function flip(interpolate: Interpolator): Interpolator {
  return (t) => interpolate(1 - t);
}

function toPalette(source: PaletteSource): Palette {
  const cache = new Map<number, readonly string[]>();
  const build = (k: number): readonly string[] => {
    if (source.scheme) return source.scheme[k].map(toHex);
    const interpolate = source.interpolate as Interpolator;
    return Array.from({ length: k }, (_, i) => toHex(interpolate(i / (k - 1))));
  };
  return {
    id: source.id,
    label: source.label,
    kind: source.kind,
    colorBlindSafe: source.colorBlindSafe,
    colors: (classCount) => {
      const k = clampClassCount(classCount);
      let colors = cache.get(k);
      if (!colors) {
        colors = build(k);
        cache.set(k, colors);
      }
      return [...colors];
    },
  };
}

/** d3 returns `#rrggbb` from schemes and `rgb(r, g, b)` from some interpolators; normalise to hex. */
function toHex(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  const match = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(color);
  if (!match) throw new Error(`Unexpected colour format from d3-scale-chromatic: ${color}`);
  return `#${match.slice(1, 4).map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}
