/**
 * A boundary layer out to desktop GIS (issue 19): its areas with their own attributes, the mapped value and
 * class, the counts of every incident dataset joined into it and the cohesion index when it was computed
 * for it, as GeoJSON or GeoPackage in WGS84 or British National Grid. SQLite (sql.js) is loaded only here.
 */
import type { AreaDataset } from '../types';
import { writeGeoJsonLayer } from '../data/exporters/geojson-export';
import { writeGeoPackage, geoPackageTableName } from '../data/exporters/geopackage-export';
import type { ExportColumn, ExportCrs } from '../data/exporters/layer-export';
import { loadSqlJs } from '../data/sqlite';
import { NO_FILTER } from '../analysis/incident-filter';
import { cohesionFieldValues, computeResults } from './cohesion-derived';
import { useCohesionStore } from './cohesion-store';
import { incidentFieldId, incidentFieldValues } from './incident-derived';
import { useIncidentStore } from './incident-store';
import { useTableStore } from './table-store';

export type { ExportColumn, ExportCrs };

/** The two geometry formats offered. */
export type GeometryFormat = 'geojson' | 'geopackage';

/** A file ready to download. */
export interface GeometryFile {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

/** Column names the caller words (in the interface language): a joined dataset's count, the index score and rank. */
export interface ExtraColumnNames {
  count: (datasetLabel: string) => string;
  cohesionScore: string;
  cohesionRank: string;
}

/**
 * The computed columns every export carries besides the mapped field: incident counts per area of each
 * dataset joined into this layer (with its current filter), and the cohesion index score and rank when
 * the index is set up on this layer.
 */
export function joinedColumns(dataset: AreaDataset, names: ExtraColumnNames): ExportColumn[] {
  const incidents = useIncidentStore.getState();
  const tables = useTableStore.getState().tables;
  const counts = Object.values(incidents.joins).filter((join) => join.boundaryId === dataset.id).flatMap((join) => {
    const values = incidentFieldValues(dataset, incidentFieldId(join.incidentId, 'count'), { incidents: incidents.incidents, filters: { [join.incidentId]: incidents.filters[join.incidentId] ?? NO_FILTER }, joins: incidents.joins, tables });
    const label = incidents.incidents[join.incidentId]?.label ?? join.incidentId;
    return values ? [{ name: names.count(label), values }] : [];
  });
  const cohesion = useCohesionStore.getState();
  if (cohesion.boundaryId !== dataset.id || cohesion.items.length === 0) return counts;
  const results = computeResults(dataset, tables, cohesion);
  const score = cohesionFieldValues('cohesion:score', results);
  const rank = cohesionFieldValues('cohesion:rank', results);
  return [...counts, ...(score ? [{ name: names.cohesionScore, values: score }] : []), ...(rank ? [{ name: names.cohesionRank, values: rank }] : [])];
}

/** Writes the layer with `columns` in the chosen format and CRS; the file is named after the layer. */
export async function exportLayerGeometry(dataset: AreaDataset, columns: ExportColumn[], format: GeometryFormat, crs: ExportCrs): Promise<GeometryFile> {
  const layer = { name: dataset.label, features: dataset.features, columns, crs };
  const base = `${geoPackageTableName(dataset.label)}-${crs === 'bng' ? 'epsg27700' : 'wgs84'}`;
  if (format === 'geojson') {
    return { fileName: `${base}.geojson`, bytes: new TextEncoder().encode(writeGeoJsonLayer(layer)), type: 'application/geo+json' };
  }
  return { fileName: `${base}.gpkg`, bytes: writeGeoPackage(layer, await loadSqlJs()), type: 'application/geopackage+sqlite3' };
}
