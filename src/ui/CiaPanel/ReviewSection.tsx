import { useState } from 'react';
import type { CommunityImpactAssessment } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { missedReviews, withReviewDate } from '../../analysis/cia/review';
import { dateInputValue, readDateInput, useCiaWords } from './use-cia-words';

/** Marking agreed (refused with the reasons), review dates, closing, and the versions. */
export function ReviewSection({ assessment }: { assessment: CommunityImpactAssessment }) {
  const { t, day, refusal } = useCiaWords();
  const agree = useCiaStore((s) => s.agree);
  const close = useCiaStore((s) => s.close);
  const saveAssessment = useCiaStore((s) => s.saveAssessment);
  const refusals = useCiaStore((s) => s.refusals[assessment.id]);
  const [review, setReview] = useState(dateInputValue(Date.now() + 14 * 86_400_000));
  const missed = missedReviews(assessment, Date.now());
  const open = assessment.status !== 'closed';
  return (
    <div className="cia-review">
      <h4>{t('cia.section.review')}</h4>
      {open && (
        <div className="button-row">
          {assessment.status === 'draft' && <button type="button" onClick={() => agree(assessment.id)} data-testid="cia-agree">{t('cia.agree')}</button>}
          <button type="button" onClick={() => close(assessment.id)} data-testid="cia-close">{t('cia.close')}</button>
        </div>
      )}
      {refusals && (
        <div role="alert" className="error-notice" data-testid="cia-refusal">
          <strong>{t('cia.refused')}</strong>
          <ul>{refusals.map((r, i) => <li key={i} data-code={r.code}>{refusal(r)}</li>)}</ul>
        </div>
      )}
      <p className="small" data-testid="cia-review-dates">{t('cia.review.dates', { list: assessment.reviewDates.map(day).join(', ') || t('cia.noReview') })}</p>
      {missed.length > 0 && <p className="warning-text small">{t('cia.review.missed', { list: missed.map(day).join(', ') })}</p>}
      {open && (
        <div className="cia-inline-form">
          <label className="field"><span>{t('cia.review.date')}</span><input type="date" value={review} onChange={(e) => setReview(e.target.value)} data-testid="cia-review-date" /></label>
          <button type="button" onClick={() => { const ms = readDateInput(review); if (ms !== null) saveAssessment(withReviewDate(assessment, ms)); }} data-testid="cia-review-add">{t('cia.review.add')}</button>
        </div>
      )}
      <details data-testid="cia-versions">
        <summary>{t('cia.versions')} ({assessment.versions.length})</summary>
        <ol className="small">
          {[...assessment.versions].reverse().map((v) => (
            <li key={v.version}>
              {t('cia.version.line', { version: v.version, date: day(v.timeMs), by: v.by || t('cia.version.noAuthor'), changed: v.changed.map((c) => t(`cia.changed.${c}`)).join(', ') })}
              {v.note && ` — ${v.note}`}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
