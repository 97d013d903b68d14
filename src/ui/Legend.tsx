import { useId, useMemo } from 'react';
import { useViewStore } from '../state/view-store';
import { useDataStore } from '../state/data-store';
import { useChoropleth, type ChoroplethView } from '../state/choropleth';
import { buildLegend } from '../analysis/legend';
import { chooseDecimals, formatNumber } from '../analysis/format-number';
import { useFieldLabel } from './use-field-label';
import { BivariateLegend } from './BivariateLegend';
import { bivariateFor, useCohesionResults } from '../state/cohesion-derived';
import { useCohesionStore } from '../state/cohesion-store';
import { useTableStore } from '../state/table-store';
import { tableFieldSuppressed } from '../state/table-derived';
import { useTensionStore } from '../state/tension-store';
import { useIncidentStore } from '../state/incident-store';
import { TENSION_FIELD } from '../state/tension-derived';
import { EMERGING_CLASSES, EMERGING_FIELD, HOTSPOT_FIELD } from '../state/hotspot-derived';
import type { MessageKey } from '../i18n/translate';
import { useLocaleTag, useT } from './use-t';

/** A comparison pane's legend: its layer and view, its own test id, a class and a note (e.g. "shared"). */
export interface LegendProps {
  datasetId?: string | null;
  view?: ChoroplethView;
  testId?: string;
  className?: string;
  note?: string;
}

/** Legend of the mapped layer (or of a comparison pane), readable as text: class bounds, counts, and the no-data class. */
export function Legend({ datasetId: paneDatasetId, view, testId = 'legend', className = 'legend', note }: LegendProps = {}) {
  const t = useT();
  const localeTag = useLocaleTag();
  const headingId = useId();
  const activeDatasetId = useViewStore((s) => s.activeDatasetId);
  const datasetId = paneDatasetId !== undefined ? paneDatasetId : activeDatasetId;
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const fieldLabel = useFieldLabel();
  const choropleth = useChoropleth(datasetId, view);
  const tensionScale = useTensionStore((s) => s.datasets[s.order[0]]?.scale ?? 'eep');
  const heatmapShown = useIncidentStore((s) => s.order.some((id) => s.display[id]?.heatmap));
  const cohesion = useCohesionResults();
  const bivariateOn = useViewStore((s) => s.bivariate);
  const community = useCohesionStore((s) => s.community);
  const tables = useTableStore((s) => s.tables);
  const bivariate = bivariateOn && cohesion?.boundary.id === datasetId ? bivariateFor(cohesion) : null;
  const suppressedCount = useMemo(() => (dataset && choropleth ? tableFieldSuppressed(dataset, choropleth.field, tables)?.filter(Boolean).length ?? 0 : 0), [dataset, choropleth, tables]);
  const communityName = community ? tables[community.count.tableId]?.indicators[community.count.indicator]?.name ?? '' : '';

  const items = useMemo(() => {
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

  if (bivariate && dataset) {
    return (
      <aside className={className} data-testid={testId} aria-label={t('legend.heading')}>
        <BivariateLegend classification={bivariate} communityName={communityName} />
      </aside>
    );
  }
  if (!dataset || !choropleth) {
    return <aside className={className} data-testid={testId}><p className="muted">{t('legend.empty')}</p></aside>;
  }
  const field = fieldLabel(choropleth.field);
  return (
    <aside className={className} data-testid={testId} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('legend.heading')}</h2>
      {note && <p className="small legend-note" data-testid="legend-note">{note}</p>}
      <p className="legend-title" data-testid="legend-title">{field}</p>
      <p className="muted small">
        {dataset.label}
        {dataset.isExample && <> · <span className="badge">{t('example.badge')}</span></>}
        {dataset.origin && <> · <span className="badge origin-badge">{t('layers.fromAuthority', { name: dataset.origin.authority.name })}</span></>}
      </p>
      <p className="muted small" data-testid="legend-method">
        {t('legend.method', { method: t(`style.method.${choropleth.classification.method}` as MessageKey), classes: choropleth.classification.bins.length })}
      </p>
      {heatmapShown && <p className="small heatmap-note" data-testid="legend-heatmap"><span className="heat-swatch" aria-hidden="true" /> {t('legend.heatmap')}</p>}
      <ul>
        {items.map((item, i) => (
          <li key={i} data-testid={item.isNoData ? 'legend-nodata' : 'legend-item'} data-color={item.color}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            <span className="legend-label">{item.label}</span>
            <span className="legend-count">{t('legend.count', { count: item.count.toLocaleString(localeTag) })}</span>
          </li>
        ))}
      </ul>
      {suppressedCount > 0 && <p className="small" data-testid="legend-suppressed">{t('legend.suppressed', { count: suppressedCount.toLocaleString(localeTag) })}</p>}
    </aside>
  );
}
