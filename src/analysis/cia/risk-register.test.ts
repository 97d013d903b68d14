import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/helpers/freeze';
import { DAY_MS, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import type { RiskRegisterEntry } from '../../types';
import { isRegisterReviewDue, registerReviewDueMs, registerScores, reviewRegisterEntry, sortRegister } from './risk-register';

const entry = (id: string, indicator: string, scores: [number, number, number, number], cycle = 28): RiskRegisterEntry => {
  const [likelihood, impact, residualLikelihood, residualImpact] = scores;
  return { id, indicator, likelihood, impact, measures: 'Patrol plan', residualLikelihood, residualImpact, reviewCycleDays: cycle, history: [{ timeMs: OPENED_MS + 3_600_000, by: 'Analyst', likelihood, impact, residualLikelihood, residualImpact, note: 'added' }] };
};

describe('the risk register (Oldham model)', () => {
  const farRight = deepFreeze(entry('r1', 'Far-right activity', [4, 4, 2, 4]));
  const gangs = deepFreeze(entry('r2', 'Gang tensions', [3, 3, 2, 2], 14));

  it('scores each indicator before and after the measures in place', () => {
    expect([registerScores(farRight), registerScores(gangs)]).toEqual([
      { inherent: 16, inherentLevel: 'high', residual: 8, residualLevel: 'medium' },
      { inherent: 9, inherentLevel: 'medium', residual: 4, residualLevel: 'low' },
    ]);
  });

  it('is due for review a cycle after the last review’s day', () => {
    expect(registerReviewDueMs(gangs)).toBe(OPENED_MS + 14 * DAY_MS);
    expect([isRegisterReviewDue(gangs, OPENED_MS + 13 * DAY_MS), isRegisterReviewDue(gangs, OPENED_MS + 14 * DAY_MS + 1)]).toEqual([false, true]);
  });

  it('keeps every review in its history and restarts the cycle', () => {
    const reviewed = reviewRegisterEntry(gangs, { likelihood: 4, impact: 3, residualLikelihood: 3, residualImpact: 3 }, 'Patrol plan; youth outreach', 'Chair', OPENED_MS + 15 * DAY_MS, 'rising after the stabbing');
    expect(reviewed.history.map((h) => [h.by, h.likelihood, h.residualLikelihood, h.note])).toEqual([['Analyst', 3, 2, 'added'], ['Chair', 4, 3, 'rising after the stabbing']]);
    expect([reviewed.measures, registerScores(reviewed).residual, registerReviewDueMs(reviewed)]).toEqual(['Patrol plan; youth outreach', 9, OPENED_MS + 29 * DAY_MS]);
  });

  it('lists the highest residual risk first', () => {
    expect(sortRegister([gangs, farRight]).map((e) => e.id)).toEqual(['r1', 'r2']);
  });
});
