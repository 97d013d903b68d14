/** Text the user sets for what leaves the screen: the sensitivity marking shown on screen and on exports. */
import { create } from 'zustand';

interface ExportState {
  /** Protective marking, e.g. "OFFICIAL-SENSITIVE — not for circulation"; empty for none. */
  marking: string;
  setMarking: (marking: string) => void;
}

export const useExportStore = create<ExportState>((set) => ({
  marking: '',
  setMarking: (marking) => set({ marking: marking.trim() }),
}));
