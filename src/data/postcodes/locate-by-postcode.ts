/**
 * Placing a record that has a postcode and no coordinates: at the postcode's centroid from the lookups
 * the user loaded, with the LSOA and ward the lookup counts it in. Pure and format-free, so every
 * importer that meets postcodes (incidents, tension reports, places) uses the same two calls:
 *
 *   const index = indexPostcodeLookups(lookups);       // once per set of lookups
 *   const found = locateByPostcode('cf10 1aa', index);  // per record
 *   if (found.ok) keep(found.lng, found.lat, found.lsoaCode); else count(found.reason);
 */
import type { PostcodeLocation, PostcodeLookup } from '../../types';
import { normalisePostcode } from './postcode-format';

/** Lookups ready for locating. Build it once with `indexPostcodeLookups`; it is not kept in stores. */
export interface PostcodeIndex {
  lookups: readonly PostcodeLookup[];
  /** Row of each postcode counted over the lookups in order (the second lookup's rows follow the first's). */
  rowOf: Map<string, number>;
  /** First row of each lookup in that count. */
  offsets: number[];
}

/** Indexes the rows of the lookups by postcode; where they overlap, the last lookup given wins. */
export function indexPostcodeLookups(lookups: readonly PostcodeLookup[]): PostcodeIndex {
  const rowOf = new Map<string, number>();
  const offsets: number[] = [];
  let offset = 0;
  for (const lookup of lookups) {
    offsets.push(offset);
    lookup.postcodes.forEach((postcode, row) => rowOf.set(postcode, offset + row));
    offset += lookup.postcodes.length;
  }
  return { lookups, rowOf, offsets };
}

/**
 * Where the lookups put `text`: its centroid (WGS84) and LSOA and ward codes (null when the lookup has
 * none), or why not: the text is not shaped like a postcode, or no lookup holds it.
 */
export function locateByPostcode(text: string, index: PostcodeIndex): PostcodeLocation {
  const postcode = normalisePostcode(text);
  if (postcode === null) return { ok: false, reason: 'not-a-postcode', postcode: text.trim() };
  const at = index.rowOf.get(postcode);
  if (at === undefined) return { ok: false, reason: 'not-in-lookup', postcode };
  let which = index.offsets.length - 1;
  while (index.offsets[which] > at) which -= 1;
  const lookup = index.lookups[which];
  const row = at - index.offsets[which];
  return { ok: true, postcode, lng: lookup.lng[row], lat: lookup.lat[row], lsoaCode: lookup.lsoaCodes?.[row] || null, wardCode: lookup.wardCodes?.[row] || null };
}
