/**
 * The columns of a place file: name and category by their header words; position (longitude/latitude,
 * easting/northing) and postcode as the incident detection finds them, so both read the same headers.
 */
import { detectIncidentColumns } from '../incidents/column-detection';

/** Column indexes of a place table (-1 = absent). */
export interface PlaceColumns {
  name: number;
  category: number;
  lng: number;
  lat: number;
  easting: number;
  northing: number;
  postcode: number;
  /** A date column: a file with one holds incidents, not places. */
  date: number;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

const CATEGORY_NAMES = ['category', 'placecategory', 'placetype', 'assettype', 'assetcategory', 'type', 'kind', 'sitetype', 'venuetype', 'categori', 'math'];
const NAME_NAMES = ['name', 'placename', 'assetname', 'sitename', 'venuename', 'organisation', 'organization', 'organisationname', 'title', 'enw'];

function findColumn(header: readonly string[], names: readonly string[]): number {
  const normalised = header.map(normalise);
  for (const name of names) {
    const at = normalised.indexOf(name);
    if (at !== -1) return at;
  }
  return -1;
}

/**
 * The columns of `header`, by their names only: a place file is short, and one bad cell in a sample would
 * hide a coordinate column from value-based detection, losing every row instead of rejecting one.
 */
export function detectPlaceColumns(header: readonly string[]): PlaceColumns {
  const { mapping } = detectIncidentColumns(header, [], { positionFromGeometry: false });
  const at = (column: string | undefined) => (column === undefined ? -1 : header.indexOf(column));
  return {
    name: findColumn(header, NAME_NAMES),
    category: findColumn(header, CATEGORY_NAMES),
    lng: at(mapping.lng),
    lat: at(mapping.lat),
    easting: at(mapping.easting),
    northing: at(mapping.northing),
    postcode: at(mapping.postcode),
    date: at(mapping.date),
  };
}

/** Whether a header names a place category column: what tells a place file from an indicator table. */
export function hasPlaceCategoryColumn(header: readonly string[]): boolean {
  return findColumn(header, CATEGORY_NAMES) !== -1;
}

/** Whether the columns place rows: both coordinates of a pair, or a postcode. */
export function hasPlacePosition(columns: PlaceColumns): boolean {
  return (columns.lng !== -1 && columns.lat !== -1) || (columns.easting !== -1 && columns.northing !== -1) || columns.postcode !== -1;
}
