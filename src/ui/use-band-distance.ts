import { useCallback } from 'react';
import { useLocaleTag, useT } from './use-t';

/** A boundary band's width in words: "Touching (0 m)", "500 m", "2 km" (locale digits). */
export function useBandDistanceText(): (metres: number) => string {
  const t = useT();
  const localeTag = useLocaleTag();
  return useCallback(
    (m: number) => (m === 0 ? t('neighbours.band.touching') : m >= 1000 ? t('neighbours.band.km', { distance: (m / 1000).toLocaleString(localeTag) }) : t('neighbours.band.metres', { distance: m.toLocaleString(localeTag) })),
    [t, localeTag],
  );
}
