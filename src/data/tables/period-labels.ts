/** Period labels of indicator tables: ordering them in time, and reading an edition year from a file name. */

const COLLATOR = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Time order for labels such as '2011' < '2019' < '2025', '2019-20' < '2020-21', '2021-03' < '2021-11'. */
export function comparePeriods(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

/** Labels sorted into time order (a new array). */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...periods].sort(comparePeriods);
}

/** A year from 1900 to 2099 standing on its own in a name (not part of a longer run of digits). */
const YEAR_IN_NAME = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/;

/**
 * The edition year a file name carries: `imd2019_lsoa11_england.csv` → '2019',
 * `wimd-2025-index-….ods` → '2025', `census2021-ts001-lsoa.csv` → '2021'. Folders are ignored; null when
 * the name holds no year (`lsoa11` is not one: it is not four digits).
 */
export function periodFromFileName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '');
  return YEAR_IN_NAME.exec(base)?.[1] ?? null;
}
