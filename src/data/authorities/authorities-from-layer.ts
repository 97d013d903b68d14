/**
 * Authorities from another layer (issue 7, "from the user"): when a boundary file has no authority column
 * — ONS ward files carry only the ward's own code and names — each area takes the authority whose polygon
 * holds a point well inside it (its label point), from a loaded local-authority layer such as LAD13.
 * Wards and LSOAs nest in authorities, so one inside point decides.
 */
import type { AreaAuthority, AreaFeature } from '../../types';
import { buildPolygonIndex } from '../../geo/polygon-index';
import { locatePoint } from '../../geo/polygon-index-locate';
import { labelPoint } from '../../geo/label-point';
import type { AuthorityAssignment } from './detect-authorities';

/** What is read of the authority layer: its polygons and each one's code and name. */
export interface AuthorityLayer {
  features: ReadonlyArray<Pick<AreaFeature, 'geometry'>>;
  areaCodes: ReadonlyArray<string>;
  areaNames: ReadonlyArray<string>;
}

/**
 * Each area's authority from the authority layer's polygon holding its label point; -1 for an area without
 * geometry or outside every authority. Authorities are listed in order of first use, marked `source: 'layer'`.
 */
export function authoritiesFromLayer(areas: ReadonlyArray<Pick<AreaFeature, 'geometry'>>, layer: AuthorityLayer): AuthorityAssignment {
  const index = buildPolygonIndex(layer.features.map((f) => f.geometry));
  const authorities: AreaAuthority[] = [];
  const byLayerIndex = new Map<number, number>();
  const areaAuthorities = areas.map((area) => {
    if (!area.geometry || area.geometry.coordinates.length === 0) return -1;
    const [lng, lat] = labelPoint(area.geometry);
    const found = locatePoint(index, lng, lat);
    if (found < 0) return -1;
    let at = byLayerIndex.get(found);
    if (at === undefined) {
      at = authorities.push({ code: layer.areaCodes[found] ?? '', name: layer.areaNames[found] || layer.areaCodes[found] || '', source: 'layer' }) - 1;
      byLayerIndex.set(found, at);
    }
    return at;
  });
  return { authorities, areaAuthorities };
}
