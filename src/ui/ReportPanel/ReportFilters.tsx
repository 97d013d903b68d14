import { useShallow } from 'zustand/react/shallow';
import type { ReportFilter } from '../../types';
import { INFORMATION_STATUSES, SOURCE_KINDS, TENSION_TYPES } from '../../state/report-lists';
import { useReportStore } from '../../state/report-store';
import { useT } from '../use-t';

/** One list of the filter as a select: "Any", or one value. */
function FilterSelect<K extends 'tensionTypes' | 'communities' | 'statuses' | 'sourceKinds'>({ name, label, values, word }: { name: K; label: string; values: readonly ReportFilter[K][number][]; word: (value: ReportFilter[K][number]) => string }) {
  const t = useT();
  const { filter, setFilter } = useReportStore(useShallow((s) => ({ filter: s.filter, setFilter: s.setFilter })));
  const chosen = filter[name][0] ?? '';
  return (
    <label className="field"><span>{label}</span>
      <select value={chosen} onChange={(e) => setFilter({ [name]: e.target.value === '' ? [] : [e.target.value] } as Partial<ReportFilter>)} data-testid={`report-filter-${name}`}>
        <option value="">{t('reports.filter.any')}</option>
        {values.map((value) => <option key={value} value={value}>{word(value)}</option>)}
      </select>
    </label>
  );
}

/** Filters of the reports shown, counted and drawn: type, community, status, source; and listing withdrawn ones. */
export function ReportFilters({ communities }: { communities: readonly string[] }) {
  const t = useT();
  const { showWithdrawn, setFilter } = useReportStore(useShallow((s) => ({ showWithdrawn: s.filter.showWithdrawn, setFilter: s.setFilter })));
  return (
    <fieldset className="report-filters">
      <legend>{t('reports.filterHeading')}</legend>
      <FilterSelect name="tensionTypes" label={t('reports.field.types')} values={TENSION_TYPES} word={(v) => t(`reports.type.${v}`)} />
      <FilterSelect name="communities" label={t('reports.field.communities')} values={communities} word={(v) => v} />
      <FilterSelect name="statuses" label={t('reports.field.status')} values={INFORMATION_STATUSES} word={(v) => t(`reports.status.${v}`)} />
      <FilterSelect name="sourceKinds" label={t('reports.field.source')} values={SOURCE_KINDS} word={(v) => t(`reports.source.${v}`)} />
      <label><input type="checkbox" checked={showWithdrawn} onChange={(e) => setFilter({ showWithdrawn: e.target.checked })} data-testid="report-filter-withdrawn" /> {t('reports.filter.withdrawn')}</label>
    </fieldset>
  );
}
