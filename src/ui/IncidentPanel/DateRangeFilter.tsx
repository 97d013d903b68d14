import { useMemo } from 'react';
import { formatDate } from '../format-date';
import { useIncidentStore } from '../../state/incident-store';
import { monthStarts, nextMonthStart, NO_FILTER } from '../../analysis/incident-filter';
import { useT } from '../use-t';

/** From and to months (inclusive), chosen among the months the data holds. */
export function DateRangeFilter({ incidentId }: { incidentId: string }) {
  const t = useT();
  const dataset = useIncidentStore((s) => s.incidents[incidentId]);
  const filter = useIncidentStore((s) => s.filters[incidentId] ?? NO_FILTER);
  const setFilter = useIncidentStore((s) => s.setFilter);
  const months = useMemo(() => (dataset ? monthStarts(dataset) : []), [dataset]);
  if (!dataset || months.length === 0) return null;
  const label = (ms: number) => formatDate(ms, 'month-year', t);
  const fromValue = filter.fromMs ?? months[0];
  const lastIncluded = filter.toMs === null ? months[months.length - 1] : months.filter((m) => m < filter.toMs!).pop() ?? months[0];
  return (
    <fieldset className="date-range">
      <legend>{t('incidents.dates')}</legend>
      <label>
        <span>{t('incidents.from')}</span>
        <select data-testid="date-from" value={fromValue} onChange={(e) => {
          const from = Number(e.target.value);
          setFilter(incidentId, { fromMs: from === months[0] ? null : from, toMs: filter.toMs !== null && filter.toMs <= from ? nextMonthStart(from) : filter.toMs });
        }}>
          {months.map((m) => <option key={m} value={m}>{label(m)}</option>)}
        </select>
      </label>
      <label>
        <span>{t('incidents.to')}</span>
        <select data-testid="date-to" value={lastIncluded} onChange={(e) => {
          const to = Number(e.target.value);
          setFilter(incidentId, { toMs: to === months[months.length - 1] ? null : nextMonthStart(to), fromMs: filter.fromMs !== null && filter.fromMs > to ? to : filter.fromMs });
        }}>
          {months.map((m) => <option key={m} value={m}>{label(m)}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
