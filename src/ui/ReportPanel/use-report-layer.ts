import { useCallback } from 'react';
import type { AreaDataset, ReportPlace } from '../../types';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { useAreaName } from '../use-t';

/** The boundary layer reports are placed and counted on: the active layer, else the first loaded. */
export function useReportLayer(): AreaDataset | undefined {
  const active = useLayerStore((s) => s.activeLayerId);
  const datasets = useDataStore((s) => s.datasets);
  const first = useDataStore((s) => s.order[0]);
  return (active ? datasets[active] : undefined) ?? (first ? datasets[first] : undefined);
}

/** Reads an area typed by name or code ("Alder Dale", "X05000001", or "Alder Dale (X05000001)") on the layer; null when none matches. */
export function findArea(layer: AreaDataset | undefined, text: string): { areaCode: string; areaName: string } | null {
  if (!layer) return null;
  const typed = text.trim().toLowerCase();
  const code = /\(([^()]+)\)\s*$/.exec(typed)?.[1] ?? typed;
  const index = layer.areaCodes.findIndex((c, i) => c.toLowerCase() === code || layer.areaNames[i]?.toLowerCase() === typed);
  return index === -1 ? null : { areaCode: layer.areaCodes[index], areaName: layer.areaNames[index] };
}

/** A place in words: its area's name on the layer (in the interface language), else as saved, else its postcode, else "a point on the map". */
export function usePlaceText(layer: AreaDataset | undefined, pointWords: string): (place: ReportPlace) => string {
  const areaName = useAreaName();
  return useCallback((place) => {
    const index = layer && place.areaCode ? layer.areaCodes.indexOf(place.areaCode) : -1;
    if (layer && index !== -1) return areaName(layer, index);
    return place.areaName || place.areaCode || place.postcode || pointWords;
  }, [layer, areaName, pointWords]);
}
