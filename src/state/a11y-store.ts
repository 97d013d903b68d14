/** Accessibility view state: whether the per-area table is open, and the area stepped to from the keyboard. */
import { create } from 'zustand';
import type { AreaRef } from './view-store';

interface A11yState {
  tableOpen: boolean;
  /** Area reached with the map's step keys: outlined on the map and read out, not yet opened. */
  keyboardArea: AreaRef | null;
  setTableOpen: (open: boolean) => void;
  setKeyboardArea: (area: AreaRef | null) => void;
}

export const useA11yStore = create<A11yState>((set) => ({
  tableOpen: false,
  keyboardArea: null,
  setTableOpen: (open) => set({ tableOpen: open }),
  setKeyboardArea: (area) => set({ keyboardArea: area }),
}));
