import { useCallback } from 'react';
import type { AreaDataset, TensionTrend } from '../types';
import { useAreaTension } from '../state/tension-derived';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';

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

/** The standard community types of the cohesion guide's form, by their standard (English) spelling. */
const COMMUNITY_TYPE_KEYS: Readonly<Record<string, MessageKey>> = {
  'Ethnic': 'communityType.ethnic',
  'Faith or religious': 'communityType.faith',
  'New arrivals': 'communityType.newArrivals',
  'Generational': 'communityType.generational',
  'Socio-economic': 'communityType.socioEconomic',
  'LGBT': 'communityType.lgbt',
  'Gypsies and Travellers': 'communityType.gypsiesTravellers',
  'Language groups': 'communityType.language',
};

/** A community type in the interface language: standard types translated, the user's own as they wrote them. */
export function useCommunityTypeName(): (communityType: string) => string {
  const t = useT();
  return useCallback((communityType) => {
    const key = COMMUNITY_TYPE_KEYS[communityType];
    return key ? t(key) : communityType;
  }, [t]);
}
