/**
 * Incident rows placed by postcode (issue 19): a row with no coordinates but a postcode in the loaded
 * lookup is kept at the postcode's centroid, flagged, and remembers the LSOA and ward the lookup counts
 * it in. Few rows are placed this way in most files, so they are tallied sparsely and spread into
 * per-incident columns once the import ends.
 */
import type { ImportWarning, PostcodeLocation, PostcodePlacement } from '../../types';

/** The rows placed so far: incident index, and LSOA and ward code ids (-1 none). */
export interface PlacementTally {
  incidents: number[];
  lsoa: number[];
  ward: number[];
  codes: string[];
  codeIds: Map<string, number>;
}

export function createPlacementTally(): PlacementTally {
  return { incidents: [], lsoa: [], ward: [], codes: [], codeIds: new Map() };
}

function codeId(tally: PlacementTally, code: string | null): number {
  if (code === null) return -1;
  let id = tally.codeIds.get(code);
  if (id === undefined) {
    id = tally.codes.length;
    tally.codeIds.set(code, id);
    tally.codes.push(code);
  }
  return id;
}

/** Records that incident `incident` was placed at `found`. */
export function recordPlacement(tally: PlacementTally, incident: number, found: Extract<PostcodeLocation, { ok: true }>): void {
  tally.incidents.push(incident);
  tally.lsoa.push(codeId(tally, found.lsoaCode));
  tally.ward.push(codeId(tally, found.wardCode));
}

/** The dataset's placement columns over `count` incidents, or undefined when no row was placed by postcode. */
export function finishPlacement(tally: PlacementTally, count: number): PostcodePlacement | undefined {
  if (tally.incidents.length === 0) return undefined;
  const placement: PostcodePlacement = { placed: new Uint8Array(count), lsoa: new Int32Array(count).fill(-1), ward: new Int32Array(count).fill(-1), codes: tally.codes };
  tally.incidents.forEach((incident, k) => {
    placement.placed[incident] = 1;
    placement.lsoa[incident] = tally.lsoa[k];
    placement.ward[incident] = tally.ward[k];
  });
  return placement;
}

/** The `placed-by-postcode` warning: nothing placed by postcode goes unsaid. */
export function placementWarnings(tally: PlacementTally, file: string, column: string): ImportWarning[] {
  const count = tally.incidents.length;
  return count === 0 ? [] : [{ code: 'placed-by-postcode', file, count, params: { count, column } }];
}
