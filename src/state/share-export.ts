/**
 * Gathers what a share package holds from the stores: a boundary layer's areas (all, or one authority's),
 * its numeric columns, joined incident counts and rates by month, matched indicator tables by period,
 * tension ratings, and incident points only when asked. The package itself is built by data/share-package.
 */
import type { AreaDataset, Classification } from '../types';
import packageJson from '../../package.json';
import { mappableFields } from '../analysis/default-field';
import { AREA_KM2_FIELD } from '../analysis/area-size';
import { NO_FILTER } from '../analysis/incident-filter';
import { buildSharePackage, serializeSharePackage, sharePackageFileName, type ShareLayerInput } from '../data/share-package/build';
import type { SharePackage, SharePoints, ShareReportField, ShareTension, ShareAssessmentSummary } from '../data/share-package/format';
import { shareReports } from '../data/share-package/reports';
import { reportAreaIndex } from '../analysis/reports/report-areas';
import { useReportStore } from './report-store';
import { assessmentRiskLevel, footprintCodes } from '../analysis/cia/assessment';
import { useCiaStore } from './cia-store';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useTableStore } from './table-store';
import { useTensionStore } from './tension-store';
import { alignedIndicator, tableRowsForAreas } from './table-derived';
import { joinCoverage, populationForBoundary } from './incident-derived';
import { joinPeriodTable, timelinePeriods } from './timeline-derived';
import { fieldValues } from './choropleth';
import { protectGrid } from '../analysis/secondary-suppression';

/**
 * Secondary suppression of the package's count layers: over the areas sent, each period's total is taken as
 * known (a force's monthly figures are published), so beside a lone small count a complement is withheld.
 * Returns, per count layer, which cells to withhold ([areaIndex][periodIndex], by the layer's own area index).
 */
export function shareComplements(layers: ReadonlyArray<ShareLayerInput>, areaIndexes: ReadonlyArray<number>): Record<string, boolean[][]> {
  const masks: Record<string, boolean[][]> = {};
  for (const layer of layers) {
    if (layer.kind !== 'count' && layer.unit !== 'count') continue;
    const grid = areaIndexes.map((a) => layer.periods.map((_, p) => {
      const value = layer.values[a]?.[p] ?? null;
      return value !== null && Number.isFinite(value) ? value : null;
    }));
    const { status } = protectGrid(grid, { rowSums: [], knownColumnTotals: 'all' });
    const mask: boolean[][] = [];
    areaIndexes.forEach((a, r) => { mask[a] = status[r].map((s) => s !== 'shown'); });
    masks[layer.id] = mask;
  }
  return masks;
}

/** What the user chose in the export dialog. */
export interface ShareExportOptions {
  datasetId: string;
  /** Indexes of the areas to send; null = every area of the layer. */
  areaIndexes: number[] | null;
  authority: { name: string; code?: string };
  marking: string;
  include: { fields: boolean; incidents: boolean; tables: boolean; tension: boolean; points: boolean };
  /** Tension reports (issue 14): the fields chosen one by one, or null to send none (the default). */
  reportFields?: ShareReportField[] | null;
  suppressSmallCounts: boolean;
  /** Assessments whose edited summary for partners goes in the package (issue 17); none unless chosen. */
  assessmentIds?: string[];
  /** The classification on screen, recorded in the metadata for reference. */
  classification: { field: string; value: Classification } | null;
  producedAt?: string;
}

const toCells = (values: ArrayLike<number | null>) => Array.from(values, (v) => (v === null || !Number.isFinite(v) ? null : v));

function fieldLayers(dataset: AreaDataset): ShareLayerInput[] {
  return mappableFields(dataset.fields, dataset.codeField).filter((f) => f !== AREA_KM2_FIELD).map((field) => ({
    id: `field-${field}`, name: field, kind: 'field', unit: 'number', source: dataset.label, periods: [''],
    values: toCells(fieldValues(dataset, field)).map((v) => [v]),
  }));
}

function incidentLayers(dataset: AreaDataset): ShareLayerInput[] {
  const { joins, incidents, filters, populations } = useIncidentStore.getState();
  const tables = useTableStore.getState().tables;
  const population = populationForBoundary(dataset, tables, populations[dataset.id]);
  const areaCount = dataset.features.length;
  return Object.values(joins).filter((j) => j.boundaryId === dataset.id && incidents[j.incidentId]).flatMap((join) => {
    const source = incidents[join.incidentId];
    const periods = timelinePeriods([source], 'month');
    const table = joinPeriodTable(join, source, filters[join.incidentId] ?? NO_FILTER, periods, areaCount);
    // Areas outside the dataset's coverage (another force's authority) carry no value, never 0.
    const { covered } = joinCoverage(join, dataset);
    const counts = Array.from({ length: areaCount }, (_, a) => periods.keys.map((_, p) => (covered[a] ? table.counts[a * periods.keys.length + p] : null)));
    const id = `incidents-${join.incidentId}`;
    const layers: ShareLayerInput[] = [{ id, name: source.label, kind: 'count', unit: 'count', source: source.files.join(', '), periods: periods.keys, values: counts }];
    if (population) {
      layers.push({
        id: `${id}-rate`, name: `${source.label} per 1,000`, kind: 'rate', unit: 'per-1000', rateOf: id, source: `${source.files.join(', ')}; ${population.source}`, periods: periods.keys,
        values: counts.map((row, a) => row.map((n) => (n !== null && population.values[a] ? (n * 1000) / population.values[a]! : null))),
      });
    }
    return layers;
  });
}

function tableLayers(dataset: AreaDataset): ShareLayerInput[] {
  const { tables, order } = useTableStore.getState();
  return order.flatMap((tableId) => {
    const table = tables[tableId];
    if (!table || !tableRowsForAreas(table, dataset).some((r) => r >= 0)) return [];
    return table.indicators.map((indicator, i): ShareLayerInput => {
      const byPeriod = table.periods.map((_, p) => alignedIndicator(table, dataset, i, p));
      return {
        id: `table-${tableId}-${i}`, name: indicator.name, kind: 'indicator', unit: indicator.unit === 'count' ? 'count' : indicator.unit === 'percent' ? 'percent' : 'number',
        source: table.label, periods: [...table.periods], values: dataset.areaCodes.map((_, a) => byPeriod.map((values) => toCells([values[a]])[0])),
      };
    });
  });
}

function tensionLayer(codes: Set<string>): ShareTension | null {
  const { datasets, order } = useTensionStore.getState();
  const loaded = order.map((id) => datasets[id]).filter((d) => d && d.rows.length);
  if (!loaded.length) return null;
  const scale = loaded[0].scale;
  const assessments = loaded.filter((d) => d.scale === scale).flatMap((d) => d.rows).filter((r) => codes.has(r.areaCode)).map((r) => ({
    areaCode: r.areaCode, communityType: r.communityType, date: new Date(r.timeMs).toISOString().slice(0, 10), current: r.current.level, potential: r.potential.level,
  }));
  return assessments.length ? { scale, assessments } : null;
}

function pointsFor(dataset: AreaDataset, keep: Set<number>): SharePoints | null {
  const { joins, incidents } = useIncidentStore.getState();
  const join = Object.values(joins).find((j) => j.boundaryId === dataset.id && incidents[j.incidentId]);
  if (!join) return null;
  const source = incidents[join.incidentId];
  const points: SharePoints['points'] = [];
  for (let i = 0; i < source.count; i++) {
    if (keep.has(join.areaIndex[i])) points.push([source.lng[i], source.lat[i], source.timeMs[i], source.categoryIndex[i]]);
  }
  return { name: source.label, categories: [...source.categories], points };
}

/** The tension reports in the layer's areas (by the counting rule: named area, postcode's areas, then point), with the chosen fields. */
function reportsFor(dataset: AreaDataset, fields: ShareReportField[]) {
  return shareReports(useReportStore.getState().reports, fields, (report) => {
    const index = reportAreaIndex(report.place, dataset);
    return index === -1 ? null : dataset.areaCodes[index];
  });
}

/**
 * The chosen assessments' summaries for partners on this layer: only the text written for sharing, the risk
 * level, status, day opened and areas. An assessment with no summary written has nothing to share.
 */
function assessmentSummaries(dataset: AreaDataset, ids: readonly string[]): ShareAssessmentSummary[] {
  return useCiaStore.getState().assessments.flatMap((a) => {
    if (!ids.includes(a.id) || !a.shareSummary.trim() || a.footprint.datasetId !== dataset.id) return [];
    return [{ id: a.id, summary: a.shareSummary.trim(), level: assessmentRiskLevel(a), status: a.status, opened: new Date(a.openedMs).toISOString().slice(0, 10), areaCodes: footprintCodes(a.footprint, dataset.areaCodes) }];
  });
}

/** The package for the options (null when the layer is gone), with its file name and text. */
export function buildShareExport(options: ShareExportOptions): { pkg: SharePackage; fileName: string; text: string } | null {
  const dataset = useDataStore.getState().datasets[options.datasetId];
  if (!dataset) return null;
  const areaIndexes = options.areaIndexes ?? dataset.areaCodes.map((_, i) => i);
  const layers = [
    ...(options.include.fields ? fieldLayers(dataset) : []),
    ...(options.include.incidents ? incidentLayers(dataset) : []),
    ...(options.include.tables ? tableLayers(dataset) : []),
  ];
  const tension = options.include.tension ? tensionLayer(new Set(areaIndexes.map((i) => dataset.areaCodes[i]))) : null;
  const producedAt = options.producedAt ?? new Date().toISOString();
  const c = options.classification;
  const pkg = buildSharePackage({
    metadata: {
      authority: options.authority,
      producedAt,
      appVersion: packageJson.version,
      sources: [...new Set([...dataset.files, ...layers.map((l) => l.source), ...(tension ? useTensionStore.getState().order.map((id) => useTensionStore.getState().datasets[id]?.label ?? id) : [])])],
      classification: c ? { field: c.field, method: c.value.method, classCount: c.value.bins.length, paletteId: c.value.paletteId, thresholds: [...c.value.thresholds] } : null,
      marking: options.marking.trim(),
    },
    suppressSmallCounts: options.suppressSmallCounts,
    boundaries: { label: dataset.label, level: dataset.level, areaCodes: dataset.areaCodes, areaNames: dataset.areaNames, geometries: dataset.features.map((f) => f.geometry) },
    areaIndexes,
    layers,
    tension,
    incidents: options.include.points ? pointsFor(dataset, new Set(areaIndexes)) : null,
    reports: options.reportFields ? reportsFor(dataset, options.reportFields) : null,
    withheld: options.suppressSmallCounts ? shareComplements(layers, areaIndexes) : undefined,
    assessments: assessmentSummaries(dataset, options.assessmentIds ?? []),
  });
  return { pkg, fileName: sharePackageFileName(options.authority.name, producedAt), text: serializeSharePackage(pkg) };
}

export { authorityGroups, type AuthorityGroup } from '../data/share-package/authorities';
export { SHARE_FORMAT_VERSION, SHARE_REPORT_FIELDS, SENSITIVE_REPORT_FIELDS, type ShareReportField } from '../data/share-package/format';
