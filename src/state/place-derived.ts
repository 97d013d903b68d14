/**
 * Places counted in the areas of a boundary layer (issue 16), derived once per place layer and boundary
 * layer and memoised with them: the area profile lists an area's places, the panel counts them per category.
 */
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, Place, PlaceDataset } from '../types';
import { buildPolygonIndex, type PolygonIndex } from '../geo/polygon-index';
import { countPlacesInAreas, type PlaceAreaCounts } from '../analysis/place-counts';
import { createMemo } from '../analysis/memo';
import { usePlaceStore } from './place-store';

const indexMemo = createMemo<AreaDataset, string, PolygonIndex>();
const countMemo = createMemo<PlaceDataset, AreaDataset, PlaceAreaCounts>();

/** Where the places of `places` fall in the areas of `areas`, and how many of each category per area. */
export function placeAreaCounts(places: PlaceDataset, areas: AreaDataset): PlaceAreaCounts {
  return countMemo.get(places, areas, () => countPlacesInAreas(places.places, indexMemo.get(areas, 'index', () => buildPolygonIndex(areas.features.map((f) => f.geometry)))));
}

/** The places of every loaded place layer that fall in area `index` of `areas`, with their layer's name. */
export function placesInArea(datasets: readonly PlaceDataset[], areas: AreaDataset, index: number): { layer: string; place: Place }[] {
  return datasets.flatMap((dataset) => {
    const { areaIndex } = placeAreaCounts(dataset, areas);
    return dataset.places.flatMap((place, i) => (areaIndex[i] === index ? [{ layer: dataset.label, place }] : []));
  });
}

/** The loaded place layers, in load order. */
export function usePlaceDatasets(): PlaceDataset[] {
  return usePlaceStore(useShallow((s) => s.order.flatMap((id) => (s.datasets[id] ? [s.datasets[id]] : []))));
}
