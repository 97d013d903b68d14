/**
 * Which section of the sidebar is open: the interface follows the jobs people come with (their data, the
 * map and its classes, incidents, cohesion, tension, neighbours, presenting and exporting, the workspace),
 * one section at a time, so the map keeps the rest of the screen (issue 15).
 */
import { create } from 'zustand';

export const SECTION_IDS = ['data', 'map', 'incidents', 'cohesion', 'tension', 'neighbours', 'present', 'workspace'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** True when `value` names a section (e.g. a `data-section` attribute read back from the page). */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}

/** The section after (or before) `current` in rail order, wrapping round, for the arrow keys. */
export function stepSection(current: SectionId, by: 1 | -1): SectionId {
  const index = SECTION_IDS.indexOf(current);
  return SECTION_IDS[(index + by + SECTION_IDS.length) % SECTION_IDS.length];
}

interface SectionState {
  open: SectionId;
  openSection: (id: SectionId) => void;
}

export const useSectionStore = create<SectionState>((set) => ({
  open: 'data',
  openSection: (id) => set({ open: id }),
}));
