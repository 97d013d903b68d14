/** What the user is looking at besides the layers (see layer-store): selection, hover, fit requests, basemap, map modes. */
import { create } from 'zustand';
import type { BBox } from '../types';

export interface AreaRef {
  datasetId: string;
  index: number;
}

export interface HoverState extends AreaRef {
  x: number;
  y: number;
  /** The comparison pane hovered, when two maps are shown. */
  pane?: 0 | 1;
}

export interface IncidentHover {
  incidentId: string;
  index: number;
  x: number;
  y: number;
}

interface ViewState {
  selected: AreaRef | null;
  hovered: HoverState | null;
  hoveredIncident: IncidentHover | null;
  /** Incremented on every request so the same bbox can be fitted twice. */
  fitRequest: { bbox: BBox; seq: number } | null;
  basemapUrl: string;
  /** Show the analysed layer as the 3×3 community share × cohesion map instead of its choropleth. */
  bivariate: boolean;
  /** Draw the chosen community's counts as proportional circles over the analysed layer. */
  communitySymbols: boolean;

  selectArea: (area: AreaRef | null) => void;
  hoverArea: (hover: HoverState | null) => void;
  hoverIncident: (hover: IncidentHover | null) => void;
  requestFit: (bbox: BBox) => void;
  setBasemapUrl: (url: string) => void;
  setBivariate: (on: boolean) => void;
  setCommunitySymbols: (on: boolean) => void;
  forgetDataset: (id: string) => void;
}

export const useViewStore = create<ViewState>((set) => ({
  selected: null,
  hovered: null,
  hoveredIncident: null,
  fitRequest: null,
  basemapUrl: '',
  bivariate: false,
  communitySymbols: false,

  selectArea: (area) => set({ selected: area }),
  hoverArea: (hover) => set({ hovered: hover }),
  hoverIncident: (hover) => set({ hoveredIncident: hover }),
  requestFit: (bbox) => set((s) => ({ fitRequest: { bbox, seq: (s.fitRequest?.seq ?? 0) + 1 } })),
  setBasemapUrl: (url) => set({ basemapUrl: url.trim() }),
  setBivariate: (on) => set({ bivariate: on }),
  setCommunitySymbols: (on) => set({ communitySymbols: on }),
  forgetDataset: (id) =>
    set((s) => ({
      selected: s.selected?.datasetId === id ? null : s.selected,
      hovered: s.hovered?.datasetId === id ? null : s.hovered,
    })),
}));
