/**
 * Reading one row of a place table (or one GeoJSON point feature) into a place, or the first reason it
 * cannot be used, naming the field: coordinates are checked as incident coordinates are (BNG metres in
 * degree columns, swapped pairs, outside the UK), easting/northing are reprojected, a postcode is placed
 * at its centroid when a lookup is loaded, and the category must be one the catalogue knows.
 */
import type { LngLat, Place, PlaceCategory, PlaceImportReport, PlaceRejectReason } from '../../types';
import { bngToWgs84 } from '../../geo/projection';
import { checkEastingNorthing, checkLngLat, parseCoordinate } from '../incidents/coordinate-checks';
import { locateByPostcode, type PostcodeIndex } from '../postcodes/locate-by-postcode';
import { readPlaceCategory } from './place-categories';

/** A place's position and how it was found, or why not, naming the field (column header) that failed. */
/** What a place import returns: the places kept and the report of every row (filled by each file's reader). */
export interface PlaceImport {
  places: Place[];
  report: PlaceImportReport;
}

export type PlacePositionReading =
  | { ok: true; position: LngLat; postcode?: string }
  | { ok: false; reason: PlaceRejectReason; field: string; value: string };

/** Text cells of one row, by role; `undefined` where the file has no such column. */
export interface PlaceCells {
  lng?: string;
  lat?: string;
  easting?: string;
  northing?: string;
  postcode?: string;
}

/** Headers of the position columns, to name the field of a rejection. */
export type PlaceFieldNames = Required<Record<keyof PlaceCells, string>>;

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

/** Reads the position of a row: longitude/latitude first, then easting/northing, then a postcode. */
export function readPlacePosition(cells: PlaceCells, fields: PlaceFieldNames, postcodes: PostcodeIndex | null): PlacePositionReading {
  if (!isBlank(cells.lng) || !isBlank(cells.lat)) {
    const lng = parseCoordinate(cells.lng ?? '');
    const lat = parseCoordinate(cells.lat ?? '');
    const check = checkLngLat(lng, lat);
    if (check !== 'ok') return { ok: false, reason: check, field: `${fields.lng}, ${fields.lat}`, value: `${cells.lng ?? ''}, ${cells.lat ?? ''}` };
    return { ok: true, position: [lng, lat] };
  }
  if (!isBlank(cells.easting) || !isBlank(cells.northing)) {
    const easting = parseCoordinate(cells.easting ?? '');
    const northing = parseCoordinate(cells.northing ?? '');
    const check = checkEastingNorthing(easting, northing);
    if (check !== 'ok') return { ok: false, reason: check, field: `${fields.easting}, ${fields.northing}`, value: `${cells.easting ?? ''}, ${cells.northing ?? ''}` };
    return { ok: true, position: bngToWgs84(easting, northing) };
  }
  if (!isBlank(cells.postcode)) {
    if (!postcodes) return { ok: false, reason: 'no-postcode-lookup', field: fields.postcode, value: cells.postcode!.trim() };
    const found = locateByPostcode(cells.postcode!, postcodes);
    if (!found.ok) return { ok: false, reason: found.reason, field: fields.postcode, value: found.postcode };
    return { ok: true, position: [found.lng, found.lat], postcode: found.postcode };
  }
  const named = [fields.lng, fields.lat, fields.easting, fields.northing, fields.postcode].filter((name) => name !== '');
  return { ok: false, reason: 'no-position', field: named.join(', '), value: '' };
}

/** The category a cell names, or why it cannot be used (empty, or words the catalogue does not know). */
export function readPlaceCategoryCell(text: string, field: string): { ok: true; category: PlaceCategory } | { ok: false; reason: PlaceRejectReason; field: string; value: string } {
  if (text.trim() === '') return { ok: false, reason: 'no-category', field, value: '' };
  const category = readPlaceCategory(text);
  return category ? { ok: true, category } : { ok: false, reason: 'unknown-category', field, value: text.trim() };
}
