import { describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { textFile } from '../../test/helpers/bytes';
import type { TensionAssessment, TensionJudgement } from '../types';
import { tensionForAreas } from './tension-derived';

const square = (code: string, x: number) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] } });
const eep = (level: number) => ({ scale: 'eep' as const, level });
const row = (areaCode: string, communityType: string, day: number, current: number, potential: number): TensionAssessment => ({
  areaCode, communityType, timeMs: Date.UTC(2023, 6, day), current: eep(current), potential: eep(potential), source: `t.csv:${day}`,
});

describe('tensionForAreas', () => {
  it('gives each area its overall or one community rating at a date, with trend and CIA flag', async () => {
    const [loaded] = await loadBoundaryDatasets({ files: [textFile('w.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('W05000001', 0), square('W05000002', 0.02), square('W05000003', 0.04)] }))], idPrefix: 'b', ids: ['w'] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const rows = [
      row('W05000001', 'Faith or religious', 3, 5, 5), row('W05000001', 'Ethnic', 3, 6, 6),
      row('W05000001', 'Faith or religious', 17, 3, 2), row('W05000001', 'Ethnic', 17, 6, 5),
      row('W05000002', 'Ethnic', 17, 6, 6),
    ];
    const overall = tensionForAreas(loaded.value, rows, Date.UTC(2023, 6, 20), 'current', 'overall');
    expect(overall).toEqual([
      { rating: eep(3), trend: 'raised', impactAssessment: true },
      { rating: eep(6), trend: null, impactAssessment: false },
      { rating: null, trend: null, impactAssessment: false },
    ]);
    const ethnicPotential = tensionForAreas(loaded.value, rows, Date.UTC(2023, 6, 20), 'potential', 'Ethnic');
    expect(ethnicPotential.map((a) => [a.rating?.level ?? null, a.trend])).toEqual([[5, 'raised'], [6, null], [null, null]]);
    // Before the second assessment, the first one stands and has no arrow.
    expect(tensionForAreas(loaded.value, rows, Date.UTC(2023, 6, 10), 'current', 'overall')[0]).toEqual({ rating: eep(5), trend: null, impactAssessment: false });
  });

  it('maps the group\'s agreed overall judgement where one is in force, not the most alarming community', async () => {
    const [loaded] = await loadBoundaryDatasets({ files: [textFile('w.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('W05000001', 0), square('W05000002', 0.02)] }))], idPrefix: 'b', ids: ['w'] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    // The guide's example: two communities at Potential 5, the group judged Overall Potential 6.
    const rows = [row('W05000001', 'Faith or religious', 3, 5, 5), row('W05000001', 'Ethnic', 3, 6, 5), row('W05000002', 'Ethnic', 3, 4, 4)];
    const judgement: TensionJudgement = { areaCode: 'W05000001', timeMs: Date.UTC(2023, 6, 3), current: eep(6), potential: eep(6), source: 'entered:j1', agency: 'Group' };
    const potential = tensionForAreas(loaded.value, rows, Date.UTC(2023, 6, 10), 'potential', 'overall', [judgement]);
    expect(potential).toEqual([
      { rating: eep(6), trend: null, impactAssessment: false, agreed: true },
      { rating: eep(4), trend: null, impactAssessment: true },
    ]);
    // Once the area's communities are rated again after it, the judgement is out of date and the derived overall returns.
    const later = [...rows, row('W05000001', 'Ethnic', 17, 6, 3)];
    expect(tensionForAreas(loaded.value, later, Date.UTC(2023, 6, 20), 'potential', 'overall', [judgement])[0]).toEqual({ rating: eep(3), trend: 'raised', impactAssessment: true });
    // One community's map is never replaced by the overall judgement.
    expect(tensionForAreas(loaded.value, rows, Date.UTC(2023, 6, 10), 'potential', 'Faith or religious', [judgement])[0]).toEqual({ rating: eep(5), trend: null, impactAssessment: false });
  });
});
