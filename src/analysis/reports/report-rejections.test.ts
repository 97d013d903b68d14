import { describe, expect, it } from 'vitest';
import type { RejectedReportRow } from '../../types';
import { countRejectedReports } from './report-rejections';

const row = (row: number, reason: RejectedReportRow['reason']): RejectedReportRow => ({ file: 'partners.csv', row, reason, value: '' });

describe('countRejectedReports', () => {
  it('counts rejected rows by reason, most first, ties in the order first met', () => {
    expect(countRejectedReports([row(2, 'no-date'), row(3, 'not-a-postcode'), row(4, 'unknown-area'), row(5, 'not-a-postcode'), row(6, 'no-date'), row(7, 'no-date')])).toEqual([
      { reason: 'no-date', count: 3 }, { reason: 'not-a-postcode', count: 2 }, { reason: 'unknown-area', count: 1 },
    ]);
    expect(countRejectedReports([])).toEqual([]);
  });
});
