import type { AreaDataset } from '../../types';
import { toCsv } from '../../analysis/csv-export';
import { detectPopulationField } from '../../analysis/population-field';
import { ratePer1000 } from '../../analysis/incident-filter';
import { fieldValues } from '../../state/choropleth';
import { downloadText } from '../download';

/** Saves the per-area counts (and rates where a population field exists) as a CSV download. */
export function downloadJoinedTable(boundary: AreaDataset, counts: Float64Array, incidentLabel: string): void {
  const populationField = detectPopulationField(boundary.fields);
  const population = populationField ? fieldValues(boundary, populationField) : null;
  const rates = population ? ratePer1000(counts, population) : null;
  const header = ['area_code', 'area_name', 'incidents', ...(population ? ['population', 'rate_per_1000'] : [])];
  const rows = boundary.areaCodes.map((code, i) => [
    code,
    boundary.areaNames[i],
    counts[i],
    ...(population ? [population[i], rates![i] === null ? null : Math.round(rates![i]! * 100) / 100] : []),
  ]);
  downloadText(`${incidentLabel}-by-${boundary.label}.csv`, toCsv(header, rows));
}
