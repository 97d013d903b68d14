/**
 * Values per area of the index's incident and tension measures (`SourceIndexItem`s): an incident rate per
 * 1,000 residents or count from the join into the analysed layer, over all the dataset's dates and one
 * category (or all); or the tension log's elevated assessments per area.
 */
import type { AreaDataset, IncidentDataset, IndicatorTable, JoinResult, TensionAssessment } from '../types';
import { elevatedAssessmentCounts } from '../analysis/tension/elevated-history';
import type { IndexIndicatorInput } from '../analysis/cohesion/composite-index';
import { incidentFieldId, incidentFieldValues } from './incident-derived';
import type { PopulationChoice } from './population-derived';
import { sourceKey, type IndexSource, type SourceIndexItem } from './cohesion-store';

/** What the source measures are computed from: plain store data. */
export interface CohesionSources {
  incidents: Record<string, IncidentDataset>;
  joins: Record<string, JoinResult>;
  tables: Record<string, IndicatorTable>;
  populations: Record<string, PopulationChoice>;
  tensionRows: readonly TensionAssessment[];
}

/**
 * A source's values per area of the layer (NaN = no data: an area the incidents do not cover, no population,
 * never assessed), or null when it cannot be computed now (the join or the category is gone, no population).
 */
export function sourceValues(boundary: AreaDataset, source: IndexSource, sources: CohesionSources): Float64Array | null {
  if (source.kind === 'tension') return sources.tensionRows.length ? elevatedAssessmentCounts(sources.tensionRows, boundary.areaCodes) : null;
  const dataset = sources.incidents[source.incidentId];
  if (!dataset) return null;
  const category = source.category === null ? -1 : dataset.categories.indexOf(source.category);
  if (source.category !== null && category < 0) return null;
  const filter = { categories: category < 0 ? null : [category], fromMs: null, toMs: null };
  const values = incidentFieldValues(boundary, incidentFieldId(source.incidentId, source.measure), { ...sources, filters: { [source.incidentId]: filter } });
  return values ? Float64Array.from(values, (v) => v ?? Number.NaN) : null;
}

/** The index inputs of the source items that have a direction and values now. */
export function sourceIndexInputs(boundary: AreaDataset, items: readonly SourceIndexItem[], sources: CohesionSources | undefined): IndexIndicatorInput[] {
  if (!sources) return [];
  return items.flatMap((item) => {
    if (item.direction === null) return [];
    const values = sourceValues(boundary, item.source, sources);
    return values ? [{ id: sourceKey(item.source), values, direction: item.direction, weight: item.weight, unreliable: item.unreliable }] : [];
  });
}
