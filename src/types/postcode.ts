/**
 * A postcode lookup the user loaded (ONS Postcode Directory, National Statistics Postcode Lookup or
 * Code-Point Open, whole or cut to their area): each postcode's centroid in WGS84 and, where the file
 * has them, the codes of the LSOA and ward it is counted in. Plain columns, so it crosses the worker
 * boundary and is kept in the workspace as the original file.
 */
export interface PostcodeLookup {
  /** 'onspd' covers the ONSPD and the NSPL (same column names); 'code-point-open' is OS's headerless CSV. */
  format: 'onspd' | 'code-point-open';
  files: string[];
  /** Postcodes in their canonical form, "CF10 1AA" (outward code, one space, inward code). */
  postcodes: string[];
  lng: Float64Array;
  lat: Float64Array;
  /** The LSOA code of each postcode ('' when the row has none); null when the file has no LSOA column. */
  lsoaCodes: string[] | null;
  /** The ward code of each postcode ('' when none); null when the file has no ward column. */
  wardCodes: string[] | null;
  /** The column each came from (ONSPD names, or Code-Point Open's documented names). */
  columns: { postcode: string; lsoa: string | null; ward: string | null };
  /** Rows left out: no grid reference (ONSPD's 99.999999 latitude), or a postcode that is not one. */
  skipped: { noPosition: number; badPostcode: number };
}

/** A loaded lookup as the stores and the workspace panel see it (the lookup itself stays in the import worker). */
export interface PostcodeLookupSummary {
  id: string;
  label: string;
  files: string[];
  format: PostcodeLookup['format'];
  /** Postcodes with a centroid. */
  count: number;
  /** Whether the lookup gives LSOA or ward codes to count placed rows in. */
  hasAreaCodes: boolean;
  skipped: PostcodeLookup['skipped'];
}

/** Where `locateByPostcode` put a postcode: its centroid and the areas the lookup counts it in. */
export type PostcodeLocation =
  | { ok: true; postcode: string; lng: number; lat: number; lsoaCode: string | null; wardCode: string | null }
  | { ok: false; reason: 'not-a-postcode' | 'not-in-lookup'; postcode: string };
