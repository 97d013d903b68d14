/**
 * Workspace parts of tension monitoring recorded in the app (issue 14): reports with their history, planned
 * events, and the ratings and overall judgements entered for an area and date. Saved on this machine only
 * (the workspace in IndexedDB and the workspace file); share packages never read these parts.
 */
import { useReportStore } from '../../report-store';
import { useTensionEntryStore } from '../../tension-entry-store';
import { readSavedEvent, readSavedJudgement, readSavedRating, readSavedReport } from '../../../data/reports/saved-reports';
import { isRecord, readPartList, registerWorkspacePart } from '../workspace-parts';

/** Registers the reports-and-events part and the entered-ratings part. */
export function registerReportParts(): void {
  registerWorkspacePart({
    key: 'tension-reports',
    snapshot: () => {
      const { reports, events } = useReportStore.getState();
      return { reports, events };
    },
    restore: (saved, _ids, noteDropped) => {
      if (!isRecord(saved)) return;
      useReportStore.getState().restore(readPartList(saved.reports, readSavedReport, 'reports', noteDropped), readPartList(saved.events, readSavedEvent, 'events', noteDropped));
    },
    subscribe: (onChange) => useReportStore.subscribe((s, p) => (s.reports !== p.reports || s.events !== p.events) && onChange()),
  });

  registerWorkspacePart({
    key: 'tension-entries',
    snapshot: () => {
      const { ratings, judgements } = useTensionEntryStore.getState();
      return { ratings, judgements };
    },
    restore: (saved, _ids, noteDropped) => {
      if (!isRecord(saved)) return;
      useTensionEntryStore.getState().restore(readPartList(saved.ratings, readSavedRating, 'ratings', noteDropped), readPartList(saved.judgements, readSavedJudgement, 'judgements', noteDropped));
    },
    subscribe: (onChange) => useTensionEntryStore.subscribe((s, p) => (s.ratings !== p.ratings || s.judgements !== p.judgements) && onChange()),
  });
}
