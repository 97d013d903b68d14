/**
 * The layers: one model per boundary layer holding everything that says how it is drawn (its field and
 * classification, opacity, visibility), and which layer the legend and style panel follow. A boundary
 * dataset has one layer, whose id is the dataset's; the dataset itself (the geometry and attributes) stays
 * in the data store. This replaces the layer once spread over the analysis store (style) and the view store
 * (visibility, opacity, the mapped layer).
 */
import { create } from 'zustand';
import type { ClassificationOptions } from '../types';
import { DEFAULT_SEQUENTIAL_PALETTE } from '../analysis/palettes';

/** A layer's mapped field (a registry field id) and its classification. */
export interface LayerStyle {
  valueField: string;
  options: ClassificationOptions;
  /**
   * The legend's title as the user wrote it for this field (issue 15), used by the legend, presentation and
   * export; absent, the field's own label is the title. Choosing another field drops it.
   */
  legendTitle?: string;
}

/** A style with `legendTitle` set to `title` trimmed, or without one when `title` is blank or null. */
export function withLegendTitle(style: LayerStyle, title: string | null | undefined): LayerStyle {
  const { legendTitle: _old, ...rest } = style;
  const trimmed = title?.trim() ?? '';
  return trimmed ? { ...rest, legendTitle: trimmed } : rest;
}

export interface LayerModel {
  /** The layer's id: its boundary dataset's id. */
  id: string;
  style: LayerStyle;
  visible: boolean;
  /** 0–1; presenting draws fills opaque whatever this says. */
  opacity: number;
}

export const DEFAULT_CLASSIFICATION: ClassificationOptions = {
  method: 'quantile',
  classCount: 5,
  paletteId: DEFAULT_SEQUENTIAL_PALETTE,
  reversed: false,
};

export const DEFAULT_OPACITY = 0.8;

interface LayerState {
  layers: Record<string, LayerModel>;
  /** The layer whose choropleth the legend, the style panel and the exports follow. */
  activeLayerId: string | null;

  /** Adds (or replaces) the layer of a dataset. */
  addLayer: (id: string, init: { style: LayerStyle; visible?: boolean; opacity?: number }) => void;
  /** Maps another field; a legend title written for the previous field is dropped. */
  setValueField: (id: string, field: string) => void;
  /** Gives the layer's legend its own title; blank or null goes back to the field's label. */
  setLegendTitle: (id: string, title: string | null) => void;
  setClassification: (id: string, change: Partial<ClassificationOptions>) => void;
  setVisible: (id: string, visible: boolean) => void;
  setOpacity: (id: string, opacity: number) => void;
  /** Makes a layer the mapped one (and shows it); null for none. */
  setActiveLayer: (id: string | null) => void;
  removeLayer: (id: string) => void;
}

const clampOpacity = (opacity: number) => Math.min(1, Math.max(0, opacity));

export const useLayerStore = create<LayerState>((set) => {
  /** Changes one layer when it exists; otherwise leaves the state as it is. */
  const change = (id: string, update: (layer: LayerModel) => LayerModel) =>
    set((s) => (s.layers[id] ? { layers: { ...s.layers, [id]: update(s.layers[id]) } } : s));

  return {
    layers: {},
    activeLayerId: null,

    addLayer: (id, init) =>
      set((s) => ({ layers: { ...s.layers, [id]: { id, style: init.style, visible: init.visible ?? true, opacity: clampOpacity(init.opacity ?? DEFAULT_OPACITY) } } })),
    setValueField: (id, field) =>
      change(id, (layer) => (layer.style.valueField === field ? layer : { ...layer, style: withLegendTitle({ ...layer.style, valueField: field }, null) })),
    setLegendTitle: (id, title) =>
      change(id, (layer) => {
        const style = withLegendTitle(layer.style, title);
        return style.legendTitle === layer.style.legendTitle ? layer : { ...layer, style };
      }),
    setClassification: (id, update) =>
      change(id, (layer) => {
        const options = { ...layer.style.options, ...update };
        options.classCount = Math.min(9, Math.max(3, Math.round(options.classCount)));
        return { ...layer, style: { ...layer.style, options } };
      }),
    setVisible: (id, visible) => change(id, (layer) => (layer.visible === visible ? layer : { ...layer, visible })),
    setOpacity: (id, opacity) => change(id, (layer) => ({ ...layer, opacity: clampOpacity(opacity) })),
    setActiveLayer: (id) =>
      set((s) => {
        const layer = id ? s.layers[id] : undefined;
        return { activeLayerId: id, ...(layer && !layer.visible ? { layers: { ...s.layers, [layer.id]: { ...layer, visible: true } } } : {}) };
      }),
    removeLayer: (id) =>
      set((s) => {
        const { [id]: _removed, ...layers } = s.layers;
        return { layers, activeLayerId: s.activeLayerId === id ? null : s.activeLayerId };
      }),
  };
});

