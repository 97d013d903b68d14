/** Workspace part of the import settings: the years incident dates are accepted in (issue 13). */
import { useImportSettingsStore } from '../../import-settings-store';
import { isRecord, registerWorkspacePart } from '../workspace-parts';

/** Registers the import settings with the workspace. */
export function registerImportSettingsPart(): void {
  registerWorkspacePart({
    key: 'import-settings',
    snapshot: () => ({ dateRange: useImportSettingsStore.getState().dateRange }),
    restore: (saved) => {
      const range = isRecord(saved) && isRecord(saved.dateRange) ? saved.dateRange : null;
      useImportSettingsStore.getState().setDateRange(range ? { fromYear: Number(range.fromYear), toYear: Number(range.toYear) } : null);
    },
    subscribe: (onChange) => useImportSettingsStore.subscribe((s, previous) => { if (s.dateRange !== previous.dateRange) onChange(); }),
  });
}
