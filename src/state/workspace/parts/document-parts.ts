/** Workspace part of the report choice (issue 18): version, day and sections in order, each on or off. */
import { readReportChoice } from '../../../analysis/report/report-choice';
import { useDocumentStore } from '../../document-store';
import { registerWorkspacePart } from '../workspace-parts';

/** Registers the `documents` part. */
export function registerDocumentParts(): void {
  registerWorkspacePart({
    key: 'documents',
    snapshot: () => {
      const { tier, dateMs, sections } = useDocumentStore.getState();
      return { tier, dateMs, sections };
    },
    restore: (saved) => useDocumentStore.getState().restore(readReportChoice(saved)),
    subscribe: (onChange) => useDocumentStore.subscribe((s, p) => (s.tier !== p.tier || s.dateMs !== p.dateMs || s.sections !== p.sections) && onChange()),
  });
}
