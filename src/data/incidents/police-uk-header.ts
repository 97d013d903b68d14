/**
 * Recognising police.uk street-level crime files by their header (data.police.uk "street" CSVs), whatever
 * the case of the names: some copies in circulation lower-case `longitude`/`latitude`.
 */
import type { ColumnMapping } from '../../types';
import { normaliseColumnName } from './column-names';

/** `recognisedAs` for police.uk street-level files. */
export const POLICE_UK_STREET = 'police.uk street-level crime';

/** The published header; `Context` is optional (older exports and some copies lack it). */
const POLICE_UK_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
] as const;

/** Columns kept for tooltips besides the mapped ones (`Falls within` repeats the force; `Context` is rarely filled). */
const POLICE_UK_EXTRAS = ['Crime ID', 'Reported by', 'Location', 'LSOA name', 'Last outcome category'];

/** What a police.uk header maps to: the mapping (using the file's own spelling) and the columns to keep. */
export interface PoliceUkHeader {
  mapping: ColumnMapping;
  extraColumns: string[];
}

/**
 * The police.uk mapping when `columns` holds the street-level header (case-insensitive), else null:
 * lng=Longitude, lat=Latitude, date=Month, category=Crime type, id=Crime ID, areaCode=LSOA code.
 */
export function recognisePoliceUkHeader(columns: readonly string[]): PoliceUkHeader | null {
  const byName = new Map<string, string>();
  for (const column of columns) {
    const key = normaliseColumnName(column);
    if (!byName.has(key)) byName.set(key, column);
  }
  const actual = (name: string): string | undefined => byName.get(normaliseColumnName(name));
  if (!POLICE_UK_COLUMNS.every((name) => actual(name) !== undefined)) return null;
  const spelled = (name: (typeof POLICE_UK_COLUMNS)[number]): string => actual(name) as string;
  return {
    mapping: {
      lng: spelled('Longitude'),
      lat: spelled('Latitude'),
      date: spelled('Month'),
      category: spelled('Crime type'),
      id: spelled('Crime ID'),
      areaCode: spelled('LSOA code'),
    },
    extraColumns: POLICE_UK_EXTRAS.map((name) => actual(name) as string),
  };
}
