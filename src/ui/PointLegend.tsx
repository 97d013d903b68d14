import { useShallow } from 'zustand/react/shallow';
import { useIncidentStore } from '../state/incident-store';
import { categoryColor } from '../analysis/category-colors';
import { useT } from './use-t';

/** Categories listed before the rest fold under "n more": a legend must not cover the map it explains. */
const SHOWN_BEFORE_FOLD = 6;

/**
 * The incident points on the map: each shown dataset's categories (those its filter keeps) with their colour,
 * long lists folded, so a person reads what a coloured dot is without opening the incidents section.
 */
export function PointLegend() {
  const t = useT();
  const shown = useIncidentStore(useShallow((s) => s.order.filter((id) => s.display[id]?.points && s.incidents[id])));
  const incidents = useIncidentStore((s) => s.incidents);
  const filters = useIncidentStore((s) => s.filters);
  if (shown.length === 0) return null;
  return (
    <div className="legend-keys point-legend" data-testid="legend-points">
      {shown.map((id) => {
        const dataset = incidents[id];
        const kept = filters[id]?.categories;
        const categories = dataset.categories.map((name, index) => ({ name, index })).filter((c) => !kept || kept.includes(c.index));
        const row = (c: { name: string; index: number }) => (
          <li key={c.index} className="small" data-testid="legend-point-category" data-color={categoryColor(c.index)}>
            <span className="point-swatch" style={{ background: categoryColor(c.index) }} aria-hidden="true" />
            <span className="legend-label">{c.name}</span>
          </li>
        );
        return (
          <section key={id} aria-label={t('legend.points', { name: dataset.label })}>
            <p className="small legend-keys-heading">{t('legend.points', { name: dataset.label })}</p>
            <ul>{categories.slice(0, SHOWN_BEFORE_FOLD).map(row)}</ul>
            {categories.length > SHOWN_BEFORE_FOLD && (
              <details className="legend-fold">
                <summary className="small">{t('legend.moreCategories', { count: categories.length - SHOWN_BEFORE_FOLD })}</summary>
                <ul>{categories.slice(SHOWN_BEFORE_FOLD).map(row)}</ul>
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}
