import { useReportStore } from '../state/report-store';
import { SENSITIVE_REPORT_FIELDS, SHARE_REPORT_FIELDS, type ShareReportField } from '../state/share-export';
import { useT } from './use-t';

/** The fields a sender may tick when tension reports go into a share package; the sensitive ones start unticked. */
export const DEFAULT_SHARED_REPORT_FIELDS: readonly ShareReportField[] = SHARE_REPORT_FIELDS.filter((field) => !SENSITIVE_REPORT_FIELDS.has(field));

/**
 * Whether tension reports go into the share package (never unless ticked) and, field by field, what of them:
 * what always travels is said, and ticking a sensitive field shows a warning.
 */
export function ShareReportFields({ include, fields, onInclude, onFields }: { include: boolean; fields: readonly ShareReportField[]; onInclude: (include: boolean) => void; onFields: (fields: ShareReportField[]) => void }) {
  const t = useT();
  const count = useReportStore((s) => s.reports.filter((report) => !report.withdrawn).length);
  if (count === 0) return null;
  const sensitiveChosen = include && fields.some((field) => SENSITIVE_REPORT_FIELDS.has(field));
  const toggle = (field: ShareReportField, on: boolean) => onFields(SHARE_REPORT_FIELDS.filter((f) => (f === field ? on : fields.includes(f))));
  return (
    <fieldset className="inline-options" data-testid="share-report-fields">
      <legend>{t('reports2.share.heading')}</legend>
      <label className="check">
        <input type="checkbox" data-testid="share-reports" checked={include} onChange={(e) => onInclude(e.target.checked)} aria-describedby="share-reports-always" />
        {t('reports2.share.include', { count })}
      </label>
      <p id="share-reports-always" className="small muted">{t('reports2.share.always')}</p>
      {SHARE_REPORT_FIELDS.map((field) => (
        <label key={field} className="check">
          <input type="checkbox" data-testid={`share-report-field-${field}`} disabled={!include} checked={fields.includes(field)} onChange={(e) => toggle(field, e.target.checked)} />
          {t(`reports2.share.field.${field}`)}{SENSITIVE_REPORT_FIELDS.has(field) ? ` ${t('reports2.share.sensitiveMark')}` : ''}
        </label>
      ))}
      {sensitiveChosen && <p className="small error-text" role="alert" data-testid="share-reports-warning">{t('reports2.share.warning')}</p>}
    </fieldset>
  );
}
