import { describe, expect, it } from 'vitest';
import { formatViewHash, parseViewHash, type HashView } from './view-hash';

const view: HashView = {
  camera: { center: [-3.218761234, 51.581234567], zoom: 12.4999, bearing: 0, pitch: 0 },
  layer: 'boundaries-1a2b-1',
  show: ['boundaries-1a2b-1', 'merged & odd/1'],
  field: 'incidents:incidents-9f:rate',
  period: 4,
};

describe('view hash', () => {
  it('writes camera, layer, visible layers, field and period, escaping ids', () => {
    expect(formatViewHash(view)).toBe('#map=12.5/51.58123/-3.21876&layer=boundaries-1a2b-1&show=boundaries-1a2b-1,merged%20%26%20odd%2F1&field=incidents%3Aincidents-9f%3Arate&period=4');
    expect(formatViewHash({ camera: { center: [0, 51.5], zoom: 3, bearing: 30, pitch: 45.25 }, layer: null, show: null, field: null, period: null })).toBe('#map=3/51.5/0/30/45.3');
    expect(formatViewHash({ camera: null, layer: null, show: null, field: null, period: null })).toBe('');
  });

  it('reads back what it wrote, to its precision', () => {
    expect(parseViewHash(formatViewHash(view))).toEqual({ ...view, camera: { center: [-3.21876, 51.58123], zoom: 12.5, bearing: 0, pitch: 0 } });
  });

  it('ignores malformed parts one by one', () => {
    expect(parseViewHash('#map=99/51.5/-3.2&layer=&show=&period=-1&field=%E0%A4%A&junk')).toEqual({ camera: null, layer: null, show: [], field: null, period: null });
    expect(parseViewHash('map=10/95/-3.2&period=2').camera).toBeNull();
    expect(parseViewHash('map=10/51.5/-3.2&period=2')).toEqual({ camera: { center: [-3.2, 51.5], zoom: 10, bearing: 0, pitch: 0 }, layer: null, show: null, field: null, period: 2 });
  });
});
