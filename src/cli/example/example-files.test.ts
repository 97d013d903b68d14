import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLayerPresets } from '../../data/layer-presets';
import { renderExampleFiles } from './example-files';

const repoFile = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('renderExampleFiles', () => {
  const files = renderExampleFiles();

  it('writes the three boundary files and the three example tables', () => {
    expect(files.map((file) => file.path)).toEqual([
      'boundaries/example-lsoas.geojson',
      'boundaries/example-wards.geojson',
      'boundaries/example-authorities.geojson',
      'layers/example-indicators-lsoa.csv',
      'layers/example-communities-lsoa.csv',
      'layers/example-tensions.csv',
    ]);
  });

  it('matches the committed files byte for byte (run `npm run generate-example` after changing the generator)', () => {
    for (const file of files) expect(repoFile(file.path) === file.text, file.path).toBe(true);
  });

  it('keeps every file under 1.5 MB', () => {
    for (const file of files) expect(Buffer.byteLength(file.text), file.path).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('writes named FeatureCollections that say they are invented, with 6-decimal coordinates', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.geojson'))) {
      const json = JSON.parse(file.text);
      expect(json.type).toBe('FeatureCollection');
      expect(json.name).toBe(file.path.replace(/^boundaries\/|\.geojson$/g, ''));
      expect(json.description).toMatch(/^EXAMPLE DATA — invented, not real\./);
      const decimals = file.text.match(/-?\d+\.\d+(?=[,\]])/g) ?? [];
      expect(decimals.filter((n) => n.split('.')[1].length > 6)).toEqual([]);
    }
  });
});

describe('layers/example-presets.json', () => {
  const presets = validateLayerPresets(JSON.parse(repoFile('layers/example-presets.json')));

  it('is valid and maps deprivation_score on the example wards (shown) and LSOAs (hidden)', () => {
    expect(presets).toEqual({
      ok: true,
      value: ['wards', 'lsoas'].map((level) => ({
        id: `example-${level}-deprivation`,
        kind: 'choropleth',
        datasetId: `example-${level}`,
        valueField: 'deprivation_score',
        classification: { method: 'quantile', classCount: 5 },
        palette: 'YlOrRd',
        opacity: 0.8,
        visible: level === 'wards',
      })),
    });
  });

  it('names datasets and fields that the committed boundary files have', () => {
    if (!presets.ok) throw new Error(presets.problems.join('; '));
    for (const preset of presets.value) {
      const [first] = JSON.parse(repoFile(`boundaries/${preset.datasetId}.geojson`)).features;
      expect(Object.keys(first.properties), preset.id).toContain(preset.valueField);
    }
  });
});
