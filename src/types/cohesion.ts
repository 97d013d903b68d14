/**
 * Cohesion indicators: the catalogue of the eight cohesion factors tracked area by area (after the Welsh
 * Government guide to community cohesion mapping) and the users' own indicators, in one shape.
 */

/**
 * How an indicator's values relate to cohesion: `positive` = a higher value goes with higher cohesion,
 * `negative` = a higher value goes with lower cohesion. An association between places, not a cause.
 */
export type CohesionDirection = 'positive' | 'negative';

/** The eight cohesion factors of the guide. */
export type CohesionFactorId = 'age' | 'ethnicity' | 'migration' | 'deprivation' | 'crime' | 'education' | 'occupation' | 'disability';

/**
 * A column-name pattern that suggests an indicator for a table column: a case-insensitive regular
 * expression matched against the whole normalised column name (lower case, runs of anything but a–z/0–9
 * turned into one `_`, `%` read as `pct` and `+` as `plus`, no leading/trailing `_`). `direction`
 * overrides the indicator's own when this kind of column runs the other way, e.g. deprivation ranks (rank 1
 * = most deprived); `unknown` when the name alone cannot tell (WIMD workbooks use "Income" for scores in one
 * edition and ranks in the next), so the user must say. `note` says why; it is required with `unknown`.
 */
export interface IndicatorColumnPattern {
  pattern: string;
  direction?: CohesionDirection | 'unknown';
  note?: string;
}

/**
 * One indicator: a built-in factor (`id` is a `CohesionFactorId`) or the user's own (`custom: true`, any
 * id, e.g. anti-social behaviour or election turnout). `weight` (default 1) is its weight in the composite
 * index; `unreliable` indicators stay mappable on their own but are left out of the index.
 */
export interface IndicatorDefinition {
  id: string;
  label: string;
  direction: CohesionDirection;
  /** The association in plain words, about places not people. */
  description: string;
  typicalSources: string[];
  columnPatterns: IndicatorColumnPattern[];
  custom?: boolean;
  weight?: number;
  unreliable?: boolean;
}

/** The validated contents of `layers/indicator-catalogue.json` (plus any custom indicators). */
export interface IndicatorCatalogue {
  indicators: IndicatorDefinition[];
}
