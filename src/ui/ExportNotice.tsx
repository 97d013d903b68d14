import { useExportLedgerStore } from '../state/export-ledger-store';
import { useT } from './use-t';

/** What the last export of counts withheld, and whether earlier exports made it withhold more; for `fileName` only. */
export function ExportNotice({ fileName }: { fileName: string | null }) {
  const t = useT();
  const notice = useExportLedgerStore((s) => s.lastNotice);
  if (!notice || notice.fileName !== fileName) return null;
  return (
    <p className="small" role="status" data-testid="export-notice">
      {!notice.suppressed ? t('promises.exportedRaw', { file: notice.fileName }) : t('promises.exported', { file: notice.fileName, withheld: notice.withheld })}
      {notice.differenced > 0 && ` ${t('promises.exportedDifferenced', { count: notice.differenced, files: notice.against.join(', ') })}`}
      {` ${t('promises.exportedRecorded')}`}
    </p>
  );
}
