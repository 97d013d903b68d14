/** The user's choices for each layer's choropleth: which field, which classification. */
import { create } from 'zustand';
import type { ClassificationOptions } from '../types';
import { DEFAULT_SEQUENTIAL_PALETTE } from '../analysis/palettes';

export interface LayerStyle {
  valueField: string;
  options: ClassificationOptions;
}

export const DEFAULT_CLASSIFICATION: ClassificationOptions = {
  method: 'quantile',
  classCount: 5,
  paletteId: DEFAULT_SEQUENTIAL_PALETTE,
  reversed: false,
};

interface AnalysisState {
  styles: Record<string, LayerStyle>;
  initStyle: (datasetId: string, style: LayerStyle) => void;
  setValueField: (datasetId: string, field: string) => void;
  setClassification: (datasetId: string, change: Partial<ClassificationOptions>) => void;
  forgetDataset: (datasetId: string) => void;
}

export const useAnalysisStore = create<AnalysisState>((set) => ({
  styles: {},
  initStyle: (datasetId, style) => set((s) => ({ styles: { ...s.styles, [datasetId]: style } })),
  setValueField: (datasetId, field) =>
    set((s) => {
      const current = s.styles[datasetId];
      return current ? { styles: { ...s.styles, [datasetId]: { ...current, valueField: field } } } : s;
    }),
  setClassification: (datasetId, change) =>
    set((s) => {
      const current = s.styles[datasetId];
      if (!current) return s;
      const options = { ...current.options, ...change };
      options.classCount = Math.min(9, Math.max(3, Math.round(options.classCount)));
      return { styles: { ...s.styles, [datasetId]: { ...current, options } } };
    }),
  forgetDataset: (datasetId) =>
    set((s) => {
      const { [datasetId]: _removed, ...styles } = s.styles;
      return { styles };
    }),
}));
