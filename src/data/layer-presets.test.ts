import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLayerPresets } from './layer-presets';

describe('validateLayerPresets', () => {
  it('accepts the shipped example presets', () => {
    const json = JSON.parse(readFileSync(new URL('../../layers/example-presets.json', import.meta.url), 'utf8'));
    const result = validateLayerPresets(json);
    expect(result.ok).toBe(true);
  });

  it('names every problem with the preset number and field', () => {
    const result = validateLayerPresets([
      { id: 'a', kind: 'choropleth', datasetId: 'd', opacity: 0.8, visible: true, classification: { method: 'quantile', classCount: 12 } },
      { id: 'a', kind: 'hexbin', datasetId: '', opacity: 2, visible: 'yes' },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        'preset 1: "classification.classCount" must be a whole number from 3 to 9',
        'preset 2: duplicate id "a"',
        'preset 2: "kind" must be one of choropleth, heatmap, points',
        'preset 2: "datasetId" must be a non-empty string',
        'preset 2: "opacity" must be a number from 0 to 1',
        'preset 2: "visible" must be true or false',
      ],
    });
  });

  it('rejects something that is not a list', () => {
    expect(validateLayerPresets({ foo: 1 })).toEqual({ ok: false, problems: ['expected an array of layer presets or { "layers": [...] }'] });
  });
});
