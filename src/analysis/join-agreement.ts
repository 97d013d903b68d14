/**
 * How far the point-in-polygon join agrees with the area codes a file already carries (police.uk's
 * `LSOA code`). police.uk assigns codes on full-resolution boundaries while users load generalised ones,
 * so a few per cent of points near edges land in a neighbour; the list of disagreements with their
 * distance to the chosen area's edge shows that (issue 3).
 */
import { distanceToAreaEdgeM } from '../geo/polygon-index-distance';
import type { PolygonIndex } from '../geo/polygon-index';
import type { IncidentDataset, JoinAgreement, JoinDisagreement } from '../types';

export type { JoinAgreement, JoinDisagreement } from '../types';

type AgreementIncidents = Pick<IncidentDataset, 'lng' | 'lat' | 'fileAreaCodeIndex' | 'fileAreaCodes' | 'detection'>;

/**
 * Compares the join (`areaIndex`, parallel to the incidents) with the incidents' own codes; null when the
 * incidents carry no area codes. `areaCodes` and `polygonIndex` describe the areas the join used.
 */
export function compareWithFileCodes(
  incidents: AgreementIncidents,
  areaIndex: Int32Array,
  areaCodes: ReadonlyArray<string>,
  polygonIndex: PolygonIndex,
): JoinAgreement | null {
  const fileIndex = incidents.fileAreaCodeIndex;
  if (fileIndex === null) return null;
  // The loaded area each distinct file code names, or -1 (codes compared exactly, after trimming).
  const areaOfCode = new Map(areaCodes.map((code, area) => [code, area]));
  const loadedAreaOfFileCode = Int32Array.from(incidents.fileAreaCodes, (code) => areaOfCode.get(code.trim()) ?? -1);
  const tally = { agree: 0, disagree: 0, fileCodeNotLoaded: 0, noFileCode: 0, outside: 0 };
  const disagreements: JoinDisagreement[] = [];
  for (let i = 0; i < areaIndex.length; i++) {
    const area = areaIndex[i];
    const fileCode = fileIndex[i];
    if (area < 0) tally.outside += 1;
    else if (fileCode < 0) tally.noFileCode += 1;
    else if (loadedAreaOfFileCode[fileCode] === area) tally.agree += 1;
    else {
      const fileCodeLoaded = loadedAreaOfFileCode[fileCode] >= 0;
      if (fileCodeLoaded) tally.disagree += 1;
      else tally.fileCodeNotLoaded += 1;
      disagreements.push({
        incident: i,
        fileAreaCode: incidents.fileAreaCodes[fileCode],
        joinedAreaCode: areaCodes[area],
        fileCodeLoaded,
        distanceM: distanceToAreaEdgeM(polygonIndex, area, incidents.lng[i], incidents.lat[i]),
      });
    }
  }
  disagreements.sort((a, b) => a.distanceM - b.distanceM || a.incident - b.incident);
  const located = tally.agree + tally.disagree + tally.fileCodeNotLoaded;
  return {
    field: incidents.detection.mapping.areaCode ?? '',
    ...tally,
    agreeShare: located > 0 ? tally.agree / located : null,
    disagreements,
  };
}
