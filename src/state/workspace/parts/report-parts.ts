/**
 * Workspace parts of tension monitoring recorded in the app (issue 14): reports with their history, planned
 * events, and the ratings and overall judgements entered for an area and date. Saved on this machine only
 * (the workspace in IndexedDB and the workspace file); share packages never read these parts.
 */
import { useReportStore } from '../../report-store';
import { useTensionEntryStore } from '../../tension-entry-store';
import { readSavedEvent, readSavedJudgement, readSavedList, readSavedRating, readSavedReport } from '../../../data/reports/saved-reports';
import { isRecord, registerWorkspacePart } from '../workspace-parts';

/** Registers the reports-and-events part and the entered-ratings part. */
export function registerReportParts(): void {
  registerWorkspacePart({
    key: 'tension-reports',
    snapshot: () => {
      const { reports, events } = useReportStore.getState();
      return { reports, events };
    },
    restore: (saved) => {
      if (!isRecord(saved)) return;
      useReportStore.getState().restore(readSavedList(saved.reports, readSavedReport).items, readSavedList(saved.events, readSavedEvent).items);
    },
    subscribe: (onChange) => useReportStore.subscribe((s, p) => (s.reports !== p.reports || s.events !== p.events) && onChange()),
  });

  registerWorkspacePart({
    key: 'tension-entries',
    snapshot: () => {
      const { ratings, judgements } = useTensionEntryStore.getState();
      return { ratings, judgements };
    },
    restore: (saved) => {
      if (!isRecord(saved)) return;
      useTensionEntryStore.getState().restore(readSavedList(saved.ratings, readSavedRating).items, readSavedList(saved.judgements, readSavedJudgement).items);
    },
    subscribe: (onChange) => useTensionEntryStore.subscribe((s, p) => (s.ratings !== p.ratings || s.judgements !== p.judgements) && onChange()),
  });
}
