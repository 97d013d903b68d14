import { useShallow } from 'zustand/react/shallow';
import type { PlaceCategory, PlaceDataset } from '../../types';
import { usePlaceStore } from '../../state/place-store';
import { placeAreaCounts, usePlaceDatasets } from '../../state/place-derived';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { PLACE_LEGEND_ORDER, placeSymbol } from '../../analysis/place-symbols';
import { ErrorNotice } from '../ErrorNotice';
import { useLocaleTag, useT } from '../use-t';
import { PlaceReport } from './PlaceReport';

/** Places and assets without dates (issue 16): each layer's categories, how many fall in the mapped layer's areas, its import report. */
export function PlacePanel() {
  const t = useT();
  const localeTag = useLocaleTag();
  const datasets = usePlaceDatasets();
  const { hidden, errors, setPlacesVisible, removePlaces, dismissErrors } = usePlaceStore(useShallow((s) => ({
    hidden: s.hidden, errors: s.errors, setPlacesVisible: s.setPlacesVisible, removePlaces: s.removePlaces, dismissErrors: s.dismissErrors,
  })));
  const activeId = useLayerStore((s) => s.activeLayerId);
  const boundary = useDataStore((s) => (activeId ? s.datasets[activeId] : undefined));
  const counted = (dataset: PlaceDataset) => {
    const counts: Partial<Record<PlaceCategory, number>> = {};
    for (const place of dataset.places) counts[place.category] = (counts[place.category] ?? 0) + 1;
    return PLACE_LEGEND_ORDER.filter((category) => counts[category]).map((category) => ({ category, count: counts[category]! }));
  };
  return (
    <section className="panel place-panel" aria-labelledby="places-heading" data-testid="place-panel">
      <h2 id="places-heading">{t('places.heading')}</h2>
      <p className="muted small">{t('places.help')}</p>
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="place-error" />
      <ul className="place-layers">
        {datasets.map((dataset) => {
          const inAreas = boundary ? placeAreaCounts(dataset, boundary) : null;
          return (
            <li key={dataset.id} data-testid="place-layer">
              <label>
                <input type="checkbox" checked={!hidden.includes(dataset.id)} onChange={(e) => setPlacesVisible(dataset.id, e.target.checked)} data-testid="place-visible" />{' '}
                {t('places.item', { label: dataset.label, count: dataset.places.length.toLocaleString(localeTag) })}
              </label>{' '}
              <button type="button" aria-label={t('places.remove', { label: dataset.label })} onClick={() => removePlaces(dataset.id)}>{t('postcodes.removeButton')}</button>
              <ul className="small place-categories">
                {counted(dataset).map(({ category, count }) => (
                  <li key={category} data-testid="place-category-count" data-category={category}>
                    <span aria-hidden="true" style={{ color: placeSymbol(category).color }} className="place-glyph">{placeSymbol(category).glyph}</span> {t(`places.category.${category}`)}: {count.toLocaleString(localeTag)}
                  </li>
                ))}
              </ul>
              {boundary && inAreas && (
                <p className="small" data-testid="place-in-areas">{t('places.inAreas', { layer: boundary.label, inside: (dataset.places.length - inAreas.outside).toLocaleString(localeTag), outside: inAreas.outside.toLocaleString(localeTag) })}</p>
              )}
              <PlaceReport dataset={dataset} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
