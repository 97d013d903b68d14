import { useShallow } from 'zustand/react/shallow';
import { formatDate } from './format-date';
import { useViewStore } from '../state/view-store';
import { useIncidentStore } from '../state/incident-store';
import { categoryColor } from '../analysis/category-colors';
import { useT } from './use-t';

/** What the file holds about the hovered incident: category, date, and its own columns. Nothing added. */
export function IncidentTooltip() {
  const t = useT();
  const hovered = useViewStore(useShallow((s) => s.hoveredIncident));
  const dataset = useIncidentStore((s) => (hovered ? s.incidents[hovered.incidentId] : undefined));
  if (!hovered || !dataset || hovered.index >= dataset.count) return null;
  const i = hovered.index;
  const date = formatDate(dataset.timeMs[i], dataset.datePrecision === 'month' ? 'month-year-long' : 'day-month-year', t);
  const categoryIndex = dataset.categoryIndex[i];
  return (
    <div className="tooltip" data-testid="incident-tooltip" role="status" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong><span className="swatch small-swatch" style={{ background: categoryColor(categoryIndex) }} aria-hidden="true" />{dataset.categories[categoryIndex]}</strong>
      <div>{date}</div>
      {dataset.extraColumns.map((c) => c.values[i] ? <div key={c.name} className="small">{t('tooltip.value', { field: c.name, value: c.values[i] })}</div> : null)}
    </div>
  );
}
