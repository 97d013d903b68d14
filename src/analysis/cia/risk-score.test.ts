import { describe, expect, it } from 'vitest';
import { RISKS } from '../../../test/fixtures/cia/assessment';
import { highestScore, isScoreLevel, needsActionPlan, riskLevel, riskMatrix, riskScore, scoreLevelWord, suggestNextStep } from './risk-score';

describe('risk scores', () => {
  it('names the five levels of likelihood and impact, and refuses anything else', () => {
    expect([1, 2, 3, 4, 5].map(scoreLevelWord)).toEqual(['insignificant', 'low', 'medium', 'high', 'critical']);
    expect([0, 6, 2.5, Number.NaN, '3'].map(isScoreLevel)).toEqual([false, false, false, false, false]);
    expect(() => scoreLevelWord(6)).toThrow('a likelihood or impact must be 1–5, got 6');
    expect(() => riskScore({ likelihood: 0, impact: 3 })).toThrow('likelihood and impact must be 1–5, got 0 × 3');
  });

  it('scores likelihood × impact and reads low below 5, medium 5–9, high from 10', () => {
    expect(RISKS.map(riskScore)).toEqual([4, 12, 5]);
    expect([1, 4, 5, 9, 10, 25].map(riskLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(RISKS.map(needsActionPlan)).toEqual([false, true, true]);
    expect([highestScore(RISKS), highestScore([])]).toEqual([12, null]);
  });

  it('offers monitoring for low, Gold and Bronze for medium, a rapid relay to Gold for higher', () => {
    expect([
      suggestNextStep([]),
      suggestNextStep([RISKS[0]]),
      suggestNextStep([RISKS[0], RISKS[2]]),
      suggestNextStep(RISKS),
    ]).toEqual([null, 'monitor', 'report-gold-engage-bronze', 'relay-gold-rapidly']);
  });

  it('places each risk in its cell of the 5×5 matrix, likelihood 5 on top and impact 1 on the left', () => {
    const matrix = riskMatrix(RISKS);
    expect(matrix.map((row) => row.map((cell) => cell.score))).toEqual([
      [5, 10, 15, 20, 25],
      [4, 8, 12, 16, 20],
      [3, 6, 9, 12, 15],
      [2, 4, 6, 8, 10],
      [1, 2, 3, 4, 5],
    ]);
    const filled = matrix.flat().filter((cell) => cell.riskIds.length > 0).map((cell) => [cell.likelihood, cell.impact, cell.level, cell.riskIds]);
    expect(filled).toEqual([[5, 1, 'medium', ['risk-c']], [3, 4, 'high', ['risk-b']], [2, 2, 'low', ['risk-a']]]);
  });
});
