import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFICATION, useLayerStore } from './layer-store';

const initial = useLayerStore.getState();
const style = { valueField: 'population', options: { ...DEFAULT_CLASSIFICATION } };

beforeEach(() => useLayerStore.setState(initial, true));

describe('the layer model', () => {
  it('holds a layer whole: field, classification, visibility and opacity in one object', () => {
    const layers = useLayerStore.getState();
    layers.addLayer('wards', { style, opacity: 1.4, visible: false });
    layers.setValueField('wards', 'imd');
    layers.setClassification('wards', { method: 'jenks', classCount: 12 });
    expect(useLayerStore.getState().layers.wards).toEqual({
      id: 'wards',
      style: { valueField: 'imd', options: { ...DEFAULT_CLASSIFICATION, method: 'jenks', classCount: 9 } },
      visible: false,
      opacity: 1,
    });
  });

  it('shows the layer it maps, and forgets it (and the mapped layer) when removed', () => {
    const layers = useLayerStore.getState();
    layers.addLayer('wards', { style, visible: false });
    layers.setActiveLayer('wards');
    expect(useLayerStore.getState()).toMatchObject({ activeLayerId: 'wards', layers: { wards: { visible: true } } });
    layers.removeLayer('wards');
    expect(useLayerStore.getState()).toMatchObject({ activeLayerId: null, layers: {} });
  });

  it('leaves the state alone for a layer that does not exist', () => {
    const before = useLayerStore.getState().layers;
    useLayerStore.getState().setOpacity('nowhere', 0.2);
    useLayerStore.getState().setVisible('nowhere', true);
    expect(useLayerStore.getState().layers).toBe(before);
  });
});

describe('a legend title written for a view (issue 15)', () => {
  it('is kept trimmed on the layer model; blank goes back to the field label', () => {
    const layers = useLayerStore.getState();
    layers.addLayer('wards', { style });
    layers.setLegendTitle('wards', '  Residents, 2021  ');
    expect(useLayerStore.getState().layers.wards.style).toEqual({ ...style, legendTitle: 'Residents, 2021' });
    layers.setLegendTitle('wards', '   ');
    expect(useLayerStore.getState().layers.wards.style).toEqual(style);
  });

  it('belongs to the field it was written for: mapping another field drops it, the same field keeps it', () => {
    const layers = useLayerStore.getState();
    layers.addLayer('wards', { style });
    layers.setLegendTitle('wards', 'Residents');
    layers.setValueField('wards', 'population');
    expect(useLayerStore.getState().layers.wards.style.legendTitle).toBe('Residents');
    layers.setValueField('wards', 'imd');
    expect(useLayerStore.getState().layers.wards.style).toEqual({ valueField: 'imd', options: style.options });
  });
});
