import { useMemo } from 'react';
import { formatDate } from '../format-date';
import { useShallow } from 'zustand/react/shallow';
import { useScopedLayers } from '../../state/view-scope';
import { useDataStore } from '../../state/data-store';
import { useIncidentStore } from '../../state/incident-store';
import { useExportStore, type PageRequest } from '../../state/export-store';
import { useLegendTitle } from '../use-field-label';
import { useAuthorityLegendSections, useLegendItems } from '../use-legend-items';
import { useChoropleth } from '../../state/choropleth';
import { useMapKeys } from '../use-map-keys';
import { exportLegendRows } from './export-legend-rows';
import { useLocaleTag, useT } from '../use-t';
import { useViewPeriod } from '../use-view-period';
import { useBivariateView } from '../use-bivariate-view';
import type { LegendRowInput } from '../../analysis/export/furniture-layout';
import type { FieldProblem } from '../../types/field';
import type { MessageKey } from '../../i18n/translate';

/** The 3×3 community share × cohesion legend as rows (each class in words), when that map is shown. */
function useBivariateRows(datasetId: string | null): { heading: string; rows: LegendRowInput[] } | null {
  const t = useT();
  const view = useBivariateView(datasetId);
  return useMemo(() => {
    if (!view) return null;
    const { legend } = view;
    const rows = legend.rows.flat().map((cell) => ({ color: cell.color, label: view.classWords(cell.classIndex) }));
    return { heading: `${t('cohesion.bivariate')}: ${view.shareTitle} · ${view.scoreTitle}`, rows: [...rows, { color: legend.noData.color, label: legend.noData.label }] };
  }, [view, t]);
}

export interface ExportPage {
  /** False when no layer is mapped: nothing to export. */
  ready: boolean;
  automaticTitle: string;
  automaticSubtitle: string;
  automaticSources: string;
  /** The request for the map as it is now, with the user's texts. */
  request: PageRequest;
  /** Why the mapped field cannot be drawn: the map is then not exported under its title. */
  refusal: FieldProblem | null;
}

/** Everything an exported page says about the current map, in the interface language. */
export function useExportPage(): ExportPage {
  const t = useT();
  const localeTag = useLocaleTag();
  const legendTitle = useLegendTitle();
  // The view in scope: the live map's, or a batch frame's drawn offscreen.
  const { layers, activeLayerId: datasetId } = useScopedLayers();
  const datasets = useDataStore((s) => s.datasets);
  const valueField = datasetId ? layers[datasetId]?.style.valueField ?? null : null;
  const hasIncidents = useIncidentStore((s) => s.order.length > 0);
  const period = useViewPeriod(datasetId);
  const choropleth = useChoropleth(datasetId);
  const items = useLegendItems(choropleth);
  const sections = useAuthorityLegendSections(choropleth);
  const keys = useMapKeys(datasetId);
  const bivariate = useBivariateRows(datasetId);
  const texts = useExportStore(useShallow((s) => ({ title: s.title, subtitle: s.subtitle, sources: s.sources, marking: s.marking, page: s.page, format: s.format })));
  const dataset = datasetId ? datasets[datasetId] : undefined;

  return useMemo(() => {
    const field = bivariate ? t('cohesion.bivariate') : choropleth ? legendTitle(datasetId, choropleth.field) : valueField ? legendTitle(datasetId, valueField) : '';
    const shown = Object.values(datasets).filter((d) => layers[d.id]?.visible);
    const sources = [
      ...(shown.some((d) => d.isExample) ? [t('attribution.example')] : []),
      ...(shown.some((d) => !d.isExample) ? [t('attribution.ons')] : []),
      ...(hasIncidents ? [t('export.attribution.police')] : []),
    ].join(' ');
    const automaticSubtitle = dataset ? (dataset.isExample ? `${dataset.label} · ${t('example.badge')}` : dataset.label) : '';
    const produced = t('export.produced', { date: formatDate(Date.now(), 'day-month-year-long', t, 'local') });
    const request: PageRequest = {
      page: texts.page,
      format: texts.format,
      localeTag,
      legendRows: exportLegendRows(bivariate ? { rows: bivariate.rows } : { items, sections }, keys, t('legend.keysHeading')),
      texts: {
        title: texts.title.trim() || field,
        subtitle: texts.subtitle.trim() || automaticSubtitle,
        // The period of the data this map draws (empty when it draws nothing dated).
        period,
        legendHeading: bivariate?.heading ?? field,
        // A note the legend carries on screen (e.g. ratings on two tension scales drawn as EEP) goes under the map too.
        sources: [texts.sources.trim(), choropleth?.note ? t(choropleth.note.key as MessageKey, choropleth.note.params) : ''].filter(Boolean).join(' '),
        produced,
        marking: texts.marking.trim(),
        metres: t('export.metres'),
        kilometres: t('export.kilometres'),
        north: t('export.north'),
      },
    };
    return { ready: !!dataset && !!valueField, automaticTitle: field, automaticSubtitle, automaticSources: sources, request, refusal: choropleth?.refusal ?? null };
  }, [t, localeTag, legendTitle, valueField, datasets, layers, hasIncidents, period, items, sections, keys, bivariate, texts, dataset, choropleth]);
}
