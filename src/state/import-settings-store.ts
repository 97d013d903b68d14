/**
 * How incident files are read, as the user set it: the years an incident may be dated in (issue 13;
 * default 1990 to next year). Applies to files loaded from then on; each load records the range it used,
 * so a restored workspace reads its files as they were read.
 */
import { create } from 'zustand';
import type { IncidentDateRange } from '../types';

interface ImportSettingsState {
  /** null = the default range (1990 to next year, `defaultDateRange` in data/incidents/date-parsing.ts). */
  dateRange: IncidentDateRange | null;
  setDateRange: (range: IncidentDateRange | null) => void;
}

export const useImportSettingsStore = create<ImportSettingsState>()((set) => ({
  dateRange: null,
  setDateRange: (range) => set({ dateRange: range && Number.isInteger(range.fromYear) && Number.isInteger(range.toYear) && range.fromYear <= range.toYear ? range : null }),
}));

export { defaultDateRange } from '../data/incidents/date-parsing';
