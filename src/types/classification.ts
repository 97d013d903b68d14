/** Choropleth classification: one object feeds the map paint, the legend and the tooltips. */

export type ClassificationMethod = 'quantile' | 'equal-interval' | 'jenks' | 'std-dev' | 'manual';

export interface ClassificationOptions {
  method: ClassificationMethod;
  /** 3 to 9. Ignored for 'manual' (the breaks decide); for 'std-dev', the number of SD-wide classes. */
  classCount: number;
  paletteId: string;
  /** Inner break values for 'manual': n-1 ascending thresholds for n classes. */
  manualBreaks?: number[];
  /** Reverse the palette order (high values light). */
  reversed?: boolean;
}

/** One class: values v with lower <= v < upper (the last class includes its upper bound). */
export interface ClassBin {
  lower: number;
  upper: number;
  color: string;
  count: number;
}

/** The name of one category of a categorical classification: a catalogue key with its parameters. */
export interface CategoryLabel {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Numeric (class bounds from thresholds) or categorical (`method: 'categorical'`: a fixed domain of values,
 * each bin one category named by `categories[i]`; legends list the names, never numeric ranges).
 */
export interface Classification {
  method: ClassificationMethod | 'categorical';
  /** Categorical only: the name of each bin, parallel to `bins`. */
  categories?: CategoryLabel[];
  paletteId: string;
  /** Inner thresholds, ascending; bins.length === thresholds.length + 1. */
  thresholds: number[];
  bins: ClassBin[];
  noDataColor: string;
  noDataCount: number;
  min: number;
  max: number;
}

export interface Palette {
  id: string;
  label: string;
  kind: 'sequential' | 'diverging';
  colorBlindSafe: boolean;
  /** Colours for a given class count (3–9). */
  colors: (classCount: number) => string[];
}
