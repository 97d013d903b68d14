/** The hot spot map: Gi* classes as a choropleth with the conventional seven classes and colours. */
import type { AreaDataset, IncidentDataset, IndicatorTable, JoinResult } from '../types';
import { ratePer1000, type IncidentFilter } from '../analysis/incident-filter';
import { periodsWithData } from '../analysis/timeline-window';
import { coveredPeriodTable, joinCoverage, joinedCounts, keptIncidents, populationForBoundary } from './incident-derived';
import { joinPeriodTable, timelinePeriods } from './timeline-derived';
import { HOTSPOT_BINS, NO_RESULT_BIN } from '../analysis/hotspots/hotspot-bins';
import { classifyCategorical } from '../analysis/classify-categorical';
import { fieldId } from '../analysis/field-registry';
import type { Choropleth } from './choropleth-model';
import type { HotspotRun } from './hotspot-store';
import type { PopulationChoice } from './population-derived';

export const HOTSPOT_FIELD = fieldId({ kind: 'hotspot', variant: 'gi' });
export const HOTSPOT_NO_RESULT_COLOR = '#aaaaaa';

/** Legend order: hot 99 %, 95 %, 90 %, not significant, cold 90 %, 95 %, 99 %, each named by the catalogue. */
export function hotspotChoropleth(dataset: AreaDataset, run: HotspotRun): Choropleth {
  const domain = HOTSPOT_BINS.map((info) => ({ value: info.bin, color: info.color, label: { key: `hotspot.bin.${info.bin}` } }));
  const { classification, classIndexes } = classifyCategorical(Array.from(run.result.bins, (bin) => (bin === NO_RESULT_BIN ? null : bin)), domain, 'hotspot', HOTSPOT_NO_RESULT_COLOR);
  return { datasetId: dataset.id, field: HOTSPOT_FIELD, values: Array.from(run.result.zScores, (z) => (Number.isFinite(z) ? z : null)), classIndexes, classification };
}

/**
 * What Gi* runs on: the kept incidents per area (or per 1,000 residents), and their monthly counts over
 * the months the data covers, area-major, for the emerging hot spot categories. Areas the dataset does not
 * cover (another force's authority) are NaN, so Gi* leaves them out instead of counting them as cold zeros.
 */
export function hotspotInputs(
  boundary: AreaDataset,
  incidents: IncidentDataset,
  join: JoinResult,
  filter: IncidentFilter,
  measure: 'count' | 'rate',
  tables: Record<string, IndicatorTable>,
  chosenPopulation: PopulationChoice | null = null,
): { values: Float64Array; periods: { values: Float64Array; periodCount: number } } | null {
  const areaCount = boundary.features.length;
  const { counts } = joinedCounts(join, keptIncidents(incidents, filter), areaCount);
  const coverage = joinCoverage(join, boundary);
  let values = Float64Array.from(counts, (n, area) => (coverage.covered[area] ? n : Number.NaN));
  if (measure === 'rate') {
    const population = populationForBoundary(boundary, tables, chosenPopulation);
    if (!population) return null;
    values = Float64Array.from(ratePer1000(counts, population.values), (v, area) => (v === null || !coverage.covered[area] ? Number.NaN : v));
  }
  const table = coveredPeriodTable(joinPeriodTable(join, incidents, filter, timelinePeriods([incidents], 'month'), areaCount), coverage);
  const [first, last] = periodsWithData(table);
  const periodCount = last - first + 1;
  const monthly = new Float64Array(areaCount * periodCount);
  for (let area = 0; area < areaCount; area++) {
    for (let p = 0; p < periodCount; p++) monthly[area * periodCount + p] = table.counts[area * table.periodCount + first + p];
  }
  return { values, periods: { values: monthly, periodCount } };
}

export const EMERGING_FIELD = fieldId({ kind: 'hotspot', variant: 'emerging' });

/** Emerging categories in legend order with their colours: hot (reds), then cold (blues), then none. */
export const EMERGING_CLASSES: ReadonlyArray<{ category: string; color: string }> = [
  { category: 'new-hot', color: '#fee08b' },
  { category: 'consecutive-hot', color: '#fdae61' },
  { category: 'intensifying-hot', color: '#d73027' },
  { category: 'persistent-hot', color: '#a50026' },
  { category: 'diminishing-hot', color: '#f46d43' },
  { category: 'sporadic-hot', color: '#fcc5c0' },
  { category: 'oscillating-hot', color: '#f768a1' },
  { category: 'historical-hot', color: '#c994c7' },
  { category: 'new-cold', color: '#c6dbef' },
  { category: 'consecutive-cold', color: '#9ecae1' },
  { category: 'intensifying-cold', color: '#2171b5' },
  { category: 'persistent-cold', color: '#08306b' },
  { category: 'diminishing-cold', color: '#6baed6' },
  { category: 'sporadic-cold', color: '#deebf7' },
  { category: 'oscillating-cold', color: '#807dba' },
  { category: 'historical-cold', color: '#bcbddc' },
  { category: 'no-pattern', color: '#f0f0f0' },
];

/**
 * The emerging hot spot categories as a choropleth: only the categories that occur get a legend row. An area
 * with no Gi* result (no data, e.g. outside the incidents' coverage) is no data, not "no pattern".
 */
export function emergingChoropleth(dataset: AreaDataset, run: HotspotRun): Choropleth | null {
  const emerging = run.result.emerging;
  if (!emerging) return null;
  const categories = emerging.map((category, area) => (Number.isNaN(run.result.zScores[area]) ? null : category));
  const present = EMERGING_CLASSES.filter((c) => categories.includes(c.category));
  const indexOf = new Map(present.map((c, i) => [c.category, i]));
  const domain = present.map((c, i) => ({ value: i, color: c.color, label: { key: `hotspot.category.${c.category}` } }));
  const { classification, classIndexes } = classifyCategorical(categories.map((c) => (c === null ? null : indexOf.get(c) ?? null)), domain, 'emerging', HOTSPOT_NO_RESULT_COLOR);
  return { datasetId: dataset.id, field: EMERGING_FIELD, values: classIndexes.map((k) => (k < 0 ? null : k)), classIndexes, classification };
}
