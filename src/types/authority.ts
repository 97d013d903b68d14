/** Which local authority each area belongs to, and the vintage (boundary year) of a dataset's codes. */

/** Where an area's authority came from: a code/name column, the LSOA name prefix, the file name, the user, or an authority layer the user chose. */
export type AuthoritySource = 'field' | 'name-prefix' | 'file-name' | 'self' | 'user' | 'layer';

/** One local authority present in a dataset. `code` is its GSS code ('' when only the name is known). */
export interface AreaAuthority {
  code: string;
  name: string;
  source: AuthoritySource;
}

/** Boundary vintage recognised from the code column name (LSOA11CD → 2011) or the codes. */
export interface AreaVintage {
  /** 4-digit year, e.g. 2011, 2021, 2013, 2022. */
  year: number;
  /** The codes prove only that the boundaries are no older than `year` (ward codes issued after a known ward set). */
  orLater?: boolean;
  /** What told us: the code column's name, or codes only issued in that vintage. */
  source: 'field-name' | 'codes';
}

/** A vintage as shown to the user: a year, or "that year or later". */
export type VintageYear = Pick<AreaVintage, 'year' | 'orLater'>;

/** One area in a boundary band and its distance to the nearest area of the other authority (0 = touching). */
export interface BandArea {
  index: number;
  distanceM: number;
}

/** The band's areas on each side, nearest first. */
export interface BoundaryBand {
  sideA: BandArea[];
  sideB: BandArea[];
}

/** A band between authorities `a` and `b` (indexes into the dataset's authorities) of width `distanceM`. */
export interface BandRequest {
  datasetId: string;
  a: number;
  b: number;
  distanceM: number;
}

/** What the worker needs besides the geometry it holds: each area's authority (the user may have set them). */
export interface BandWorkerRequest extends BandRequest {
  areaAuthorities: number[];
}
