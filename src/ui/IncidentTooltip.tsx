import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store';
import { useIncidentStore } from '../state/incident-store';
import { categoryColor } from '../analysis/category-colors';
import { useLocaleTag, useT } from './use-t';

/** What the file holds about the hovered incident: category, date, and its own columns. Nothing added. */
export function IncidentTooltip() {
  const t = useT();
  const localeTag = useLocaleTag();
  const hovered = useViewStore(useShallow((s) => s.hoveredIncident));
  const dataset = useIncidentStore((s) => (hovered ? s.incidents[hovered.incidentId] : undefined));
  if (!hovered || !dataset || hovered.index >= dataset.count) return null;
  const i = hovered.index;
  const date = new Date(dataset.timeMs[i]).toLocaleDateString(localeTag, dataset.datePrecision === 'month'
    ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const categoryIndex = dataset.categoryIndex[i];
  return (
    <div className="tooltip" data-testid="incident-tooltip" role="status" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong><span className="swatch small-swatch" style={{ background: categoryColor(categoryIndex) }} aria-hidden="true" />{dataset.categories[categoryIndex]}</strong>
      <div>{date}</div>
      {dataset.extraColumns.map((c) => c.values[i] ? <div key={c.name} className="small">{t('tooltip.value', { field: c.name, value: c.values[i] })}</div> : null)}
    </div>
  );
}
