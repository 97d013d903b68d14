/**
 * Turns a read share package into the app's own data: a boundary layer, indicator tables (one per set of
 * periods, suppressed cells marked), and tension assessments, all tagged with the sending authority.
 */
import type { AreaDataset, AreaFeature, DataOrigin, IndicatorTable, ImportResult, TensionAssessment, TensionDataset } from '../../types';
import { bboxOfGeometries } from '../../geo/bbox';
import { summariseFields } from '../field-detection';
import { buildAreaDataset } from '../area-dataset';
import { orderCommunityTypes } from '../tensions/community-types';
import { SUPPRESSED, type ShareLayer, type SharePackage } from './format';

/** What a package restores to. */
export interface RestoredShare {
  origin: DataOrigin;
  dataset: AreaDataset;
  tables: IndicatorTable[];
  tension: TensionDataset | null;
}

/** The origin tag every restored layer carries. */
export function shareOrigin(pkg: SharePackage, file: string, formatVersion: number): DataOrigin {
  const { authority, producedAt, marking, sources } = pkg.metadata;
  return { kind: 'share-package', authority: { ...authority }, producedAt, marking, sources: [...sources], file, formatVersion };
}

function tableFor(pkg: SharePackage, layers: ShareLayer[], areaCodes: string[], areaNames: string[], id: string, origin: DataOrigin): IndicatorTable {
  const periods = layers[0].periods;
  let noData = 0;
  const indicators = layers.map((layer) => {
    const values = new Float64Array(areaCodes.length * periods.length).fill(Number.NaN);
    const suppressed = new Uint8Array(values.length);
    areaCodes.forEach((code, row) => {
      const cells = layer.values[code];
      periods.forEach((_, p) => {
        const cell = cells?.[p] ?? null;
        if (cell === SUPPRESSED) suppressed[row * periods.length + p] = 1;
        else if (cell !== null) values[row * periods.length + p] = cell;
        if (typeof cell !== 'number') noData += 1;
      });
    });
    const unit = layer.unit === 'count' ? 'count' as const : layer.unit === 'percent' ? 'percent' as const : 'number' as const;
    return { name: layer.name, unit, values, suppressed };
  });
  const dated = periods.filter(Boolean);
  const span = dated.length ? ` (${dated[0]}${dated.length > 1 ? `–${dated[dated.length - 1]}` : ''})` : '';
  return {
    id,
    label: `${pkg.metadata.authority.name}: ${layers.map((l) => l.name).join(', ')}${span}`.slice(0, 120),
    files: [origin.file],
    format: 'share-package',
    codeColumn: 'areaCode',
    nameColumn: 'areaName',
    shape: 'wide',
    level: pkg.boundaries.level,
    areaCodes,
    areaNames,
    periods: [...periods],
    indicators,
    report: { rowsRead: areaCodes.length, rowsKept: areaCodes.length, rejected: [], noDataCells: noData, headerRow: 1, skippedColumns: [], unreadableCells: [] },
    origin,
  };
}

function tensionFor(pkg: SharePackage, id: string, origin: DataOrigin): TensionDataset | null {
  const tension = pkg.tension;
  if (!tension || tension.assessments.length === 0) return null;
  const names = new Map(pkg.boundaries.areas.map((a) => [a.areaCode, a.areaName]));
  const rows: TensionAssessment[] = tension.assessments.map((a, i) => ({
    areaCode: a.areaCode,
    ...(names.get(a.areaCode) ? { areaName: names.get(a.areaCode) } : {}),
    communityType: a.communityType,
    timeMs: Date.parse(`${a.date}T00:00:00Z`),
    current: { scale: tension.scale, level: a.current },
    potential: { scale: tension.scale, level: a.potential },
    source: `${origin.file}:tension.assessments[${i}]`,
  }));
  const present = new Set(rows.map((r) => r.communityType));
  const communityTypes = orderCommunityTypes(present, [...present]);
  const rank = new Map(communityTypes.map((t, i) => [t, i]));
  rows.sort((a, b) => a.timeMs - b.timeMs || a.areaCode.localeCompare(b.areaCode) || (rank.get(a.communityType) ?? 0) - (rank.get(b.communityType) ?? 0));
  return {
    id,
    label: `${pkg.metadata.authority.name}: tension`,
    files: [origin.file],
    scale: tension.scale,
    columns: [{ areaCode: 'areaCode', communityType: 'communityType', date: 'date', current: 'current', potential: 'potential' }],
    communityTypes,
    rows,
    report: { files: [{ name: origin.file, rowsRead: rows.length, rowsKept: rows.length }], rowsRead: rows.length, rowsKept: rows.length, rejected: [], repeated: { count: 0, examples: [] } },
    origin,
  };
}

/** Restores a package under ids starting with `idPrefix`. Fails only when the boundaries cannot be built. */
export function restoreSharePackage(pkg: SharePackage, file: string, formatVersion: number, idPrefix: string): ImportResult<RestoredShare> {
  const origin = shareOrigin(pkg, file, formatVersion);
  const features: AreaFeature[] = pkg.boundaries.areas.map((area, id) => ({ type: 'Feature', id, geometry: area.geometry, properties: { areaCode: area.areaCode, areaName: area.areaName } }));
  const built = buildAreaDataset(
    { format: 'geojson', files: [file], crs: { source: 'wgs84', detectedBy: 'assumed' }, features, fields: summariseFields(features), bbox: bboxOfGeometries(features.map((f) => f.geometry)) },
    { id: `${idPrefix}-areas`, label: `${pkg.boundaries.label} (${pkg.metadata.authority.name})`, codeField: 'areaCode', nameField: 'areaName' },
  );
  if (!built.ok) return built;
  const dataset: AreaDataset = { ...built.value, level: pkg.boundaries.level === 'other' ? built.value.level : pkg.boundaries.level, origin };
  const groups = new Map<string, ShareLayer[]>();
  for (const layer of pkg.layers) {
    const key = JSON.stringify(layer.periods);
    groups.set(key, [...(groups.get(key) ?? []), layer]);
  }
  const tables = [...groups.values()].map((layers, i) => tableFor(pkg, layers, dataset.areaCodes, dataset.areaNames, `${idPrefix}-table-${i + 1}`, origin));
  return { ok: true, value: { origin, dataset, tables, tension: tensionFor(pkg, `${idPrefix}-tension`, origin) }, warnings: built.warnings };
}

/**
 * A package's incident points (present only when the sender chose to include them) as GeoJSON text with
 * `date` (YYYY-MM-DD) and `category` properties, for the app's own point importer to read.
 */
export function sharePointsAsGeoJson(points: NonNullable<SharePackage['incidents']>): string {
  const features = points.points.map(([lng, lat, timeMs, category]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { date: Number.isFinite(timeMs) ? new Date(timeMs).toISOString().slice(0, 10) : '', category: points.categories[category] ?? '' },
  }));
  return JSON.stringify({ type: 'FeatureCollection', name: points.name, features });
}
