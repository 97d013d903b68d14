/**
 * Loading postcode lookups (issue 19): each file (ONSPD/NSPL or Code-Point Open CSV; Code-Point Open
 * comes as one CSV per postcode area, so several files are usual) becomes one `PostcodeLookup`, and
 * rows left out are reported as a warning. Importers place rows by them through `locateByPostcode`.
 */
import type { ImportResult, ImportWarning, InputFile, PostcodeLookup } from '../types';
import { parsePostcodeLookup } from './postcodes/postcode-lookup';

export { indexPostcodeLookups, locateByPostcode, type PostcodeIndex } from './postcodes/locate-by-postcode';
export { normalisePostcode } from './postcodes/postcode-format';

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
