/**
 * Boundary vintage of a dataset (issue 7): LSOA 2011 or 2021, wards 2013 or 2022…, so the app can warn
 * before areas of different vintages are compared.
 */
import type { AreaVintage } from '../../types';

const FIELD_YEAR = /^(LSOA|MSOA|OA|WD|LAD|LTLA|UTLA|CTY|PCON)(\d{2})(CD|NM)$/i;

/** Last LSOA code issued in 2011 in each country; higher codes were first issued for the 2021 LSOAs. */
const LAST_2011_LSOA: Record<string, number> = { E01: 33768, W01: 1958 };

/**
 * The vintage from the code column's name (LSOA11CD → 2011, WD22CD → 2022), else from LSOA codes issued
 * only in 2021 (above E01033768 / W01001958). Null when neither tells.
 */
export function detectVintage(codeField: string | null, areaCodes: ReadonlyArray<string>): AreaVintage | null {
  const match = codeField ? FIELD_YEAR.exec(codeField) : null;
  if (match) return { year: 2000 + Number(match[2]), source: 'field-name' };
  const newer = areaCodes.some((code) => {
    const last = LAST_2011_LSOA[code.slice(0, 3)];
    return last !== undefined && Number(code.slice(3)) > last;
  });
  return newer ? { year: 2021, source: 'codes' } : null;
}

/** Distinct vintage years of several datasets, ascending; unknown vintages are left out. */
export function vintageYears(vintages: ReadonlyArray<AreaVintage | null | undefined>): number[] {
  return [...new Set(vintages.flatMap((v) => (v ? [v.year] : [])))].sort((a, b) => a - b);
}
