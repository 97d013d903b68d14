import { describe, expect, it } from 'vitest';
import { BIVARIATE_COLORS, BIVARIATE_NO_DATA_COLOR, buildBivariateLegend, classifyBivariate } from './bivariate';
import { closestPair, deltaE, labAsSeen } from '../colour-vision';

describe('classifyBivariate', () => {
  const share = [1, 2, 3, 4, 5, 6, 7, 8, 9, NaN];
  const score = [9, 8, 7, 3, 2, 1, 6, 5, 4, 0];

  it('splits both variables into thirds over areas with both values and indexes row × 3 + column', () => {
    expect(classifyBivariate(share, score)).toEqual({
      // low share & high score → 6; middle share & low score → 1; high share & middle score → 5
      classIndexes: new Int8Array([6, 6, 6, 1, 1, 1, 5, 5, 5, -1]),
      shareThirds: [{ lower: 1, upper: 3 }, { lower: 4, upper: 6 }, { lower: 7, upper: 9 }],
      scoreThirds: [{ lower: 1, upper: 3 }, { lower: 4, upper: 6 }, { lower: 7, upper: 9 }],
      counts: [0, 3, 0, 0, 0, 3, 3, 0, 0],
      noDataCount: 1,
      colors: BIVARIATE_COLORS,
      noDataColor: '#aaaaaa',
    });
  });

  it('keeps tied values in one (the lower) third, leaving an empty third rather than splitting them', () => {
    const result = classifyBivariate([0, 0, 0, 0, 5, 6], [1, 2, 3, 4, 5, 6]);
    expect([result.classIndexes, result.shareThirds]).toEqual([new Int8Array([0, 0, 3, 3, 8, 8]), [{ lower: 0, upper: 0 }, null, { lower: 5, upper: 6 }]]);
  });

  it('uses a blue–gold scheme: grey low–low, strong blue for high share with low score, dark green high–high', () => {
    expect([BIVARIATE_COLORS[0], BIVARIATE_COLORS[2], BIVARIATE_COLORS[6], BIVARIATE_COLORS[8], BIVARIATE_COLORS.length]).toEqual(['#d6d6d6', '#3275a3', '#d69400', '#325100', 9]);
  });

  it('keeps every cell apart from the others and from no data with any colour vision, and boundaries visible', () => {
    const mapBackground = '#eef1f4'; // BACKGROUND_COLOR of src/map/map-style.ts
    for (const vision of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
      expect(closestPair([...BIVARIATE_COLORS, BIVARIATE_NO_DATA_COLOR], vision), vision).toBeGreaterThan(13);
      for (const colour of BIVARIATE_COLORS) expect(deltaE(colour, mapBackground, vision), `${colour} ${vision}`).toBeGreaterThan(8);
    }
    expect(Math.min(...BIVARIATE_COLORS.map((c) => labAsSeen(c)[0]))).toBeGreaterThanOrEqual(30);
  });
});

describe('buildBivariateLegend', () => {
  it('lays out the grid top row first with axis titles and third ranges', () => {
    const classification = classifyBivariate([0, 0, 0, 0, 5, 6, NaN], [1, 2, 3, 4, 5, 6, 7]);
    const cell = (row: number, column: number, count: number) => ({ classIndex: row * 3 + column, column, row, color: BIVARIATE_COLORS[row * 3 + column], count });
    expect(buildBivariateLegend(classification, { xTitle: 'Born outside the UK (%)', yTitle: 'Cohesion score', noDataLabel: 'No data', format: (n) => n.toFixed(1) })).toEqual({
      rows: [
        [cell(2, 0, 0), cell(2, 1, 0), cell(2, 2, 2)],
        [cell(1, 0, 2), cell(1, 1, 0), cell(1, 2, 0)],
        [cell(0, 0, 2), cell(0, 1, 0), cell(0, 2, 0)],
      ],
      xAxis: { title: 'Born outside the UK (%)', thirdLabels: ['0.0', '—', '5.0 – 6.0'] },
      yAxis: { title: 'Cohesion score', thirdLabels: ['1.0 – 2.0', '3.0 – 4.0', '5.0 – 6.0'] },
      noData: { color: '#aaaaaa', label: 'No data', count: 1 },
    });
  });
});
