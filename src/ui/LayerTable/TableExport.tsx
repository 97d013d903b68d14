import { useId, useState } from 'react';
import type { AreaDataset } from '../../types';
import type { Choropleth } from '../../state/choropleth';
import { useTableStore } from '../../state/table-store';
import { useIncidentStore } from '../../state/incident-store';
import { suppressionFor } from '../../state/layer-table';
import { areaTableCsv, areaTableStatuses, type AreaTableRow, type AreaTableSuppression } from '../../analysis/area-table';
import type { PublishedCount } from '../../analysis/export-ledger';
import { NO_FILTER } from '../../analysis/incident-filter';
import { parseIncidentField } from '../../state/incident-derived';
import { filterForStep, useStepDateRange } from '../../state/timeline-derived';
import { differencingWithEarlier, useExportLedgerStore } from '../../state/export-ledger-store';
import { ExportNotice } from '../ExportNotice';
import type { LegendItem } from '../../analysis/legend';
import type { MessageKey } from '../../i18n/translate';
import { downloadText } from '../download';
import { useT } from '../use-t';
import type { BivariateView } from '../use-bivariate-view';

interface Props {
  dataset: AreaDataset;
  choropleth: Choropleth;
  rows: ReadonlyArray<AreaTableRow>;
  items: ReadonlyArray<LegendItem>;
  field: string;
  /** The 3 × 3 map when it is shown: the CSV then holds share, score and the class in words. */
  bivariate: BivariateView | null;
}

/** CSV download of the per-area table, with small-number suppression on by default and its rule in view. */
export function TableExport({ dataset, choropleth, rows, items, field, bivariate }: Props) {
  const t = useT();
  const id = useId();
  const tables = useTableStore((s) => s.tables);
  const chosenPopulation = useIncidentStore((s) => s.populations[dataset.id] ?? null);
  const [suppress, setSuppress] = useState(true);
  const [exported, setExported] = useState<string | null>(null);
  const incidentField = parseIncidentField(choropleth.field);
  const incidents = useIncidentStore((s) => (incidentField ? s.incidents[incidentField.incidentId] : undefined));
  const incidentFilter = useIncidentStore((s) => (incidentField ? s.filters[incidentField.incidentId] : undefined)) ?? NO_FILTER;
  const stepRange = useStepDateRange();
  const recordExport = useExportLedgerStore((s) => s.recordExport);
  // A community share is worked out from a count of people, so it is withheld where that count is small.
  const suppression: AreaTableSuppression = bivariate
    ? { kind: 'derived', baseCounts: (i) => [Number.isFinite(bivariate.counts[i]) ? bivariate.counts[i] : null] }
    : suppressionFor(dataset, choropleth.field, choropleth.values, tables, chosenPopulation);
  const applies = suppression.kind !== 'none';

  // What each incident count of the table counts (area, window, categories), for the workspace's export ledger.
  const countsOf = (which: ReadonlyArray<AreaTableRow>): PublishedCount[] => {
    if (!incidentField || incidentField.measure !== 'count' || !incidents || bivariate) return [];
    const effective = filterForStep(incidentFilter, stepRange);
    const categories = effective.categories === null ? null : effective.categories.map((c) => incidents.categories[c]).filter((name) => name !== undefined).sort();
    return which.filter((row) => row.value !== null).map((row) => ({ source: `${incidents.id}@${dataset.id}`, areaCode: row.code, fromMs: effective.fromMs, toMs: effective.toMs, categories, value: row.value! }));
  };

  const download = () => {
    const on = suppress && applies;
    const differenced = on ? differencingWithEarlier(countsOf(rows)) : [];
    const candidates = rows.filter((row) => row.value !== null);
    const protection: AreaTableSuppression = { ...suppression, forced: differenced.map((d) => candidates[d.index].index) };
    const statuses = on ? areaTableStatuses(rows, protection) : null;
    const csv = areaTableCsv(rows, {
      header: bivariate
        ? [t('layerTable.name'), t('layerTable.code'), bivariate.shareTitle, bivariate.scoreTitle, t('layerTable.class')]
        : [t('layerTable.name'), t('layerTable.code'), field, t('layerTable.class')],
      classLabels: bivariate ? bivariate.classification.colors.map((_, i) => bivariate.classWords(i)) : items.filter((item) => !item.isNoData).map((item) => item.label),
      noDataLabel: bivariate ? t('legend.noData') : items[items.length - 1]?.label ?? t('legend.noData'),
      suppression: on ? protection : undefined,
      notes: [
        bivariate
          ? t('layerTable.noteBivariate', { layer: dataset.label, share: bivariate.shareTitle, score: bivariate.scoreTitle })
          : t('layerTable.noteLayer', { layer: dataset.label, field, method: t(`style.method.${choropleth.classification.method}` as MessageKey) }),
        ...(on ? [t('promises.tableRule')] : []),
      ],
    });
    const fileName = `${dataset.label}-${field}.csv`;
    downloadText(fileName, csv);
    recordExport(fileName, countsOf(rows.filter((_, r) => !statuses || statuses[r] === 'shown')), {
      suppressed: on || !applies, withheld: statuses ? statuses.filter((status) => status !== 'shown').length : 0, differenced,
    });
    setExported(fileName);
  };

  return (
    <div className="layer-table-export">
      <p className="small">
        <input type="checkbox" id={`${id}-suppress`} checked={suppress && applies} disabled={!applies} onChange={(e) => setSuppress(e.target.checked)} aria-describedby={`${id}-rule`} data-testid="layer-table-suppress" />
        <label htmlFor={`${id}-suppress`}>{t('layerTable.suppress')}</label>
      </p>
      <p className="muted small" id={`${id}-rule`} data-testid="layer-table-rule">{t(applies ? 'promises.tableRule' : 'layerTable.suppressNone')}</p>
      <button type="button" onClick={download} data-testid="layer-table-download">{t('layerTable.download')}</button>
      <ExportNotice fileName={exported} />
    </div>
  );
}
