import { useMemo } from 'react';
import type { Choropleth } from '../state/choropleth';
import { buildLegend, type LegendItem } from '../analysis/legend';
import { chooseDecimals, formatNumber } from '../analysis/format-number';
import { useTensionStore } from '../state/tension-store';
import { TENSION_FIELD } from '../state/tension-derived';
import { EMERGING_CLASSES, EMERGING_FIELD, HOTSPOT_FIELD } from '../state/hotspot-derived';
import type { MessageKey } from '../i18n/translate';
import { useLocaleTag, useT } from './use-t';

/** Legend rows of a choropleth as the legend shows them: class bounds, or named classes (hot spots, tension levels). */
export function useLegendItems(choropleth: Choropleth | null): LegendItem[] {
  const t = useT();
  const localeTag = useLocaleTag();
  const tensionScale = useTensionStore((s) => s.datasets[s.order[0]]?.scale ?? 'eep');
  return useMemo(() => {
    if (!choropleth) return [];
    const c = choropleth.classification;
    const decimals = chooseDecimals([c.min, ...c.thresholds, c.max]);
    const items = buildLegend(c, (n) => formatNumber(n, localeTag, decimals), t('legend.noData'));
    if (choropleth.field === HOTSPOT_FIELD) {
      // Gi* classes in legend order, hot 99 % … cold 99 %; the no-data row is "no result".
      return items.map((item, i) => ({ ...item, label: item.isNoData ? t('hotspot.noResult') : t(`hotspot.bin.${3 - i}` as MessageKey) }));
    }
    if (choropleth.field === EMERGING_FIELD) {
      return items.map((item) => {
        if (item.isNoData) return { ...item, label: t('hotspot.noResult') };
        const category = EMERGING_CLASSES.find((c) => c.color === item.color)?.category ?? '';
        return { ...item, label: t(`hotspot.category.${category}` as MessageKey) };
      });
    }
    if (choropleth.field !== TENSION_FIELD) return items;
    // Tension classes are the levels themselves: name them (1 Imminent … 6 Normal).
    return items.map((item) => (item.isNoData || item.lower === null || item.upper === null ? item : { ...item, label: t(`tension.level.${tensionScale}.${Math.round((item.lower + item.upper) / 2)}` as MessageKey) }));
  }, [choropleth, localeTag, t, tensionScale]);
}

/** One authority's classes in a per-authority legend (no-data row left out: the legend shows one for all). */
export interface AuthorityLegendSection {
  name: string;
  items: LegendItem[];
}

/** The per-authority legend's sections when each authority is classified on its own, else null. */
export function useAuthorityLegendSections(choropleth: Choropleth | null): AuthorityLegendSection[] | null {
  const t = useT();
  const localeTag = useLocaleTag();
  return useMemo(() => {
    if (!choropleth?.byAuthority) return null;
    return choropleth.byAuthority.map((part) => {
      const c = part.classification;
      const decimals = chooseDecimals([c.min, ...c.thresholds, c.max]);
      const items = buildLegend(c, (n) => formatNumber(n, localeTag, decimals), t('legend.noData')).filter((item) => !item.isNoData);
      return { name: part.authority?.name ?? t('neighbours.authorityUnknown'), items };
    });
  }, [choropleth, localeTag, t]);
}

/** An area's value as the table and the keyboard read-out give it: locale digits, up to 3 decimals. */
export function formatAreaValue(value: number, localeTag: string): string {
  return value.toLocaleString(localeTag, { maximumFractionDigits: 3 });
}
