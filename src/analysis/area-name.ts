/** The name shown for an area in the interface language. */
import type { AreaDataset } from '../types';

/**
 * Welsh name when the interface is in Welsh and the data has one (WD13NMW…), else the name, else the
 * code: an area is never shown blank.
 */
export function localAreaName(dataset: Pick<AreaDataset, 'areaNames' | 'areaCodes' | 'areaNamesWelsh'>, index: number, locale: string): string {
  if (locale === 'cy') {
    const welsh = dataset.areaNamesWelsh?.[index];
    if (welsh) return welsh;
  }
  return dataset.areaNames[index] || dataset.areaCodes[index] || '';
}
