/**
 * When an assessment may be marked agreed: every risk scoring 5 or more must have at least one action of the
 * group that answers it (its action plan). Refusals are codes with parameters; the catalogue words them.
 */
import type { CiaAction, CommunityImpactAssessment } from '../../types';
import { needsActionPlan, riskScore } from './risk-score';

/** Why an assessment cannot be agreed. */
export type AgreementRefusal =
  | { code: 'no-risks' }
  | { code: 'closed' }
  | { code: 'risk-without-action'; riskId: string; description: string; likelihood: number; impact: number; score: number };

/** The ids of the risks of `assessment` that need an action plan and have no action answering them. */
export function risksWithoutActionPlan(assessment: Pick<CommunityImpactAssessment, 'id' | 'risks'>, actions: readonly CiaAction[]): string[] {
  const answered = new Set(actions.filter((action) => action.assessmentId === assessment.id).flatMap((action) => action.riskIds));
  return assessment.risks.filter((risk) => needsActionPlan(risk) && !answered.has(risk.id)).map((risk) => risk.id);
}

/**
 * Every reason the assessment cannot be agreed now, empty when it can. An assessment without risks cannot be
 * agreed (the guide asks for the risks of intervening and of doing nothing); a closed one stays closed.
 */
export function agreementRefusals(assessment: CommunityImpactAssessment, actions: readonly CiaAction[]): AgreementRefusal[] {
  if (assessment.status === 'closed') return [{ code: 'closed' }];
  if (assessment.risks.length === 0) return [{ code: 'no-risks' }];
  const missing = new Set(risksWithoutActionPlan(assessment, actions));
  return assessment.risks
    .filter((risk) => missing.has(risk.id))
    .map((risk) => ({ code: 'risk-without-action', riskId: risk.id, description: risk.description, likelihood: risk.likelihood, impact: risk.impact, score: riskScore(risk) }));
}
