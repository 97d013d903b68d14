import { useMemo } from 'react';
import type { Layer as DeckLayer } from '@deck.gl/core';
import { usePlaceStore } from '../state/place-store';
import { usePlaceDatasets } from '../state/place-derived';
import { usePresentationStore } from '../state/presentation-store';
import { buildPlacesLayer } from './layers/places-layer';

/**
 * deck.gl layers of the place layers the user has not hidden (issue 16). Hostels and flashpoints can be
 * sensitive, so while presenting they are hidden until points are shown on purpose, as incidents are.
 */
export function usePlaceLayers(): DeckLayer[] {
  const datasets = usePlaceDatasets();
  const hidden = usePlaceStore((s) => s.hidden);
  const allowed = usePresentationStore((s) => !s.presenting || s.showPoints);
  return useMemo(
    () => (allowed ? datasets.filter((d) => !hidden.includes(d.id) && d.places.length > 0).map((d) => buildPlacesLayer(`places-${d.id}`, d.places)) : []),
    [datasets, hidden, allowed],
  );
}
