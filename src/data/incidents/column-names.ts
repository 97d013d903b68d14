/** Comparing column names the way people write them: any case, spaces, underscores, camelCase. */

/** "Crime type" / "crime_type" / "CrimeType" → "crimetype". */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** "incident_Lat" / "incidentLat" / "Incident lat (WGS84)" → ["incident", "lat", …]. */
export function columnNameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '');
}

/**
 * Index of the column called `name`: the exact spelling first, then ignoring case and surrounding
 * spaces (so a mapping made on one police.uk file fits a copy with lower-cased headers). -1 when absent.
 */
export function findColumnIndex(columns: readonly string[], name: string): number {
  const exact = columns.indexOf(name);
  if (exact !== -1) return exact;
  const wanted = name.trim().toLowerCase();
  return columns.findIndex((column) => column.trim().toLowerCase() === wanted);
}
