import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import { useChoropleth } from '../../state/choropleth';
import { useA11yStore } from '../../state/a11y-store';
import { useBivariateView } from '../use-bivariate-view';
import { buildAreaTableRows, sortAreaRows, type AreaTableColumn, type SortDirection } from '../../analysis/area-table';
import type { MessageKey } from '../../i18n/translate';
import { useFieldLabel } from '../use-field-label';
import { formatAreaValue, useLegendItems } from '../use-legend-items';
import { useLocaleTag, useT } from '../use-t';
import { TableExport } from './TableExport';
import { GeometryExport } from './GeometryExport';
import { PopulationPicker } from '../PopulationPicker';
import { parseFieldId } from '../../analysis/field-registry';

/** Rows drawn at once: a 35,000-area LSOA layer is paged so the page never freezes. */
const PAGE_ROWS = 100;
const COLUMNS: { column: AreaTableColumn; key: MessageKey }[] = [
  { column: 'name', key: 'layerTable.name' },
  { column: 'code', key: 'layerTable.code' },
  { column: 'value', key: 'layerTable.value' },
  { column: 'class', key: 'layerTable.class' },
];
const TWO_VALUE_COLUMNS: AreaTableColumn[] = ['name', 'code', 'value', 'second', 'class'];
export const TOGGLE_ID = 'layer-table-toggle';

/** Opens and closes the per-area table of the mapped layer (shown under the legend). */
export function LayerTableButton() {
  const t = useT();
  const open = useA11yStore((s) => s.tableOpen);
  const setOpen = useA11yStore((s) => s.setTableOpen);
  return (
    <button type="button" id={TOGGLE_ID} className="layer-table-toggle" aria-expanded={open} aria-controls="layer-table" data-testid="layer-table-toggle" onClick={() => setOpen(!open)}>
      {t(open ? 'layerTable.hide' : 'layerTable.show')}
    </button>
  );
}

/** The mapped layer as a sortable table (area, code, value, class) with CSV export: the map without colours. */
export function LayerTable() {
  const t = useT();
  const localeTag = useLocaleTag();
  const open = useA11yStore((s) => s.tableOpen);
  const setOpen = useA11yStore((s) => s.setTableOpen);
  const datasetId = useLayerStore((s) => s.activeLayerId);
  const selected = useViewStore((s) => s.selected);
  const selectArea = useViewStore((s) => s.selectArea);
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const choropleth = useChoropleth(open ? datasetId : null);
  const items = useLegendItems(choropleth);
  const fieldLabel = useFieldLabel();
  const [sort, setSort] = useState<{ column: AreaTableColumn; direction: SortDirection }>({ column: 'name', direction: 'ascending' });
  const [page, setPage] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // With the 3 × 3 map on, the table lists what it shows: share, score and the 3 × 3 class in words.
  const bivariate = useBivariateView(open ? datasetId : null);

  const rows = useMemo(() => {
    if (!dataset || !choropleth) return [];
    if (bivariate) return buildAreaTableRows(dataset.areaNames, dataset.areaCodes, bivariate.share, bivariate.classification.classIndexes, bivariate.score);
    return buildAreaTableRows(dataset.areaNames, dataset.areaCodes, choropleth.values, choropleth.classIndexes);
  }, [dataset, choropleth, bivariate]);
  const sorted = useMemo(() => sortAreaRows(rows, sort.column, sort.direction, new Intl.Collator(localeTag)), [rows, sort, localeTag]);
  useEffect(() => { if (open) heading.current?.focus(); }, [open]);
  useEffect(() => setPage(0), [sorted]);
  // The score column goes when the 3 × 3 map is turned off: sort by name again rather than by nothing.
  useEffect(() => { if (!bivariate) setSort((s) => (s.column === 'second' ? { column: 'name', direction: 'ascending' } : s)); }, [bivariate]);

  if (!open || !dataset || !choropleth) return null;
  const close = () => {
    setOpen(false);
    document.getElementById(TOGGLE_ID)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const classes = choropleth.classification.bins.length;
  const classText = (classIndex: number) => bivariate ? bivariate.classWords(classIndex)
    : classIndex < 0 ? items[items.length - 1]?.label ?? '' : t('layerTable.classOf', { n: classIndex + 1, total: classes, label: items[classIndex]?.label ?? '' });
  const columns = bivariate
    ? TWO_VALUE_COLUMNS.map((column) => ({ column, label: column === 'value' ? bivariate.shareTitle : column === 'second' ? bivariate.scoreTitle : t(COLUMNS.find((c) => c.column === column)!.key) }))
    : COLUMNS.map(({ column, key }) => ({ column, label: t(key) }));
  const from = page * PAGE_ROWS;
  const shown = sorted.slice(from, from + PAGE_ROWS);
  const toggleSort = (column: AreaTableColumn) => setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const layerField = fieldLabel(choropleth.field);
  const parsedField = parseFieldId(choropleth.field);
  // Rates per 1,000 show (and let the user change) the population behind them, as in the join and hot spots.
  const isRate = !bivariate && parsedField.kind === 'incidents' && parsedField.measure === 'rate';
  const field = bivariate ? t('cohesion.bivariate') : layerField;
  const n = (v: number) => v.toLocaleString(localeTag);

  return (
    <section id="layer-table" className="layer-table panel" role="dialog" aria-modal="false" aria-labelledby="layer-table-heading" data-testid="layer-table" onKeyDown={onKeyDown}>
      <div className="area-panel-head">
        <h2 id="layer-table-heading" tabIndex={-1} ref={heading}>{t('layerTable.heading', { field })}</h2>
        <button type="button" onClick={close} aria-label={t('layerTable.close')}>×</button>
      </div>
      {bivariate && <p className="small" data-testid="layer-table-bivariate">{t('layerTable.bivariateNote', { field: layerField })}</p>}
      {isRate && <PopulationPicker boundary={dataset} />}
      <TableExport dataset={dataset} choropleth={choropleth} rows={sorted} items={items} field={field} bivariate={bivariate} />
      <GeometryExport dataset={dataset} rows={sorted} field={field} classText={classText} />
      <div className="layer-table-scroll">
        <table data-testid="layer-table-grid">
          <caption>{t('layerTable.caption', { layer: dataset.label })}</caption>
          <thead>
            <tr>
              {columns.map(({ column, label }) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : 'none'}>
                  <button type="button" className="sort-button" onClick={() => toggleSort(column)} data-testid={`sort-${column}`}>
                    {label}<span aria-hidden="true">{sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.index} aria-current={selected?.datasetId === dataset.id && selected.index === row.index ? 'true' : undefined}>
                <th scope="row"><button type="button" className="link" onClick={() => selectArea({ datasetId: dataset.id, index: row.index })}>{row.name}</button></th>
                <td>{row.code}</td>
                <td className="number">{row.value === null ? '' : formatAreaValue(row.value, localeTag)}</td>
                {bivariate && <td className="number">{row.second === null || row.second === undefined ? '' : formatAreaValue(row.second, localeTag)}</td>}
                <td>{classText(row.classIndex)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="layer-table-pages">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('layerTable.previous', { count: PAGE_ROWS })}</button>
        <span aria-live="polite" data-testid="layer-table-range">{t('layerTable.rows', { from: n(sorted.length ? from + 1 : 0), to: n(from + shown.length), total: n(sorted.length) })}</span>
        <button type="button" disabled={from + PAGE_ROWS >= sorted.length} onClick={() => setPage(page + 1)}>{t('layerTable.next', { count: PAGE_ROWS })}</button>
      </div>
    </section>
  );
}
