/**
 * Scoring a risk as the guide does: likelihood 1–5 × impact 1–5, each level named insignificant, low, medium,
 * high, critical, and the product read as a risk level. A score of 5 or more needs an action plan before an
 * assessment can be agreed (issue 17), so 5 is where the medium level starts.
 */
import type { CiaNextStep, CiaRisk } from '../../types';

/** Names of the five levels of likelihood and of impact (index 0 is level 1). */
export const SCORE_LEVEL_WORDS = ['insignificant', 'low', 'medium', 'high', 'critical'] as const;
export type ScoreLevelWord = (typeof SCORE_LEVEL_WORDS)[number];

/** The risk level of a score: low 1–4, medium 5–9, high 10–25. */
export type RiskLevel = 'low' | 'medium' | 'high';

/** Lowest score that requires an action plan (and is at least medium). */
export const ACTION_PLAN_SCORE = 5;
/** Lowest score read as a high risk (e.g. likelihood 2 × impact 5, or 4 × 3 is 12). */
export const HIGH_RISK_SCORE = 10;

/** True for a whole number from 1 to 5: the only valid likelihood or impact. */
export function isScoreLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The word for a likelihood or impact level; throws for anything but 1–5 (validate untrusted input first). */
export function scoreLevelWord(level: number): ScoreLevelWord {
  if (!isScoreLevel(level)) throw new Error(`a likelihood or impact must be 1–5, got ${level}`);
  return SCORE_LEVEL_WORDS[level - 1];
}

/** Likelihood × impact, 1–25. */
export function riskScore(risk: Pick<CiaRisk, 'likelihood' | 'impact'>): number {
  if (!isScoreLevel(risk.likelihood) || !isScoreLevel(risk.impact)) throw new Error(`likelihood and impact must be 1–5, got ${risk.likelihood} × ${risk.impact}`);
  return risk.likelihood * risk.impact;
}

/** The risk level of a score (see `RiskLevel`). */
export function riskLevel(score: number): RiskLevel {
  return score >= HIGH_RISK_SCORE ? 'high' : score >= ACTION_PLAN_SCORE ? 'medium' : 'low';
}

/** True when the risk's score is 5 or more, so the group must have an action plan for it. */
export function needsActionPlan(risk: Pick<CiaRisk, 'likelihood' | 'impact'>): boolean {
  return riskScore(risk) >= ACTION_PLAN_SCORE;
}

/** The highest score among the risks, or null when there are none. */
export function highestScore(risks: readonly Pick<CiaRisk, 'likelihood' | 'impact'>[]): number | null {
  return risks.length === 0 ? null : Math.max(...risks.map(riskScore));
}

/**
 * The next step the guide offers from the highest score: low → continued monitoring; medium → report to
 * Gold and engage Bronze; higher → relay to Gold rapidly. Null without risks (nothing to go on yet).
 */
export function suggestNextStep(risks: readonly Pick<CiaRisk, 'likelihood' | 'impact'>[]): CiaNextStep | null {
  const highest = highestScore(risks);
  if (highest === null) return null;
  const level = riskLevel(highest);
  return level === 'low' ? 'monitor' : level === 'medium' ? 'report-gold-engage-bronze' : 'relay-gold-rapidly';
}

/** One cell of the 5×5 matrix: its likelihood and impact, score, level, and the ids of the risks in it. */
export interface RiskMatrixCell {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  riskIds: string[];
}

/**
 * The 5×5 risk matrix: rows from likelihood 5 (top) down to 1, columns impact 1 to 5, as the matrix is
 * usually drawn, each cell listing the risks scored there in the order given.
 */
export function riskMatrix(risks: readonly CiaRisk[]): RiskMatrixCell[][] {
  return [5, 4, 3, 2, 1].map((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => ({
      likelihood,
      impact,
      score: likelihood * impact,
      level: riskLevel(likelihood * impact),
      riskIds: risks.filter((risk) => risk.likelihood === likelihood && risk.impact === impact).map((risk) => risk.id),
    })),
  );
}
