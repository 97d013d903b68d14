/**
 * Places and assets without dates (issue 16): places of worship, community centres, schools, hostels,
 * flashpoints, "bridging" organisations and venues, read from CSV, spreadsheets or GeoJSON points.
 */
import type { LngLat } from './geo';

/** The closed set of place categories; a file's words are read into these (data/places/place-categories.ts). */
export type PlaceCategory =
  | 'place-of-worship'
  | 'community-centre'
  | 'school'
  | 'hostel'
  | 'flashpoint'
  | 'bridging-organisation'
  | 'venue'
  | 'other';

/** One place: its name (may be empty), category, WGS84 position, and the file row it came from ("file.csv:12"). */
export interface Place {
  name: string;
  category: PlaceCategory;
  position: LngLat;
  /** Set when the place was put at its postcode's centroid (no coordinates in the row). */
  postcode?: string;
  row: string;
}

/** Why a row or feature of a place file was not kept. */
export type PlaceRejectReason =
  | 'no-position'
  | 'bad-coordinates'
  | 'outside-uk'
  | 'bng-in-lat-lng-columns'
  | 'lat-lng-swapped'
  | 'not-a-postcode'
  | 'not-in-lookup'
  | 'no-postcode-lookup'
  | 'no-category'
  | 'unknown-category';

/** One row or feature not kept: where (file and 1-based line, or feature number), which field, why, and what it held. */
export interface PlaceRejectedRow {
  file: string;
  row: number;
  field: string;
  reason: PlaceRejectReason;
  value: string;
}

/** What happened to every row of a place import: nothing is dropped silently. */
export interface PlaceImportReport {
  files: { name: string; rowsRead: number; rowsKept: number }[];
  rejected: PlaceRejectedRow[];
}

/** A loaded place layer. */
export interface PlaceDataset {
  id: string;
  label: string;
  files: string[];
  places: Place[];
  report: PlaceImportReport;
}
