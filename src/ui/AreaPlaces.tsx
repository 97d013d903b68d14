import type { AreaDataset } from '../types';
import { placesInArea, usePlaceDatasets } from '../state/place-derived';
import { placeSymbol } from '../analysis/place-symbols';
import { useT } from './use-t';

/** The places of every place layer that fall in one area (issue 16), in the area's profile. */
export function AreaPlaces({ dataset, index }: { dataset: AreaDataset; index: number }) {
  const t = useT();
  const datasets = usePlaceDatasets();
  if (datasets.length === 0) return null;
  const found = placesInArea(datasets, dataset, index);
  return (
    <section className="area-places" data-testid="area-places" aria-label={t('places.inArea', { count: found.length })}>
      <p className="small">{t('places.inArea', { count: found.length })}</p>
      {found.length > 0 && (
        <ul className="small">
          {found.map(({ layer, place }) => (
            <li key={`${layer}:${place.row}`} data-testid="area-place" data-category={place.category}>
              <span className="place-glyph" aria-hidden="true" style={{ color: placeSymbol(place.category).color }}>{placeSymbol(place.category).glyph}</span>{' '}
              {t('places.placeLine', { name: place.name || t('places.unnamed'), category: t(`places.category.${place.category}`), layer })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
