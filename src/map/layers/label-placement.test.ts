import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement';

// Two ward names 400 m apart east–west near Caerphilly, and one 5 km north.
const labels = [
  { position: [-3.2200, 51.5760] as [number, number], text: 'Morgan Jones' },
  { position: [-3.2142, 51.5760] as [number, number], text: 'St. James' },
  { position: [-3.2200, 51.6210] as [number, number], text: 'Llanbradach' },
];

describe('area label placement', () => {
  it('leaves out the smaller of two areas whose names would overlap, and keeps a name far from both', () => {
    expect(placeLabels(labels, [2, 5, 1], 12, 13)).toEqual([false, true, true]);
    expect(placeLabels(labels, [5, 2, 1], 12, 13)).toEqual([true, false, true]);
  });
  it('draws both names once the map is zoomed in far enough for them to fit side by side', () => {
    expect(placeLabels(labels, [2, 5, 1], 15, 13)).toEqual([true, true, true]);
  });
  it('never draws an empty name', () => {
    expect(placeLabels([{ position: [-3.2, 51.6], text: '' }], [1], 12, 13)).toEqual([false]);
  });
});
