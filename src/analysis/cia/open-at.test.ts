import { describe, expect, it } from 'vitest';
import { ASSESSMENT, DAY_MS, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { assessmentsOpenAt, wasOpenAt } from './open-at';

describe('assessments open at a date', () => {
  const closed = { ...ASSESSMENT, id: 'cia-closed', status: 'closed' as const, closedMs: OPENED_MS + 10 * DAY_MS };
  const later = { ...ASSESSMENT, id: 'cia-later', openedMs: OPENED_MS + 5 * DAY_MS };

  it('is open from the moment it is opened until it is closed', () => {
    expect([OPENED_MS - 1, OPENED_MS, OPENED_MS + 10 * DAY_MS - 1, OPENED_MS + 10 * DAY_MS].map((ms) => wasOpenAt(closed, ms))).toEqual([false, true, true, false]);
    expect(wasOpenAt(ASSESSMENT, OPENED_MS + 1000 * DAY_MS)).toBe(true);
  });

  it('treats one marked closed without a date as closed', () => {
    expect(wasOpenAt({ ...ASSESSMENT, status: 'closed', closedMs: null }, OPENED_MS + DAY_MS)).toBe(false);
  });

  it('lists those open at the date, earliest opened first', () => {
    expect(assessmentsOpenAt([later, closed, ASSESSMENT], OPENED_MS + 6 * DAY_MS).map((a) => a.id)).toEqual(['cia-closed', 'cia-1', 'cia-later']);
    expect(assessmentsOpenAt([later, closed, ASSESSMENT], OPENED_MS + 12 * DAY_MS).map((a) => a.id)).toEqual(['cia-1', 'cia-later']);
  });
});
