/** How a point-in-polygon join agrees with area codes an incident file already carries (police.uk `LSOA code`). */

/** One incident the join placed in a different area from its file's code. */
export interface JoinDisagreement {
  /** Incident index (row of the dataset's arrays). */
  incident: number;
  fileAreaCode: string;
  joinedAreaCode: string;
  /** False when the file's code names no loaded area (e.g. an LSOA of the next authority). */
  fileCodeLoaded: boolean;
  /** Metres from the point to the nearest edge of the area the join chose. */
  distanceM: number;
}

/**
 * Each incident falls in exactly one of: `agree`, `disagree` (the file names another loaded area),
 * `fileCodeNotLoaded` (the join found an area, the file names one not loaded), `noFileCode` (inside an
 * area, no code in the file) or `outside` (in no loaded area, whatever the file says).
 */
export interface JoinAgreement {
  /** The file column holding the codes, e.g. "LSOA code". */
  field: string;
  agree: number;
  disagree: number;
  fileCodeNotLoaded: number;
  noFileCode: number;
  outside: number;
  /** agree / (agree + disagree + fileCodeNotLoaded): the share of located, coded points that agree; null if none. */
  agreeShare: number | null;
  /** Every `disagree` and `fileCodeNotLoaded` incident, nearest the edge first (then by incident index). */
  disagreements: JoinDisagreement[];
}
