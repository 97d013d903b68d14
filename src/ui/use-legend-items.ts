import { useMemo } from 'react';
import type { Choropleth } from '../state/choropleth';
import { buildLegend, type LegendItem } from '../analysis/legend';
import { chooseDecimals, formatNumber } from '../analysis/format-number';
import type { MessageKey } from '../i18n/translate';
import { useLocaleTag, useT } from './use-t';

/**
 * Legend rows of a choropleth as the legend shows them: class bounds, or, for a categorical classification
 * (hot spots, tension levels, yes/no), each category's own name from the catalogue.
 */
export function useLegendItems(choropleth: Choropleth | null): LegendItem[] {
  const t = useT();
  const localeTag = useLocaleTag();
  return useMemo(() => {
    if (!choropleth) return [];
    const c = choropleth.classification;
    const decimals = chooseDecimals([c.min, ...c.thresholds, c.max]);
    const items = buildLegend(c, (n) => formatNumber(n, localeTag, decimals), t(c.paletteId === 'hotspot' || c.paletteId === 'emerging' ? 'hotspot.noResult' : 'legend.noData'));
    const names = c.method === 'categorical' ? c.categories : undefined;
    if (!names) return items;
    return items.map((item, i) => (item.isNoData || !names[i] ? item : { ...item, label: t(names[i].key as MessageKey, names[i].params) }));
  }, [choropleth, localeTag, t]);
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
