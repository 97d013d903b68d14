import { useId, useMemo } from 'react';
import { useLayerStore } from '../state/layer-store';
import { useDataStore } from '../state/data-store';
import { useChoropleth, type ChoroplethView } from '../state/choropleth';
import { useFieldLabel, useProblemText } from './use-field-label';
import { BivariateLegend } from './BivariateLegend';
import { useBivariateView } from './use-bivariate-view';
import { useTableStore } from '../state/table-store';
import { tableFieldSuppressed } from '../state/table-derived';
import type { MessageKey } from '../i18n/translate';
import { useLocaleTag, useT } from './use-t';
import { AuthorityClassList, AuthorityLegendMode } from './AuthorityLegend';
import { useLegendItems } from './use-legend-items';
import { LayerTableButton } from './LayerTable';
import { LegendKeys } from './LegendKeys';
import { PointLegend } from './PointLegend';
import { PlaceLegend } from './PlaceLegend';
import { LegendTitle } from './LegendTitle';
import { useIsScoped } from '../state/view-scope';

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
  const activeDatasetId = useLayerStore((s) => s.activeLayerId);
  const datasetId = paneDatasetId !== undefined ? paneDatasetId : activeDatasetId;
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const fieldLabel = useFieldLabel();
  const problemText = useProblemText();
  const choropleth = useChoropleth(datasetId, view);
  const tables = useTableStore((s) => s.tables);
  const bivariate = useBivariateView(datasetId);
  const suppressedCount = useMemo(() => (dataset && choropleth ? tableFieldSuppressed(dataset, choropleth.field, tables)?.filter(Boolean).length ?? 0 : 0), [dataset, choropleth, tables]);

  const items = useLegendItems(choropleth);
  const live = !useIsScoped();

  if (bivariate && dataset) {
    return (
      <aside className={className} data-map-overlay="" data-testid={testId} aria-label={t('legend.heading')}>
        <BivariateLegend view={bivariate} />
        <LegendKeys datasetId={datasetId} view={view} />
        <LayerTableButton />
      </aside>
    );
  }
  if (!dataset || !choropleth) {
    return <aside className={className} data-map-overlay="" data-testid={testId}><p className="muted">{t('legend.empty')}</p></aside>;
  }
  const field = fieldLabel(choropleth.field);
  if (choropleth.refusal) {
    return (
      <aside className={className} data-map-overlay="" data-testid={testId} aria-labelledby={headingId}>
        <h2 id={headingId}>{t('legend.heading')}</h2>
        <p className="legend-title" data-testid="legend-title">{field}</p>
        <p className="legend-refused" role="alert" data-testid="legend-refused">{t('legend.refused', { reason: problemText(choropleth.refusal) })}</p>
      </aside>
    );
  }
  const categorical = choropleth.classification.method === 'categorical';
  return (
    <aside className={className} data-map-overlay="" data-testid={testId} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('legend.heading')}</h2>
      {note && <p className="small legend-note" data-testid="legend-note">{note}</p>}
      <LegendTitle datasetId={dataset.id} field={choropleth.field} editable={live && paneDatasetId === undefined && !view} />
      <p className="muted small">
        {dataset.label}
        {dataset.isExample && <> · <span className="badge">{t('example.badge')}</span></>}
        {dataset.origin && <> · <span className="badge origin-badge">{t('layers.fromAuthority', { name: dataset.origin.authority.name })}</span></>}
      </p>
      <p className="muted small" data-testid="legend-method">
        {categorical
          ? t(choropleth.classification.bins.length === 1 ? 'legend.categorical.one' : 'legend.categorical', { classes: choropleth.classification.bins.length })
          : t('legend.method', { method: t(`style.method.${choropleth.classification.method}` as MessageKey), classes: (choropleth.byAuthority?.[0]?.classification ?? choropleth.classification).bins.length })}
      </p>
      {!categorical && <AuthorityLegendMode dataset={dataset} choropleth={choropleth} />}
      {choropleth.byAuthority ? <AuthorityClassList choropleth={choropleth} /> : <ul>
        {items.map((item, i) => (
          <li key={i} data-testid={item.isNoData ? 'legend-nodata' : 'legend-item'} data-color={item.color}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            <span className="legend-label">{item.label}</span>
            <span className="legend-count">{t('legend.count', { count: item.count.toLocaleString(localeTag) })}</span>
          </li>
        ))}
      </ul>}
      {choropleth.note && <p className="small" data-testid="legend-scale-note">{t(choropleth.note.key as MessageKey, choropleth.note.params)}</p>}
      <LegendKeys datasetId={datasetId} view={view} />
      <PointLegend />
      <PlaceLegend />
      {suppressedCount > 0 && <p className="small" data-testid="legend-suppressed">{t('legend.suppressed', { count: suppressedCount.toLocaleString(localeTag) })}</p>}
      <LayerTableButton />
    </aside>
  );
}
