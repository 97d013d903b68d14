import { describe, expect, it } from 'vitest';
import type { LegendItem } from '../../analysis/legend';
import type { MapKey } from '../use-map-keys';
import { exportLegendRows } from './export-legend-rows';

const item = (label: string, color: string, isNoData = false): LegendItem => ({ label, color, count: 1, lower: isNoData ? null : 0, upper: isNoData ? null : 1, isNoData });
const keys: MapKey[] = [
  { id: 'rapid-change', label: 'Rapid change (2 areas)', swatch: { kind: 'outline', color: '#6a00a8', dashed: true } },
  { id: 'band-a', label: 'Caerphilly: touching the boundary (9 areas)', swatch: { kind: 'outline', color: '#d95f02', dashed: false } },
  { id: 'heatmap', label: 'Heatmap', swatch: { kind: 'heatmap' } },
];

describe('exportLegendRows', () => {
  it('lists the classes and then, under a heading, each key with its swatch style', () => {
    const rows = exportLegendRows({ items: [item('0 – 1', '#fff'), item('No data', '#aaa', true)], sections: null }, keys, 'Also on the map');
    expect(rows).toEqual([
      { color: '#fff', label: '0 – 1' },
      { color: '#aaa', label: 'No data' },
      { color: '', label: 'Also on the map', swatch: 'heading' },
      { color: '#6a00a8', label: 'Rapid change (2 areas)', swatch: 'dashed-outline' },
      { color: '#d95f02', label: 'Caerphilly: touching the boundary (9 areas)', swatch: 'outline' },
      { color: '', label: 'Heatmap', swatch: 'heatmap' },
    ]);
  });

  it('per authority: each authority’s name above its own classes, then one no-data row', () => {
    const sections = [{ name: 'Cardiff', items: [item('1 – 2', '#111')] }, { name: 'Caerphilly', items: [item('5 – 9', '#222')] }];
    const rows = exportLegendRows({ items: [item('1 – 9', '#333'), item('No data', '#aaa', true)], sections }, [], 'Also on the map');
    expect(rows).toEqual([
      { color: '', label: 'Cardiff', swatch: 'heading' },
      { color: '#111', label: '1 – 2' },
      { color: '', label: 'Caerphilly', swatch: 'heading' },
      { color: '#222', label: '5 – 9' },
      { color: '#aaa', label: 'No data' },
    ]);
  });

  it('keeps bivariate rows as given, and gives no legend when there is nothing to list', () => {
    expect(exportLegendRows({ rows: [{ color: '#abc', label: 'low · low' }] }, [], 'x')).toEqual([{ color: '#abc', label: 'low · low' }]);
    expect(exportLegendRows({ items: [], sections: null }, [], 'x')).toBeNull();
  });
});
