/**
 * Small helpers for the parameters of importer problems, so lists read the same everywhere. Words are
 * not written here: the catalogue (src/i18n) words each problem code.
 */

/** 2696 → "2,696" (fixed en-GB grouping, independent of the runtime locale). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The first five of a list, comma-separated, with "…" when there are more: "3, 7, 9, 12, 15, …". */
export function listFirst(items: ReadonlyArray<string | number>, shown = 5): string {
  return items.slice(0, shown).join(', ') + (items.length > shown ? ', …' : '');
}
