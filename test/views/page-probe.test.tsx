// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { loadBoundaryDatasets } from '../../src/data/load-boundaries';
import { textFile } from '../helpers/bytes';
import { useDataStore } from '../../src/state/data-store';
import { DEFAULT_CLASSIFICATION, useLayerStore } from '../../src/state/layer-store';
import { liveViewScope, scopeWithField } from '../../src/state/view-scope';
import { PageProbe } from '../../src/ui/ExportDialog/PageProbe';
import type { ExportPage } from '../../src/ui/ExportDialog/use-export-page';

const square = (code: string, i: number) => ({
  type: 'Feature',
  properties: { code, population: [100, 200, 300, 400][i], deprivation: [4, 3, 2, 1][i] },
  geometry: { type: 'Polygon', coordinates: [[[i * 0.02, 51], [i * 0.02 + 0.01, 51], [i * 0.02 + 0.01, 51.01], [i * 0.02, 51.01], [i * 0.02, 51]]] },
});

async function mapWardsByPopulation(): Promise<void> {
  const features = ['W01000001', 'W01000002', 'W01000003', 'W01000004'].map(square);
  const [loaded] = await loadBoundaryDatasets({ files: [textFile('wards.geojson', JSON.stringify({ type: 'FeatureCollection', features }))], idPrefix: 'wards', ids: ['wards'] });
  if (!loaded.ok) throw new Error(loaded.error.code);
  useDataStore.setState({ datasets: { wards: { ...loaded.value, label: 'Wards' } }, order: ['wards'] });
  useLayerStore.setState({ activeLayerId: 'wards', layers: { wards: { id: 'wards', visible: true, opacity: 0.8, style: { valueField: 'population', options: { ...DEFAULT_CLASSIFICATION, method: 'equal-interval', classCount: 3 } } } } });
}

afterEach(cleanup);

describe('PageProbe: a page worked out from a view that is not the one on screen', () => {
  it('describes the view it is given (its own field and legend) while the live layer keeps its own field', async () => {
    await mapWardsByPopulation();
    const live = useLayerStore.getState().layers;
    const pages: ExportPage[] = [];
    render(<PageProbe view={scopeWithField(liveViewScope(), 'wards', 'deprivation')} onPage={(page) => pages.push(page)} />);
    await waitFor(() => expect(pages.length).toBeGreaterThan(0));
    const page = pages[0];
    expect(page.automaticTitle).toBe('deprivation');
    expect(page.request.texts.legendHeading).toBe('deprivation');
    // Three equal intervals over the deprivation scores 1–4, not over the populations 100–400.
    expect(page.request.legendRows?.filter((row) => !row.swatch || row.swatch === 'fill').map((row) => row.label).slice(0, 3)).toEqual(['1 – 2', '2 – 3', '3 – 4']);
    expect(page.refusal).toBeNull();
    expect(useLayerStore.getState().layers).toBe(live);
  });

  it('refuses a view whose field the layer cannot draw, by name, without drawing another', async () => {
    await mapWardsByPopulation();
    const pages: ExportPage[] = [];
    render(<PageProbe view={scopeWithField(liveViewScope(), 'wards', 'hotspot:gi')} onPage={(page) => pages.push(page)} />);
    await waitFor(() => expect(pages.length).toBeGreaterThan(0));
    expect(pages[0].refusal?.code).toBe('hotspot-not-run');
  });
});
