import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTableStore } from '../../state/table-store';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { matchTableToAreas } from '../../state/table-derived';
import { useLocaleTag, useProblemText, useT } from '../use-t';
import { ErrorNotice } from '../ErrorNotice';
import { NameEditor } from '../NameEditor';

/** Loaded indicator tables, how they were read, and how their codes meet the mapped boundary layer. */
export function TablePanel() {
  const t = useT();
  const { order, status, errors } = useTableStore(useShallow((s) => ({ order: s.order, status: s.status, errors: s.errors })));
  const dismissErrors = useTableStore((s) => s.dismissErrors);
  if (order.length === 0 && status.kind === 'idle' && errors.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="tables-heading" data-testid="table-panel">
      <h2 id="tables-heading">{t('tables.heading')}</h2>
      {status.kind === 'loading' && <p aria-live="polite" data-testid="table-progress">{t('load.loading', { files: status.files.join(', ') })}</p>}
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="table-error" />
      {order.map((id) => <TableCard key={id} tableId={id} />)}
    </section>
  );
}

function TableCard({ tableId }: { tableId: string }) {
  const t = useT();
  const problem = useProblemText();
  const localeTag = useLocaleTag();
  const table = useTableStore((s) => s.tables[tableId]);
  const removeTable = useTableStore((s) => s.removeTable);
  const renameTable = useTableStore((s) => s.renameTable);
  const activeId = useLayerStore((s) => s.activeLayerId);
  const boundary = useDataStore((s) => (activeId ? s.datasets[activeId] : undefined));
  const match = useMemo(() => (table && boundary ? matchTableToAreas(table, boundary.areaCodes) : null), [table, boundary]);
  if (!table) return null;
  const n = (v: number) => v.toLocaleString(localeTag);
  const rejected = table.report.rowsRead - table.report.rowsKept;
  return (
    <article className="incident-card" data-testid="table-card">
      <div className="layer-main">
        <NameEditor name={table.label} onRename={(label) => renameTable(tableId, label)} testId="table-label" />
        <button type="button" onClick={() => removeTable(tableId)} aria-label={t('layers.removeLabel', { name: table.label })}>{t('layers.remove')}</button>
      </div>
      <p className="muted small" data-testid="table-summary">
        {t('tables.summary', { areas: n(table.areaCodes.length), indicators: n(table.indicators.length), periods: table.periods.filter(Boolean).join(', ') || '—' })}
      </p>
      <details className="report">
        <summary>{t('tables.report', { rejected: n(rejected), noData: n(table.report.noDataCells) })}</summary>
        <p className="small">{t('tables.reportDetail', { read: n(table.report.rowsRead), kept: n(table.report.rowsKept), header: table.report.headerRow, code: table.codeColumn })}</p>
        {table.report.rejected.map((r) => <p key={r.reason} className="small">{problem.text('tableRejected', { code: r.reason, detail: r.detail, params: r.params })} {r.examples.length > 0 && <span className="row-refs">({r.examples.join(', ')})</span>}</p>)}
        {table.report.skippedColumns.length > 0 && <p className="small">{t('tables.skipped', { columns: table.report.skippedColumns.map((c) => c.name).join(', ') })}</p>}
      </details>
      {match && boundary && (
        <div className="match" data-testid="table-match">
          <p className="small">{t('tables.match', { matched: n(match.matched), total: n(boundary.areaCodes.length), layer: boundary.label })}</p>
          {match.vintage && <p className="warning-text small" data-testid="vintage-note">{match.vintage.texts.map((text) => problem.text('vintage', text)).join(' ')}</p>}
          {match.areasOnly.length > 0 && (
            <details><summary>{t('tables.areasOnly', { count: n(match.areasOnly.length) })}</summary><p className="row-refs" data-testid="areas-only">{match.areasOnly.join(', ')}</p></details>
          )}
          {match.tableOnly.length > 0 && (
            <details><summary>{t('tables.tableOnly', { count: n(match.tableOnly.length) })}</summary><p className="row-refs">{match.tableOnly.slice(0, 500).join(', ')}{match.tableOnly.length > 500 ? ' …' : ''}</p></details>
          )}
        </div>
      )}
    </article>
  );
}
