import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { formatNumber } from './format-number';
import { buildLegend, legendDecimals } from './legend';

const plain = (n: number): string => formatNumber(n, 'en-GB', 1);

describe('buildLegend', () => {
  it('lists each class with its range, colour and count, then the no-data row', () => {
    const classification = classify([0, 5, 10, 15, 20, 25, null, Number.NaN], {
      method: 'manual',
      classCount: 3,
      manualBreaks: [10, 20],
      paletteId: 'Blues',
    });
    expect(buildLegend(classification, plain, 'No data')).toEqual([
      { color: '#deebf7', label: '0.0 – 10.0', count: 2, lower: 0, upper: 10, isNoData: false },
      { color: '#9ecae1', label: '10.0 – 20.0', count: 2, lower: 10, upper: 20, isNoData: false },
      { color: '#3182bd', label: '20.0 – 25.0', count: 2, lower: 20, upper: 25, isNoData: false },
      { color: '#aaaaaa', label: 'No data', count: 2, lower: null, upper: null, isNoData: true },
    ]);
  });

  it('always shows the no-data row, even with nothing missing or no values at all', () => {
    const none = classify([], { method: 'quantile', classCount: 5, paletteId: 'Blues' });
    expect(buildLegend(none, plain, 'Dim data')).toEqual([
      { color: '#aaaaaa', label: 'Dim data', count: 0, lower: null, upper: null, isNoData: true },
    ]);
  });

  it('shows one number for a class whose bounds print the same', () => {
    const constant = classify([7, 7], { method: 'jenks', classCount: 5, paletteId: 'Greens' });
    expect(buildLegend(constant, plain, 'No data').map((item) => item.label)).toEqual(['7.0', 'No data']);
  });

  it('property: rows share bounds with their neighbours, from min to max, and counts match the bins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.constantFrom('quantile' as const, 'equal-interval' as const, 'jenks' as const, 'std-dev' as const),
        (values, method) => {
          const classification = classify(values, { method, classCount: 5, paletteId: 'YlOrRd' });
          const decimals = legendDecimals(classification);
          const items = buildLegend(classification, (n) => formatNumber(n, 'en-GB', decimals), 'No data');
          const classes = items.filter((item) => !item.isNoData);
          expect(items[items.length - 1].isNoData).toBe(true);
          expect([classes[0].lower, classes[classes.length - 1].upper]).toEqual([classification.min, classification.max]);
          for (let i = 1; i < classes.length; i++) {
            expect(classes[i].lower).toBe(classes[i - 1].upper);
            expect(classes[i].label.split(' – ')[0]).toBe(classes[i - 1].label.split(' – ').at(-1));
          }
          expect(classes.map((item) => item.count)).toEqual(classification.bins.map((bin) => bin.count));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('legendDecimals', () => {
  it('picks enough decimals to tell min, thresholds and max apart', () => {
    const coarse = classify([0, 100, 200, 300], { method: 'equal-interval', classCount: 4, paletteId: 'Blues' });
    // Bounds 0, 0.0875, 0.175, 0.2625, 0.35: 1 decimal prints 0.3 twice, 2 decimals tell them apart.
    const fine = classify([0, 0.1, 0.2, 0.35], { method: 'equal-interval', classCount: 4, paletteId: 'Blues' });
    // Bounds 0, 0.0075, 0.015, 0.0225, 0.03: at 2 decimals 0.0075 and 0.015 both print 0.01.
    const finer = classify([0, 0.01, 0.02, 0.03], { method: 'equal-interval', classCount: 4, paletteId: 'Blues' });
    expect([legendDecimals(coarse), legendDecimals(fine), legendDecimals(finer)]).toEqual([0, 2, 3]);
  });
});
