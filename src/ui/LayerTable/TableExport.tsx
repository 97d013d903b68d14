import { useId, useState } from 'react';
import type { AreaDataset } from '../../types';
import type { Choropleth } from '../../state/choropleth';
import { useTableStore } from '../../state/table-store';
import { suppressionFor } from '../../state/layer-table';
import { areaTableCsv, type AreaTableRow } from '../../analysis/area-table';
import type { LegendItem } from '../../analysis/legend';
import type { MessageKey } from '../../i18n/translate';
import { downloadText } from '../download';
import { useT } from '../use-t';

interface Props {
  dataset: AreaDataset;
  choropleth: Choropleth;
  rows: ReadonlyArray<AreaTableRow>;
  items: ReadonlyArray<LegendItem>;
  field: string;
}

/** CSV download of the per-area table, with small-number suppression on by default and its rule in view. */
export function TableExport({ dataset, choropleth, rows, items, field }: Props) {
  const t = useT();
  const id = useId();
  const tables = useTableStore((s) => s.tables);
  const [suppress, setSuppress] = useState(true);
  const suppression = suppressionFor(dataset, choropleth.field, choropleth.values, tables);
  const applies = suppression.kind !== 'none';

  const download = () => {
    const on = suppress && applies;
    const csv = areaTableCsv(rows, {
      header: [t('layerTable.name'), t('layerTable.code'), field, t('layerTable.class')],
      classLabels: items.filter((item) => !item.isNoData).map((item) => item.label),
      noDataLabel: items[items.length - 1]?.label ?? t('legend.noData'),
      suppression: on ? suppression : undefined,
      notes: [
        t('layerTable.noteLayer', { layer: dataset.label, field, method: t(`style.method.${choropleth.classification.method}` as MessageKey) }),
        ...(on ? [t('layerTable.suppressRule')] : []),
      ],
    });
    downloadText(`${dataset.label}-${field}.csv`, csv);
  };

  return (
    <div className="layer-table-export">
      <p className="small">
        <input type="checkbox" id={`${id}-suppress`} checked={suppress && applies} disabled={!applies} onChange={(e) => setSuppress(e.target.checked)} aria-describedby={`${id}-rule`} data-testid="layer-table-suppress" />
        <label htmlFor={`${id}-suppress`}>{t('layerTable.suppress')}</label>
      </p>
      <p className="muted small" id={`${id}-rule`} data-testid="layer-table-rule">{t(applies ? 'layerTable.suppressRule' : 'layerTable.suppressNone')}</p>
      <button type="button" onClick={download} data-testid="layer-table-download">{t('layerTable.download')}</button>
    </div>
  );
}
