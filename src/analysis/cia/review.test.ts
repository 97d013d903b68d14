import { describe, expect, it } from 'vitest';
import { ASSESSMENT, DAY_MS, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { changedSections, closeAssessment, missedReviews, nextReviewMs, recordVersion, withReviewDate } from './review';

describe('versions, review dates and closing', () => {
  it('records what changed, when and by whom, numbering versions from 1', () => {
    const edited = { ...ASSESSMENT, risks: ASSESSMENT.risks.slice(1), information: { ...ASSESSMENT.information, happened: 'Graffiti on 2 July' } };
    const first = recordVersion(ASSESSMENT, edited, 'Insp. Jones', OPENED_MS + 3_600_000, 'after Silver');
    expect(first.versions).toEqual([{ version: 1, timeMs: OPENED_MS + 3_600_000, by: 'Insp. Jones', changed: ['information', 'risks'], note: 'after Silver' }]);
    const agreed = recordVersion(first, { ...first, status: 'agreed' }, 'Chair', OPENED_MS + DAY_MS);
    expect(agreed.versions.map((v) => [v.version, v.by, v.changed])).toEqual([[1, 'Insp. Jones', ['information', 'risks']], [2, 'Chair', ['status']]]);
  });

  it('records no version when nothing changed', () => {
    expect(recordVersion(ASSESSMENT, { ...ASSESSMENT }, 'Chair', OPENED_MS)).toEqual(ASSESSMENT);
    expect(changedSections(ASSESSMENT, { ...ASSESSMENT, communities: ['Faith or religious', 'Ethnic'], reviewDates: [] })).toEqual(['communities', 'review']);
  });

  it('finds the next review and the reviews missed while still open', () => {
    const twoReviews = withReviewDate(withReviewDate(ASSESSMENT, OPENED_MS + 21 * DAY_MS + 5000), OPENED_MS + 7 * DAY_MS);
    expect(twoReviews.reviewDates).toEqual([OPENED_MS + 7 * DAY_MS, OPENED_MS + 21 * DAY_MS]);
    expect([nextReviewMs(twoReviews, OPENED_MS), nextReviewMs(twoReviews, OPENED_MS + 7 * DAY_MS + 600), nextReviewMs(twoReviews, OPENED_MS + 30 * DAY_MS)]).toEqual([
      OPENED_MS + 7 * DAY_MS, OPENED_MS + 7 * DAY_MS, null,
    ]);
    expect(missedReviews(twoReviews, OPENED_MS + 10 * DAY_MS)).toEqual([OPENED_MS + 7 * DAY_MS]);
    // A version recorded on the review day counts as the review.
    const reviewed = { ...twoReviews, versions: [{ version: 1, timeMs: OPENED_MS + 7 * DAY_MS + 3_600_000, by: 'Chair', changed: ['risks' as const], note: '' }] };
    expect(missedReviews(reviewed, OPENED_MS + 10 * DAY_MS)).toEqual([]);
    expect(missedReviews(closeAssessment(twoReviews, OPENED_MS + 8 * DAY_MS), OPENED_MS + 30 * DAY_MS)).toEqual([]);
  });

  it('closes an assessment, keeping everything', () => {
    const closed = closeAssessment(ASSESSMENT, OPENED_MS + 40 * DAY_MS);
    expect(closed).toEqual({ ...ASSESSMENT, status: 'closed', closedMs: OPENED_MS + 40 * DAY_MS });
  });
});
