/**
 * Workspace part of the Community Impact Assessments, actions, meetings and risk register (issue 17), in
 * their own versioned form (analysis/cia/cia-format.ts): a damaged item is reported by name in the panel and
 * everything else comes back. An assessment's layer id is mapped like every other saved id.
 */
import { readCiaData, writeCiaData } from '../../../analysis/cia/cia-format';
import { useCiaStore } from '../../cia-store';
import { isRecord, registerWorkspacePart } from '../workspace-parts';

/** Registers the `cia` part. */
export function registerCiaParts(): void {
  registerWorkspacePart({
    key: 'cia',
    snapshot: () => {
      const { assessments, actions, register, meetings, partnerSummaries, author } = useCiaStore.getState();
      return { ...writeCiaData({ assessments, actions, register, meetings, partnerSummaries }), author };
    },
    restore: (saved, ids, noteDropped) => {
      const { data, problems } = readCiaData(saved);
      // The panel lists each problem; the restore notice counts what was left out, by kind of item.
      for (const problem of problems) {
        if ('dropped' in problem) noteDropped(`cia-${problem.item}`, problem.dropped ? 1 : 0);
        else noteDropped('cia', 1);
      }
      const assessments = data.assessments.map((a) => ({ ...a, footprint: { ...a.footprint, datasetId: ids(a.footprint.datasetId) ?? a.footprint.datasetId } }));
      useCiaStore.getState().restore({ ...data, assessments }, problems);
      if (isRecord(saved) && typeof saved.author === 'string') useCiaStore.getState().setAuthor(saved.author);
    },
    subscribe: (onChange) =>
      useCiaStore.subscribe((s, p) => (s.assessments !== p.assessments || s.actions !== p.actions || s.register !== p.register || s.meetings !== p.meetings || s.partnerSummaries !== p.partnerSummaries || s.author !== p.author) && onChange()),
  });
}
