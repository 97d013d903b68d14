/**
 * UK postcode text: the forms people and files write ("cf101aa", "CF10  1AA", ONSPD's 7-character
 * "CF101AA" and 8-character "CF10 1AA", Code-Point Open's padded "AB1 0AA") read as one canonical form.
 */

/** Outward code (area letters, district digit and optional letter or digit) then inward code (digit, two letters). */
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

/**
 * The canonical form of a UK postcode, "CF10 1AA" (upper case, one space before the inward code), or
 * null when the text is not shaped like a postcode. Only the shape is checked, not whether it exists.
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/[\s\u00a0]+/g, '').toUpperCase();
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}
