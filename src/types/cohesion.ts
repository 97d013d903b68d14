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
  direction?: CohesionDirection | 'unknown' | 'by-measure';
  note?: string;
}

/**
 * `by-measure` (above): a deprivation measure whose direction depends on what it holds. A score, proportion
 * or extent runs "higher = more deprived" (negative); a rank, decile or quintile runs "1 = most deprived"
 * (positive). Told from the column name, else from the table's file and sheet names (WIMD 2025's
 * "…-ranks-by-small-area.ods" says "Income" holds ranks); unknown when neither says.
 */
export type DeprivationMeasure = 'score' | 'rank';

/**
 * A sentence about a factor: `quotedFromGuide` is true only when `text` is the guide's own words, checked
 * against the guide; false marks our own summary, shown as such.
 */
export interface GuideSentence {
  text: string;
  quotedFromGuide: boolean;
}

/** A dataset that provides a proxy today: who owns it, where to get it, and what discontinued source it replaces. */
export interface ProxyDataset {
  name: string;
  owner: string;
  source: string;
  replaces?: string;
}

/**
 * One proxy of a factor. `guideWording` is the column heading as the guide's table words it (null when the
 * proxy is ours, not the guide's); `columnPatterns` recognise that wording and its machine forms; a proxy's
 * own `direction` overrides the factor's, `unknown` when the guide's direction for it could not be checked.
 */
export interface IndicatorProxy {
  id: string;
  label: string;
  guideWording: string | null;
  direction?: CohesionDirection | 'unknown';
  note?: string;
  datasets: ProxyDataset[];
  columnPatterns: IndicatorColumnPattern[];
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
  /** The association in plain words, about places not people (a custom indicator's own explanation). */
  description: string;
  /** Built-in factors: the guide's "nature of association" (or our summary, marked as such). */
  association?: GuideSentence;
  /** Where later evidence differs from the guide's direction. */
  laterEvidence?: string;
  typicalSources: string[];
  columnPatterns: IndicatorColumnPattern[];
  proxies?: IndicatorProxy[];
  custom?: boolean;
  weight?: number;
  unreliable?: boolean;
}

/** The validated contents of `layers/indicator-catalogue.json` (plus any custom indicators). */
export interface IndicatorCatalogue {
  indicators: IndicatorDefinition[];
}

/** The guide the built-in catalogue follows, and whether its sentences were checked against it. */
export interface GuideReference {
  title: string;
  publisher: string;
  table: string;
  quotesVerified: boolean;
  note: string;
}
