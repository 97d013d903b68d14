/** What the user is looking at: layer visibility, the mapped layer, selection, hover, fit requests, basemap. */
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
  /** Dataset whose choropleth the legend and style panel show. */
  activeDatasetId: string | null;
  visible: Record<string, boolean>;
  opacity: Record<string, number>;
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

  setActiveDataset: (id: string | null) => void;
  setVisible: (id: string, visible: boolean) => void;
  setOpacity: (id: string, opacity: number) => void;
  selectArea: (area: AreaRef | null) => void;
  hoverArea: (hover: HoverState | null) => void;
  hoverIncident: (hover: IncidentHover | null) => void;
  requestFit: (bbox: BBox) => void;
  setBasemapUrl: (url: string) => void;
  setBivariate: (on: boolean) => void;
  setCommunitySymbols: (on: boolean) => void;
  forgetDataset: (id: string) => void;
}

export const DEFAULT_OPACITY = 0.8;

export const useViewStore = create<ViewState>((set) => ({
  activeDatasetId: null,
  visible: {},
  opacity: {},
  selected: null,
  hovered: null,
  hoveredIncident: null,
  fitRequest: null,
  basemapUrl: '',
  bivariate: false,
  communitySymbols: false,

  setActiveDataset: (id) => set((s) => ({ activeDatasetId: id, visible: id ? { ...s.visible, [id]: true } : s.visible })),
  setVisible: (id, visible) => set((s) => ({ visible: { ...s.visible, [id]: visible } })),
  setOpacity: (id, opacity) => set((s) => ({ opacity: { ...s.opacity, [id]: Math.min(1, Math.max(0, opacity)) } })),
  selectArea: (area) => set({ selected: area }),
  hoverArea: (hover) => set({ hovered: hover }),
  hoverIncident: (hover) => set({ hoveredIncident: hover }),
  requestFit: (bbox) => set((s) => ({ fitRequest: { bbox, seq: (s.fitRequest?.seq ?? 0) + 1 } })),
  setBasemapUrl: (url) => set({ basemapUrl: url.trim() }),
  setBivariate: (on) => set({ bivariate: on }),
  setCommunitySymbols: (on) => set({ communitySymbols: on }),
  forgetDataset: (id) =>
    set((s) => {
      const { [id]: _visible, ...visible } = s.visible;
      const { [id]: _opacity, ...opacity } = s.opacity;
      return {
        visible,
        opacity,
        activeDatasetId: s.activeDatasetId === id ? null : s.activeDatasetId,
        selected: s.selected?.datasetId === id ? null : s.selected,
        hovered: s.hovered?.datasetId === id ? null : s.hovered,
      };
    }),
}));
