/** Boundary datasets: areas (wards, LSOAs, authorities) keyed by ONS GSS code. */
import type { AreaGeometry, BBox, CrsInfo } from './geo';
import type { AreaAuthority, AreaVintage } from './authority';

/** The formats boundaries are read from (GeoPackage…GeoParquet since issue 19). */
export type BoundaryFormat = 'geojson' | 'topojson' | 'shapefile' | 'geopackage' | 'kml' | 'csv-wkt' | 'flatgeobuf' | 'geoparquet';
export type FieldValue = string | number | boolean | null;

/** One area polygon. `id` is its index in the dataset (stable for the dataset's life). */
export interface AreaFeature {
  type: 'Feature';
  id: number;
  geometry: AreaGeometry;
  properties: Record<string, FieldValue>;
}

/** What kind of values a property column holds, for choosing fields to map. */
export interface FieldSummary {
  name: string;
  kind: 'numeric' | 'text' | 'empty';
  /** Non-empty values seen. */
  filled: number;
  /** Values that parse as finite numbers. */
  numeric: number;
  distinct: number;
}

/** Geographic level recognised from the codes (E01/W01 LSOA, E05/W05 ward, E06-E09/W06 authority). */
export type AreaLevel = 'lsoa' | 'ward' | 'local-authority' | 'other';

/**
 * Areas as parsed from a file, before a code field is chosen: geometry already in WGS84.
 * Importers produce this; `buildAreaDataset` turns it into an `AreaDataset`.
 */
export interface ParsedAreas {
  format: BoundaryFormat;
  files: string[];
  crs: CrsInfo;
  features: AreaFeature[];
  fields: FieldSummary[];
  bbox: BBox;
  /** TopoJSON only: the object used, and all objects in the file. */
  topojsonObject?: string;
  topojsonObjects?: string[];
}

/** Ranked guesses at the code and name columns, best first. */
export interface FieldDetection {
  codeField: string | null;
  nameField: string | null;
  codeCandidates: string[];
  nameCandidates: string[];
}

/** A loaded boundary dataset: areas with normalised `areaCodes`/`areaNames` parallel to `features`. */
export interface AreaDataset extends ParsedAreas, FieldDetection {
  id: string;
  /** Display name in the layer list; the user can rename it. */
  label: string;
  areaCodes: string[];
  areaNames: string[];
  level: AreaLevel;
  /** Column of Welsh area names (e.g. WD13NMW), and the names parallel to features ('' where blank). */
  welshNameField?: string | null;
  areaNamesWelsh?: string[];
  /** True for the generated example borough: the UI labels it "example data". */
  isExample: boolean;
  /** Authorities present (issue 7); absent on datasets made before authorities were recorded. */
  authorities?: AreaAuthority[];
  /** Index into `authorities` of each area (parallel to features); -1 = unknown. */
  areaAuthorities?: number[];
  /** Boundary vintage, null when not recognised. */
  vintage?: AreaVintage | null;
  /** Where the layer came from when it was not read from a boundary file (a neighbour's share package). */
  origin?: DataOrigin;
}

/** A layer received from another authority in a share package: who sent it, when, how it is marked. */
export interface DataOrigin {
  kind: 'share-package';
  authority: { name: string; code?: string };
  /** ISO 8601 date-time the package was produced. */
  producedAt: string;
  /** Sensitivity marking as the sender wrote it (e.g. "OFFICIAL-SENSITIVE"). */
  marking: string;
  sources: string[];
  /** The package's file name and format version. */
  file: string;
  formatVersion: number;
}
