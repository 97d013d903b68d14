import { useCallback } from 'react';
import type { AreaDataset, TensionTrend } from '../types';
import { useAreaTension } from '../state/tension-derived';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';
import { communityTypeKey } from '../analysis/tension/community-type-keys';

/** A tension trend in words ("raised since the previous assessment"), so the arrows never stand alone. */
export function useTrendWords(): (trend: TensionTrend | null) => string {
  const t = useT();
  return useCallback((trend) => t(trend ? (`tension.trendWord.${trend}` as MessageKey) : 'tension.trendWord.first'), [t]);
}

/** For each area of a layer: its tension level and trend in words, or null when it has no rating. */
export function useTensionWords(dataset: AreaDataset | undefined): (index: number) => string | null {
  const t = useT();
  const trendWords = useTrendWords();
  const tension = useAreaTension(dataset);
  return useCallback((index: number) => {
    const area = tension?.[index];
    if (!area?.rating) return null;
    return t('tension.levelTrend', { level: t(`tension.level.${area.rating.scale}.${area.rating.level}` as MessageKey), trend: area.agreed ? t('tension.agreedWord') : trendWords(area.trend) });
  }, [tension, t, trendWords]);
}

/** A community type in the interface language: standard types translated, the user's own as they wrote them. */
export function useCommunityTypeName(): (communityType: string) => string {
  const t = useT();
  return useCallback((communityType) => {
    const key = communityTypeKey(communityType);
    return key ? t(key) : communityType;
  }, [t]);
}
