/**
 * Loading postcode lookups (issue 19): each file (ONSPD/NSPL or Code-Point Open CSV; Code-Point Open
 * comes as one CSV per postcode area, so several files are usual) becomes one `PostcodeLookup`, and
 * rows left out are reported as a warning. Importers place rows by them through `locateByPostcode`.
 */
import type { ImportResult, ImportWarning, InputFile, PostcodeLookup, PostcodeLookupSummary } from '../types';
import { parsePostcodeLookup } from './postcodes/postcode-lookup';

export { indexPostcodeLookups, locateByPostcode, type PostcodeIndex } from './postcodes/locate-by-postcode';
export { normalisePostcode } from './postcodes/postcode-format';

/** One lookup of several files (Code-Point Open comes as one CSV per postcode area); where they overlap the later file wins when located. */
export function mergePostcodeLookups(lookups: readonly PostcodeLookup[]): PostcodeLookup {
  if (lookups.length === 1) return lookups[0];
  const concat = (arrays: Float64Array[]) => {
    const out = new Float64Array(arrays.reduce((sum, array) => sum + array.length, 0));
    arrays.reduce((at, array) => (out.set(array, at), at + array.length), 0);
    return out;
  };
  const codes = (pick: (lookup: PostcodeLookup) => string[] | null) => (lookups.some((lookup) => pick(lookup)) ? lookups.flatMap((lookup) => pick(lookup) ?? lookup.postcodes.map(() => '')) : null);
  return {
    format: lookups[0].format,
    files: lookups.flatMap((lookup) => lookup.files),
    postcodes: lookups.flatMap((lookup) => lookup.postcodes),
    lng: concat(lookups.map((lookup) => lookup.lng)),
    lat: concat(lookups.map((lookup) => lookup.lat)),
    lsoaCodes: codes((lookup) => lookup.lsoaCodes),
    wardCodes: codes((lookup) => lookup.wardCodes),
    columns: lookups[0].columns,
    skipped: { noPosition: lookups.reduce((sum, lookup) => sum + lookup.skipped.noPosition, 0), badPostcode: lookups.reduce((sum, lookup) => sum + lookup.skipped.badPostcode, 0) },
  };
}

/** What the stores keep of a loaded lookup (the columns stay in the worker). */
export function summarisePostcodeLookup(lookup: PostcodeLookup, request: { id: string; label: string }): PostcodeLookupSummary {
  const hasCodes = (codes: string[] | null) => codes?.some((code) => code !== '') ?? false;
  return { id: request.id, label: request.label, files: lookup.files, format: lookup.format, count: lookup.postcodes.length, hasAreaCodes: hasCodes(lookup.lsoaCodes) || hasCodes(lookup.wardCodes), skipped: lookup.skipped };
}

/** Reads every file as a postcode lookup; the first file that is not one fails the load, naming it. */
export function loadPostcodeFiles(files: readonly InputFile[]): ImportResult<PostcodeLookup[]> {
  const lookups: PostcodeLookup[] = [];
  const warnings: ImportWarning[] = [];
  for (const file of files) {
    const result = parsePostcodeLookup(file);
    if (!result.ok) return result;
    lookups.push(result.value);
    warnings.push(...result.warnings);
  }
  return { ok: true, value: lookups, warnings };
}
