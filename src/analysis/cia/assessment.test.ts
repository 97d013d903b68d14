import { describe, expect, it } from 'vitest';
import { ASSESSMENT, DAY_MS, OPENED_MS, RISKS } from '../../../test/fixtures/cia/assessment';
import { assessmentRiskLevel, drawnFootprint, footprintCodes, headingsNotConsidered, newAssessment, risksByHeading } from './assessment';
import { squareAreas } from '../../../test/fixtures/reports/reports';
import { LEGISLATION_PROMPTS, PROTECTED_CHARACTERISTICS, unansweredPrompts } from './legislation-prompts';

describe('an assessment as a whole', () => {
  it('opens as a draft with empty sections and a first review at the start of a day', () => {
    const opened = newAssessment({ id: 'cia-9', title: 'Housing scheme', origin: null, footprint: { kind: 'district', datasetId: 'l' }, communities: [], openedMs: OPENED_MS + 5 * 3_600_000, firstReviewDays: 14 });
    expect(opened).toMatchObject({ status: 'draft', risks: [], versions: [], reviewDates: [OPENED_MS + 14 * DAY_MS], closedMs: null, nextStep: { decided: null, note: '' }, citations: [], shareSummary: '' });
  });

  it('cites the report or event it was opened from', () => {
    const origin = { kind: 'report' as const, id: 'report-1', label: 'Leaflets left outside the mosque' };
    const fromReport = newAssessment({ id: 'cia-9', title: '', origin, footprint: { kind: 'district', datasetId: 'l' }, communities: [], openedMs: OPENED_MS, firstReviewDays: 14 });
    const fromArea = newAssessment({ id: 'cia-9', title: '', origin: ASSESSMENT.origin, footprint: { kind: 'district', datasetId: 'l' }, communities: [], openedMs: OPENED_MS, firstReviewDays: 14 });
    expect([fromReport.citations, fromArea.citations]).toEqual([[origin], []]);
  });

  it('lists risks under the six PPPLEM headings, for intervening and for doing nothing', () => {
    const groups = risksByHeading(RISKS);
    expect(groups.map((g) => `${g.heading}/${g.course}`)).toHaveLength(12);
    expect(groups.filter((g) => g.risks.length).map((g) => [g.heading, g.course, g.risks.map((r) => r.id)])).toEqual([
      ['physical', 'do-nothing', ['risk-b']],
      ['psychological', 'do-nothing', ['risk-c']],
      ['economic', 'intervene', ['risk-a']],
    ]);
    expect(headingsNotConsidered(RISKS, 'intervene')).toEqual(['physical', 'police', 'psychological', 'legal', 'moral']);
  });

  it('takes its risk level from its highest risk', () => {
    expect([assessmentRiskLevel(ASSESSMENT), assessmentRiskLevel({ risks: [RISKS[0]] }), assessmentRiskLevel({ risks: [] })]).toEqual(['high', 'low', null]);
  });

  it('covers its own codes found in a layer, or every area for the district', () => {
    expect(footprintCodes(ASSESSMENT.footprint, ['X05000001', 'X05000002'])).toEqual(['X05000002']);
    expect(footprintCodes({ kind: 'district', datasetId: 'l' }, ['A', 'B'])).toEqual(['A', 'B']);
  });

  it('draws a footprint: the corners kept, the areas covered named; too few corners or none covered is no footprint', () => {
    // The squares lie at lng −3.2…−3.17 (one per 0.01°), lat 51.48…51.49: this shape covers the first two centres.
    const layer = { ...squareAreas, id: 'squares' };
    const corners: [number, number][] = [[-3.201, 51.479], [-3.181, 51.479], [-3.181, 51.491], [-3.201, 51.491]];
    expect(drawnFootprint(layer, corners)).toEqual({ kind: 'drawn', datasetId: 'squares', ring: corners, areaCodes: ['X01000001', 'X01000002'] });
    expect(drawnFootprint(layer, corners.slice(0, 2))).toBeNull();
    expect(drawnFootprint(layer, [[0, 0], [1, 0], [1, 1]])).toBeNull();
  });
});

describe('legislation prompts', () => {
  it('asks about the Equality Act 2010 and Human Rights Act articles 8–11 and 14', () => {
    expect(LEGISLATION_PROMPTS.filter((p) => p.act === 'human-rights-act-1998').map((p) => p.article)).toEqual([8, 9, 10, 11, 14]);
    expect(LEGISLATION_PROMPTS.filter((p) => p.act === 'equality-act-2010')).toHaveLength(4);
    expect(PROTECTED_CHARACTERISTICS).toHaveLength(9);
  });

  it('lists the prompts still unanswered; spaces are not an answer', () => {
    const answers = { 'equality-characteristics': 'Religion or belief: Muslim residents', 'hra-article-9': '  ', 'hra-article-11': 'The march is lawful' };
    expect(unansweredPrompts(answers)).toEqual(['equality-eliminate-discrimination', 'equality-advance-opportunity', 'equality-good-relations', 'hra-article-8', 'hra-article-9', 'hra-article-10', 'hra-article-14']);
  });
});
