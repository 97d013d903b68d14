/**
 * Which areas of a boundary layer an incident dataset covers (issue 12, "no invented zeros"). An area the
 * data does not cover has no data for it: not 0 on the map, in the table, in hot spots or in a package.
 *
 * The rule, per local authority of the layer: an authority is covered when the dataset's joined points
 * per area there reach at least `COVERAGE_SHARE` (a tenth) of the points per area in the authority where
 * the dataset is densest. A police force's file covers every authority in its force area; it also holds a
 * few points just over its border (police.uk snaps points to the nearest map point, and some crimes are
 * recorded by the force where they were reported), which must not make the next force's area look covered.
 * On the real data: Gwent Police's 2020–22 files put 449 points per LSOA in Caerphilly but 2.4 in Cardiff
 * (South Wales Police's area), so Cardiff is not covered while a Caerphilly LSOA with no crime is a true 0.
 * Authorities inside one force differ far less than tenfold per area (Monmouthshire is half Newport).
 * All joined points count, whatever filter is applied, so a category or month filter never changes coverage.
 * Areas of unknown authority form one group judged the same way. A layer with one authority (or none
 * known), or a dataset with no point in the layer, is covered everywhere: there is nothing to tell apart.
 */

/** Share of the densest authority's points per area an authority needs to count as covered. */
export const COVERAGE_SHARE = 0.1;

/** One authority of the layer (or the group of areas with no authority, `authority` −1) and its verdict. */
export interface AuthorityCoverage {
  authority: number;
  areas: number;
  points: number;
  covered: boolean;
}

/** Coverage of a dataset over a layer: `covered[area]` is 1 where the dataset has data, 0 where none. */
export interface IncidentCoverage {
  covered: Uint8Array;
  /** Per authority, in order of first appearance in the layer. */
  authorities: AuthorityCoverage[];
  /** How the verdict was reached: by the rule, or everywhere (nothing to tell apart). */
  basis: 'points' | 'everywhere';
  uncoveredAreas: number;
}

/**
 * Decides coverage from each incident's area (`areaIndex`, −1 outside the layer) and each area's authority
 * (`areaAuthorities`, index into the layer's authorities, −1 unknown; undefined when the layer has none).
 */
export function incidentCoverage(
  areaIndex: ArrayLike<number>,
  areaCount: number,
  areaAuthorities: ArrayLike<number> | undefined,
): IncidentCoverage {
  const authorityOf = (area: number) => (areaAuthorities ? areaAuthorities[area] ?? -1 : -1);
  const groups = new Map<number, AuthorityCoverage>();
  for (let area = 0; area < areaCount; area++) {
    const authority = authorityOf(area);
    const group = groups.get(authority) ?? { authority, areas: 0, points: 0, covered: true };
    group.areas += 1;
    groups.set(authority, group);
  }
  let joined = 0;
  for (let i = 0; i < areaIndex.length; i++) {
    const area = areaIndex[i];
    if (area < 0 || area >= areaCount) continue;
    groups.get(authorityOf(area))!.points += 1;
    joined += 1;
  }
  const list = [...groups.values()];
  let basis: IncidentCoverage['basis'] = 'everywhere';
  if (list.length > 1 && joined > 0) {
    basis = 'points';
    const densest = Math.max(...list.map((g) => g.points / g.areas));
    for (const group of list) group.covered = group.points / group.areas >= COVERAGE_SHARE * densest;
  }
  const covered = new Uint8Array(areaCount);
  let uncoveredAreas = 0;
  for (let area = 0; area < areaCount; area++) {
    covered[area] = groups.get(authorityOf(area))!.covered ? 1 : 0;
    if (!covered[area]) uncoveredAreas += 1;
  }
  return { covered, authorities: list, basis, uncoveredAreas };
}

/** `values` with null for every area the coverage leaves out (a new array; the input is not changed). */
export function withoutUncovered(values: ArrayLike<number | null>, coverage: IncidentCoverage): (number | null)[] {
  return Array.from(values, (v, area) => (coverage.covered[area] ? v : null));
}
