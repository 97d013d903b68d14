import { usePlaceStore } from '../state/place-store';
import { usePlaceDatasets } from '../state/place-derived';
import { usePresentationStore } from '../state/presentation-store';
import { PLACE_LEGEND_ORDER, placeSymbol } from '../analysis/place-symbols';
import { useLocaleTag, useT } from './use-t';

/** The place layers on the map (issue 16): each category present with its shape, colour and count. */
export function PlaceLegend() {
  const t = useT();
  const localeTag = useLocaleTag();
  const datasets = usePlaceDatasets();
  const hidden = usePlaceStore((s) => s.hidden);
  const allowed = usePresentationStore((s) => !s.presenting || s.showPoints);
  const shown = allowed ? datasets.filter((d) => !hidden.includes(d.id) && d.places.length > 0) : [];
  if (shown.length === 0) return null;
  return (
    <div className="legend-keys point-legend" data-testid="legend-places">
      {shown.map((dataset) => {
        const counts = new Map<string, number>();
        for (const place of dataset.places) counts.set(place.category, (counts.get(place.category) ?? 0) + 1);
        return (
          <section key={dataset.id} aria-label={t('legend.places', { name: dataset.label })}>
            <p className="small legend-keys-heading">{t('legend.places', { name: dataset.label })}</p>
            <ul>
              {PLACE_LEGEND_ORDER.filter((category) => counts.has(category)).map((category) => (
                <li key={category} className="small" data-testid="legend-place-category" data-category={category}>
                  <span className="place-glyph" style={{ color: placeSymbol(category).color }} aria-hidden="true">{placeSymbol(category).glyph}</span>
                  <span className="legend-label">{t(`places.category.${category}`)}</span>
                  <span className="legend-count">{counts.get(category)!.toLocaleString(localeTag)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
