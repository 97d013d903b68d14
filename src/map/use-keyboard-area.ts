import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { AreaDataset } from '../types';
import { useA11yStore } from '../state/a11y-store';
import { areaLabels } from './layers/boundary-source';

/**
 * The area reached with the map's step keys: returned so it can be outlined like a selection, and brought
 * into view (centred, zoom kept) when it lies outside the map. Moves without animation, so nothing flies.
 */
export function useKeyboardArea(mapRef: RefObject<MapRef | null>, datasets: Record<string, AreaDataset>) {
  const keyboardArea = useA11yStore((s) => s.keyboardArea);
  useEffect(() => {
    const map = mapRef.current;
    const dataset = keyboardArea ? datasets[keyboardArea.datasetId] : undefined;
    if (!map || !keyboardArea || !dataset) return;
    const position = areaLabels(dataset)[keyboardArea.index]?.position;
    if (position && !map.getBounds().contains(position)) map.easeTo({ center: position, duration: 0 });
  }, [keyboardArea, datasets, mapRef]);
  return keyboardArea;
}
