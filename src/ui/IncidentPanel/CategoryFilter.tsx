import { useMemo } from 'react';
import { useIncidentStore } from '../../state/incident-store';
import { countByCategory, NO_FILTER } from '../../analysis/incident-filter';
import { categoryColor } from '../../analysis/category-colors';
import { useLocaleTag, useT } from '../use-t';

/** Multi-select of categories with their counts (within the date range). */
export function CategoryFilter({ incidentId }: { incidentId: string }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const dataset = useIncidentStore((s) => s.incidents[incidentId]);
  const filter = useIncidentStore((s) => s.filters[incidentId] ?? NO_FILTER);
  const setFilter = useIncidentStore((s) => s.setFilter);
  const counts = useMemo(() => (dataset ? countByCategory(dataset, filter) : []), [dataset, filter]);
  if (!dataset) return null;
  const selected = new Set(filter.categories ?? dataset.categories.map((_, i) => i));
  const toggle = (index: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(index);
    else next.delete(index);
    setFilter(incidentId, { categories: next.size === dataset.categories.length ? null : [...next].sort((a, b) => a - b) });
  };
  return (
    <details className="filter" open>
      <summary>{t('incidents.categories', { selected: selected.size, total: dataset.categories.length })}</summary>
      <div className="filter-actions">
        <button type="button" onClick={() => setFilter(incidentId, { categories: null })}>{t('incidents.all')}</button>
        <button type="button" onClick={() => setFilter(incidentId, { categories: [] })}>{t('incidents.none')}</button>
      </div>
      <ul className="category-list" data-testid="category-list">
        {dataset.categories.map((name, index) => (
          <li key={name}>
            <label>
              <input type="checkbox" checked={selected.has(index)} onChange={(e) => toggle(index, e.target.checked)} data-testid="category-checkbox" data-category={name} />
              <span className="swatch small-swatch" style={{ background: categoryColor(index) }} aria-hidden="true" />
              <span className="category-name">{name}</span>
              <span className="legend-count">{counts[index].toLocaleString(localeTag)}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
