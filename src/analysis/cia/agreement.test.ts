import { describe, expect, it } from 'vitest';
import { ASSESSMENT, action, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { agreementRefusals, risksWithoutActionPlan } from './agreement';

describe('the action-plan rule at a score of 5 or more', () => {
  it('refuses agreement while a risk of 5 or more has no action, naming each such risk with its score', () => {
    expect(agreementRefusals(ASSESSMENT, [])).toEqual([
      { code: 'risk-without-action', riskId: 'risk-b', description: 'Retaliatory attack on the mosque', likelihood: 3, impact: 4, score: 12 },
      { code: 'risk-without-action', riskId: 'risk-c', description: 'Fear keeps families from Friday prayers', likelihood: 5, impact: 1, score: 5 },
    ]);
  });

  it('counts only actions of this assessment answering the risk; a low risk needs none', () => {
    const elsewhere = { ...action('x', ['risk-c'], OPENED_MS), assessmentId: 'cia-2' };
    expect(risksWithoutActionPlan(ASSESSMENT, [action('a1', ['risk-b'], OPENED_MS), elsewhere])).toEqual(['risk-c']);
    expect(agreementRefusals(ASSESSMENT, [action('a1', ['risk-b', 'risk-c'], OPENED_MS)])).toEqual([]);
  });

  it('refuses an assessment without risks, and a closed one', () => {
    expect(agreementRefusals({ ...ASSESSMENT, risks: [] }, [])).toEqual([{ code: 'no-risks' }]);
    expect(agreementRefusals({ ...ASSESSMENT, status: 'closed' }, [action('a1', ['risk-b', 'risk-c'], OPENED_MS)])).toEqual([{ code: 'closed' }]);
  });
});
