import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store';
import { useDataStore } from '../state/data-store';
import { useChoropleth } from '../state/choropleth';
import { useFieldLabel } from './use-field-label';
import type { MessageKey } from '../i18n/translate';
import { useHotspotStore } from '../state/hotspot-store';
import { useTableStore } from '../state/table-store';
import { useCompareStore } from '../state/compare-store';
import { tableFieldSuppressed } from '../state/table-derived';
import { HOTSPOT_FIELD } from '../state/hotspot-derived';
import { useLocaleTag, useT, useAreaName } from './use-t';
import { areaAuthority } from '../state/neighbour-derived';
import { TENSION_FIELD } from '../state/tension-derived';
import { useTensionWords } from './use-tension-words';
import { useBivariateView, type BivariateView } from './use-bivariate-view';
import { usePaneViews } from '../state/compare-views';

/** The fill of area `index` on the 3 × 3 map. */
function bivariateColor({ classification }: BivariateView, index: number): string {
  const cell = classification.classIndexes[index];
  return cell >= 0 ? classification.colors[cell] : classification.noDataColor;
}

/** Hover tooltip: area name, code, the mapped value and its class colour. */
export function Tooltip() {
  const t = useT();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const hovered = useViewStore(useShallow((s) => s.hovered));
  const dataset = useDataStore((s) => (hovered ? s.datasets[hovered.datasetId] : undefined));
  const fieldLabel = useFieldLabel();
  const comparing = useCompareStore((s) => s.mode !== 'single');
  const paneViews = usePaneViews();
  const choropleth = useChoropleth(hovered?.datasetId ?? null, comparing && hovered?.pane !== undefined ? paneViews[hovered.pane] : undefined);
  const hotspots = useHotspotStore((s) => s.run);
  const tensionWords = useTensionWords(choropleth?.field === TENSION_FIELD ? dataset : undefined);
  const tables = useTableStore((s) => s.tables);
  // The 3 × 3 map (also drawn in comparison panes): its class in words, with both values.
  const bivariate = useBivariateView(hovered?.datasetId ?? null);
  if (!hovered || !dataset || !choropleth) return null;
  const gi = choropleth.field === HOTSPOT_FIELD && hotspots?.boundaryId === hovered.datasetId ? hotspots.result : null;
  const value = choropleth.values[hovered.index];
  const withheld = value === null && !!tableFieldSuppressed(dataset, choropleth.field, tables)?.[hovered.index];
  const classIndex = choropleth.classIndexes[hovered.index];
  const color = classIndex >= 0 ? choropleth.classification.bins[classIndex]?.color : choropleth.classification.noDataColor;
  const field = fieldLabel(choropleth.field);
  // Named categories (hot spots, tension levels, yes/no) read as their names, as the legend does.
  const category = choropleth.classification.method === 'categorical' && classIndex >= 0 ? choropleth.classification.categories?.[classIndex] : undefined;
  const number = (v: number) => (Number.isFinite(v) ? v.toLocaleString(localeTag, { maximumFractionDigits: 3 }) : t('tooltip.noData'));
  return (
    <div className="tooltip" data-testid="tooltip" role="status" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{areaName(dataset, hovered.index)}</strong>
      <div className="muted small">{dataset.areaCodes[hovered.index]}</div>
      {(dataset.authorities?.length ?? 0) > 1 && <div className="muted small" data-testid="tooltip-authority">{t('neighbours.authority', { name: areaAuthority(dataset, hovered.index)?.name ?? t('neighbours.authorityUnknown') })}</div>}
      {bivariate ? (
        <div data-testid="tooltip-bivariate">
          <div>{t('tooltip.value', { field: bivariate.shareTitle, value: number(bivariate.share[hovered.index]) })}</div>
          <div>{t('tooltip.value', { field: bivariate.scoreTitle, value: number(bivariate.score[hovered.index]) })}</div>
          <div className="small">
            <span className="swatch" style={{ background: bivariateColor(bivariate, hovered.index) }} aria-hidden="true" />
            {bivariate.classWords(bivariate.classification.classIndexes[hovered.index])}
          </div>
        </div>
      ) : (
        <div>
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {t('tooltip.value', { field, value: withheld ? t('share.suppressedValue') : category ? t(category.key as MessageKey, category.params) : value === null || value === undefined ? t('tooltip.noData') : value.toLocaleString(localeTag, { maximumFractionDigits: 3 }) })}
        </div>
      )}
      {choropleth.field === TENSION_FIELD && tensionWords(hovered.index) && <div className="small" data-testid="tooltip-tension">{tensionWords(hovered.index)}</div>}
      {gi && Number.isFinite(gi.zScores[hovered.index]) && (
        <div className="small" data-testid="tooltip-gi">{t('hotspot.zp', { z: gi.zScores[hovered.index].toLocaleString(localeTag, { maximumFractionDigits: 3 }), p: gi.pValues[hovered.index].toLocaleString(localeTag, { maximumSignificantDigits: 3 }) })}</div>
      )}
    </div>
  );
}
