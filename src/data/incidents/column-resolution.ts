/**
 * Turning a column mapping (names) into column indices for one file, and checking that every mapped
 * column is there. Several files of one dataset may spell the names in different case.
 */
import type { ColumnMapping, ImportError } from '../../types';
import { findColumnIndex } from './column-names';

/** Column indices for one file; -1 where a role is not mapped. Extras are -1 where this file lacks them. */
export interface ResolvedColumns {
  lng: number;
  lat: number;
  easting: number;
  northing: number;
  date: number;
  category: number;
  weight: number;
  areaCode: number;
  postcode: number;
  extras: number[];
  /** How many cells a row needs so that every mapped column exists. */
  requiredLength: number;
}

type Role = Exclude<keyof ColumnMapping, 'id'>;

/**
 * Resolves `mapping` against this file's columns. Longitude/latitude win over easting/northing when both
 * pairs are named. A named column that is missing gives a `mapping-column-missing` error naming the file.
 */
export function resolveColumns(file: string, columns: readonly string[], mapping: ColumnMapping, extraNames: readonly string[]): { ok: true; value: ResolvedColumns } | { ok: false; error: ImportError } {
  const useLngLat = Boolean(mapping.lng && mapping.lat);
  const roles: Role[] = useLngLat ? ['lng', 'lat', 'date', 'category', 'weight', 'areaCode', 'postcode'] : ['easting', 'northing', 'date', 'category', 'weight', 'areaCode', 'postcode'];
  const value: ResolvedColumns = { lng: -1, lat: -1, easting: -1, northing: -1, date: -1, category: -1, weight: -1, areaCode: -1, postcode: -1, extras: [], requiredLength: 0 };
  const missing: string[] = [];
  for (const role of roles) {
    const name = mapping[role];
    if (!name) continue;
    const index = findColumnIndex(columns, name);
    if (index === -1) missing.push(`"${name}"`);
    value[role] = index;
    value.requiredLength = Math.max(value.requiredLength, index + 1);
  }
  if (mapping.id && findColumnIndex(columns, mapping.id) === -1) missing.push(`"${mapping.id}"`);
  if (missing.length > 0) {
    return {
      ok: false,
      error: {
        code: 'mapping-column-missing',
        file,
        params: { file, missing: missing.join(', '), columns: columns.join(', ') },
        choices: [...columns],
      },
    };
  }
  value.extras = extraNames.map((name) => findColumnIndex(columns, name));
  return { ok: true, value };
}
