/**
 * The postcode part of a report's place (issue 14), the same for a file's row and for the form: a postcode is
 * placed at its centroid in the loaded postcode lookups (never at an address), flagged as such, and counted in
 * the lookup's LSOA, then ward. With a point of its own, or with an area and no lookup loaded, a postcode is
 * only kept; a place given by nothing but a postcode needs a lookup.
 */
import type { PostcodeLocation, ReportPlace } from '../../types';
import { normalisePostcode } from '../postcodes/postcode-format';

/** Why a postcode gave no place. */
export type PostcodeProblem = 'not-a-postcode' | 'postcode-not-in-lookup' | 'no-postcode-lookup';

/**
 * The place fields the postcode `text` adds ('' adds none). `located` is where the loaded lookups put it, null
 * when no lookup is loaded; `hasPosition`/`hasArea` say whether the place already has a point or an area.
 */
export function placeByPostcode(text: string, located: PostcodeLocation | null, hasPosition: boolean, hasArea: boolean): { ok: true; place: ReportPlace } | { ok: false; reason: PostcodeProblem } {
  if (text.trim() === '') return { ok: true, place: {} };
  const postcode = normalisePostcode(text);
  if (postcode === null) return { ok: false, reason: 'not-a-postcode' };
  if (hasPosition || (hasArea && !located)) return { ok: true, place: { postcode } };
  if (!located) return { ok: false, reason: 'no-postcode-lookup' };
  if (!located.ok) return { ok: false, reason: located.reason === 'not-a-postcode' ? 'not-a-postcode' : 'postcode-not-in-lookup' };
  const postcodeAreaCodes = [located.lsoaCode, located.wardCode].filter((code): code is string => !!code);
  return { ok: true, place: { position: [located.lng, located.lat], postcode: located.postcode, atPostcodeCentroid: true, ...(postcodeAreaCodes.length > 0 && { postcodeAreaCodes }) } };
}
