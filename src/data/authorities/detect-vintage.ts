/**
 * Boundary vintage of a dataset (issue 7): LSOA 2011 or 2021, wards 2013 or later…, so the app can warn
 * before areas of different vintages are compared.
 */
import type { AreaVintage, VintageYear } from '../../types';
import { lsoaCodeEra } from '../tables/vintage';

const FIELD_YEAR = /^(LSOA|MSOA|OA|WD|LAD|LTLA|UTLA|CTY|PCON)(\d{2})(CD|NM)$/i;

/**
 * Ward codes are issued in sequence as ward boundaries are reviewed, so the newest code of a complete ward
 * set of a known date bounds what had been issued by then: a code above it proves boundaries drawn later.
 * From the ward sets in `../shared/data` (see its SOURCES.md): the December 2013 Welsh wards end at
 * W05000991 (852 wards); the 2019 ward tables of WIMD 2019 end at W05001038 (843 wards) and of IMD 2019 at
 * E05012992 (7,180 wards). No complete English 2013 ward set was at hand, so English wards are only told
 * apart from 2020 on.
 */
const LAST_WARD_CODE_BY_YEAR: Record<string, ReadonlyArray<{ year: number; last: number }>> = {
  W05: [{ year: 2019, last: 1038 }, { year: 2013, last: 991 }],
  E05: [{ year: 2019, last: 12992 }],
};

/** The earliest boundary year a ward code proves ("issued after the 2019 set" → 2020), or null. */
export function wardCodeNoOlderThan(code: string): number | null {
  const sets = LAST_WARD_CODE_BY_YEAR[code.slice(0, 3)];
  if (!sets) return null;
  const number = Number(code.slice(3));
  if (!Number.isInteger(number)) return null;
  const newerThan = sets.find((set) => number > set.last);
  return newerThan ? newerThan.year + 1 : null;
}

/**
 * The vintage from the code column's name (LSOA11CD → 2011, WD22CD → 2022), else from LSOA codes issued
 * only in 2021 (`lsoaCodeEra`: E01033769 / W01001959 on), else from ward codes issued after a known ward set
 * ("2014 or later"). Null when none tells.
 */
export function detectVintage(codeField: string | null, areaCodes: ReadonlyArray<string>): AreaVintage | null {
  const match = codeField ? FIELD_YEAR.exec(codeField) : null;
  if (match) return { year: 2000 + Number(match[2]), source: 'field-name' };
  if (areaCodes.some((code) => lsoaCodeEra(code) === '2021')) return { year: 2021, source: 'codes' };
  let wardYear: number | null = null;
  for (const code of areaCodes) {
    const year = wardCodeNoOlderThan(code);
    if (year !== null && (wardYear === null || year > wardYear)) wardYear = year;
  }
  return wardYear === null ? null : { year: wardYear, orLater: true, source: 'codes' };
}

/** Distinct vintages of several datasets, oldest first (an exact year before "that year or later"); unknown ones are left out. */
export function vintageYears(vintages: ReadonlyArray<AreaVintage | null | undefined>): VintageYear[] {
  const byKey = new Map<string, VintageYear>();
  for (const v of vintages) if (v) byKey.set(`${v.year}${v.orLater ? '+' : ''}`, v.orLater ? { year: v.year, orLater: true } : { year: v.year });
  return [...byKey.values()].sort((a, b) => a.year - b.year || Number(!!a.orLater) - Number(!!b.orLater));
}

/**
 * True when two of the vintages cannot be the same boundaries: two different exact years, or an exact
 * year older than what another's codes prove ("2013" beside "2014 or later"). Two "or later" vintages,
 * or "2014 or later" beside 2022, may be the same and are not called mixed.
 */
export function vintagesDiffer(vintages: ReadonlyArray<VintageYear>): boolean {
  const exact = vintages.filter((v) => !v.orLater).map((v) => v.year);
  if (new Set(exact).size > 1) return true;
  const newestFloor = Math.max(...vintages.filter((v) => v.orLater).map((v) => v.year));
  return exact.some((year) => year < newestFloor);
}
