import { describe, expect, it } from 'vitest';
import { drawnSources, drawsNothingDated } from './view-sources';

const off = { heatmap: false, points: false };

describe('the dated data a view draws', () => {
  it('is its field\'s data and the incident layers shown, not every dataset loaded', () => {
    expect(drawnSources({ field: 'incidents:crime:count', display: { crime: off, asb: off, graffiti: { heatmap: true, points: false } }, hotspotField: null }))
      .toEqual({ incidents: ['crime', 'graffiti'], tables: [], tension: false });
    expect(drawnSources({ field: 'table:imd:0:1:rank', display: { crime: off }, hotspotField: null })).toEqual({ incidents: [], tables: ['imd'], tension: false });
    expect(drawnSources({ field: 'tension:level', display: {}, hotspotField: null })).toEqual({ incidents: [], tables: [], tension: true });
  });
  it('for hot spots, the incidents they were computed from', () => {
    expect(drawnSources({ field: 'hotspot:gi', display: { crime: off }, hotspotField: 'incidents:crime:rate' })).toEqual({ incidents: ['crime'], tables: [], tension: false });
  });
  it('a column, or a hidden layer, draws nothing dated', () => {
    expect(drawsNothingDated(drawnSources({ field: 'population', display: { crime: off }, hotspotField: null }))).toBe(true);
    expect(drawsNothingDated(drawnSources({ field: null, display: {}, hotspotField: null }))).toBe(true);
  });
  it('with two maps, the panes\' fields too: both panes\' months are on the one timeline', () => {
    expect(drawnSources({ field: 'incidents:crime2021:count', display: {}, hotspotField: null, paneFields: ['incidents:crime2021:count', 'incidents:crime2022:count'] }))
      .toEqual({ incidents: ['crime2021', 'crime2022'], tables: [], tension: false });
  });
});
