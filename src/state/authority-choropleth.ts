/**
 * Per-authority classification of a layer's choropleth (issue 7): when the user asks for it and the
 * dataset holds several authorities, each area is classed by its own authority's breaks.
 */
import { useMemo } from 'react';
import type { AreaAuthority, AreaDataset, Classification } from '../types';
import { classifyByAuthority, flattenAuthorityClasses } from '../analysis/classify-by-authority';
import { validateManualBreaks } from '../analysis/classify-manual';
import type { LayerStyle } from './layer-store';
import { useDataStore } from './data-store';
import { useNeighbourStore } from './neighbour-store';
import { useScopedLayers } from './view-scope';

/** One authority's part of a per-authority legend: its classification and first bin in the flattened paint. */
export interface AuthorityLegendPart {
  authority: AreaAuthority | null;
  classification: Classification;
  offset: number;
}

interface ChoroplethLike {
  values: ReadonlyArray<number | null>;
  classIndexes: ReadonlyArray<number>;
  classification: Classification;
  field: string;
  byAuthority?: AuthorityLegendPart[];
}


/** Number of distinct known authorities among a dataset's areas. */
export function authorityCount(dataset: Pick<AreaDataset, 'authorities'> | undefined): number {
  return dataset?.authorities?.length ?? 0;
}

const cache = new WeakMap<object, ChoroplethLike>();

/**
 * The choropleth with per-authority classes when `mode` asks for them and the dataset has two or more
 * authorities; otherwise the choropleth unchanged (shared classification). Same inputs, same object.
 */
export function withAuthorityClasses<T extends ChoroplethLike>(base: T, dataset: AreaDataset, style: LayerStyle, mode: 'shared' | 'per-authority'): T {
  if (mode !== 'per-authority' || authorityCount(dataset) < 2 || !dataset.areaAuthorities || base.classification.method === 'categorical') return base;
  const cached = cache.get(base);
  if (cached) return cached as T;
  const options = style.options.method === 'manual' && validateManualBreaks(style.options.manualBreaks) ? { ...style.options, method: 'quantile' as const } : style.options;
  const result = classifyByAuthority(base.values, dataset.areaAuthorities, options);
  const flat = flattenAuthorityClasses(result, dataset.areaAuthorities, base.classification.noDataColor);
  const byAuthority = result.byAuthority.map(({ authority, classification }, i) => ({ authority: dataset.authorities?.[authority] ?? null, classification, offset: flat.offsets[i] }));
  const derived = { ...base, classIndexes: flat.classIndexes, classification: flat.classification, byAuthority };
  cache.set(base, derived);
  return derived;
}

/** Hook form: applies the current classification mode to a layer's choropleth. */
export function useAuthorityClasses<T extends ChoroplethLike>(base: T | null, datasetId: string | null): T | null {
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const { layers } = useScopedLayers();
  const style = datasetId ? layers[datasetId]?.style : undefined;
  const mode = useNeighbourStore((s) => s.classifyMode);
  return useMemo(() => (base && dataset && style ? withAuthorityClasses(base, dataset, style, mode) : base), [base, dataset, style, mode]);
}
