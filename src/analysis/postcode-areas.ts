/**
 * Incidents placed at a postcode's centroid are counted in the LSOA or ward the postcode lookup gives
 * (issue 19), not by where the centroid falls: a centroid can lie over a boundary line or in a
 * neighbouring area of a coarser generalisation, while the lookup's code is ONS's own assignment.
 */
import type { PostcodePlacement } from '../types';

/**
 * The area index of every incident after placing by postcode: for an incident placed by postcode whose
 * lookup LSOA (else ward) code is one of `areaCodes`, that area; every other incident keeps `areaIndex`
 * (the point-in-polygon result). Returns `areaIndex` itself when nothing changes.
 */
export function assignPostcodeAreas(areaIndex: Int32Array, placement: PostcodePlacement | undefined, areaCodes: readonly string[]): Int32Array {
  if (!placement) return areaIndex;
  const areaOf = new Map(areaCodes.map((code, area) => [code.trim().toUpperCase(), area]));
  const areaOfCode = placement.codes.map((code) => areaOf.get(code.trim().toUpperCase()) ?? -1);
  let assigned: Int32Array | null = null;
  for (let incident = 0; incident < areaIndex.length; incident += 1) {
    if (placement.placed[incident] !== 1) continue;
    const lsoa = placement.lsoa[incident] >= 0 ? areaOfCode[placement.lsoa[incident]] : -1;
    const area = lsoa >= 0 ? lsoa : placement.ward[incident] >= 0 ? areaOfCode[placement.ward[incident]] : -1;
    if (area < 0 || area === areaIndex[incident]) continue;
    assigned ??= areaIndex.slice();
    assigned[incident] = area;
  }
  return assigned ?? areaIndex;
}
