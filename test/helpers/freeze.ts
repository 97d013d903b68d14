/**
 * Deep-freezes fixtures so any mutation by code under test fails loudly. Typed arrays cannot be frozen
 * (a language rule), so they are left as they are; compare them after the call to catch mutation.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
