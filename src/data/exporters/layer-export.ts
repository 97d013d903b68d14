/**
 * What leaves the app as geometry (issue 19): a boundary layer's areas with their own attributes plus the
 * columns the app worked out (mapped value and class, joined incident counts, cohesion index), in WGS84 or
 * British National Grid, for the GeoJSON and GeoPackage writers.
 */
import type { Position } from 'geojson';
import type { AreaFeature, AreaGeometry, FieldValue } from '../../types';
import { wgs84ToBng } from '../../geo/projection';

/** A column added to every area: its name and one value per area, parallel to the features. */
export interface ExportColumn {
  name: string;
  values: ReadonlyArray<string | number | null>;
}

/** The coordinate system written: WGS84 longitude/latitude (EPSG:4326) or BNG metres (EPSG:27700). */
export type ExportCrs = 'wgs84' | 'bng';

/** A layer to write: its name (the GeoPackage table), its areas (WGS84), the added columns and the CRS wanted. */
export interface LayerExport {
  name: string;
  features: ReadonlyArray<AreaFeature>;
  columns: ReadonlyArray<ExportColumn>;
  crs: ExportCrs;
}

/** One area as written: geometry in the chosen CRS, attributes in column order. */
export interface ExportedArea {
  geometry: AreaGeometry;
  properties: Record<string, FieldValue>;
}

/** EPSG code of each export CRS. */
export const EXPORT_EPSG: Record<ExportCrs, number> = { wgs84: 4326, bng: 27700 };

/** Decimal places kept: 1e-7° is about 1 cm; BNG to the millimetre. */
const DECIMALS: Record<ExportCrs, number> = { wgs84: 7, bng: 3 };

function converterFor(crs: ExportCrs): (position: Position) => Position {
  const scale = 10 ** DECIMALS[crs];
  const round = (value: number) => Math.round(value * scale) / scale;
  return crs === 'bng'
    ? (position) => wgs84ToBng(position[0], position[1]).map(round)
    : (position) => [round(position[0]), round(position[1])];
}

function convertGeometry(geometry: AreaGeometry, convert: (position: Position) => Position): AreaGeometry {
  const rings = (list: Position[][]) => list.map((ring) => ring.map(convert));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rings(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) };
}

/**
 * The attribute names written, in order: the layer's own properties (first seen order), then the added
 * columns, renamed `name_2`, `name_3`… where they would clash with one already taken (case-insensitively,
 * as SQLite and shapefile readers compare).
 */
export function exportColumnNames(layer: LayerExport): { own: string[]; added: string[] } {
  const own: string[] = [];
  const taken = new Set<string>();
  for (const feature of layer.features) {
    for (const key of Object.keys(feature.properties)) {
      if (!taken.has(key.toLowerCase())) { taken.add(key.toLowerCase()); own.push(key); }
    }
  }
  const added = layer.columns.map((column) => {
    let name = column.name;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) name = `${column.name}_${suffix}`;
    taken.add(name.toLowerCase());
    return name;
  });
  return { own, added };
}

/** The areas as written: reprojected and rounded, with own properties then the added columns. */
export function exportedAreas(layer: LayerExport): ExportedArea[] {
  const convert = converterFor(layer.crs);
  const { own, added } = exportColumnNames(layer);
  return layer.features.map((feature, index) => {
    const properties: Record<string, FieldValue> = {};
    for (const key of own) properties[key] = feature.properties[key] ?? null;
    layer.columns.forEach((column, columnIndex) => {
      const value = column.values[index];
      properties[added[columnIndex]] = typeof value === 'number' && !Number.isFinite(value) ? null : value ?? null;
    });
    return { geometry: convertGeometry(feature.geometry, convert), properties };
  });
}
