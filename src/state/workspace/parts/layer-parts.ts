/**
 * Workspace parts of the boundary layers and the map: names and code/name fields, choropleth styles,
 * visibility, opacity, the mapped layer, map modes, basemap and the camera.
 */
import type { ClassificationOptions } from '../../../types';
import { useDataStore } from '../../data-store';
import { useLayerStore, withLegendTitle, type LayerStyle } from '../../layer-store';
import { useViewStore } from '../../view-store';
import { checkCamera, useCameraStore } from '../../camera-store';
import { fieldId, parseFieldId } from '../../../analysis/field-registry';
import { useBasemapConsentStore } from '../../basemap-consent-store';
import { useLocalBasemapStore } from '../../local-basemap-store';
import { isRecord, mapKeys, registerWorkspacePart, type IdMap } from '../workspace-parts';

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** A choropleth field with the ids inside it (incident and table fields) mapped; null when its source is gone. */
export function mapFieldId(field: string, ids: IdMap): string | null {
  const ref = parseFieldId(field);
  if (ref.kind === 'incidents') {
    const id = ids(ref.datasetId);
    return id ? fieldId({ ...ref, datasetId: id }) : null;
  }
  if (ref.kind === 'table') {
    const id = ids(ref.tableId);
    return id ? fieldId({ ...ref, tableId: id }) : null;
  }
  return field;
}

interface SavedDataset {
  label: string;
  codeField: string | null;
  nameField: string | null;
}
const isSavedDataset = (v: unknown): v is SavedDataset =>
  isRecord(v) && isString(v.label) && (v.codeField === null || isString(v.codeField)) && (v.nameField === null || isString(v.nameField));

const isStyle = (v: unknown): v is LayerStyle =>
  isRecord(v) && isString(v.valueField) && isRecord(v.options) && isString(v.options.method) && isNumber(v.options.classCount) && isString(v.options.paletteId);

/** Registers the layer, style, view and camera parts. */
export function registerLayerParts(): void {
  registerWorkspacePart({
    key: 'datasets',
    snapshot: () => Object.fromEntries(Object.values(useDataStore.getState().datasets).map((d) => [d.id, { label: d.label, codeField: d.codeField, nameField: d.nameField }])),
    restore: (saved, ids) => {
      const data = useDataStore.getState();
      for (const [id, want] of Object.entries(mapKeys(saved, ids, isSavedDataset))) {
        const dataset = data.datasets[id];
        if (!dataset) continue;
        if (want.label !== dataset.label) data.renameDataset(id, want.label);
        if (want.codeField !== dataset.codeField || want.nameField !== dataset.nameField) data.setAreaFields(id, want.codeField, want.nameField);
      }
    },
    subscribe: (onChange) => useDataStore.subscribe((s, p) => s.datasets !== p.datasets && onChange()),
  });

  // The layer model is saved as two parts, 'styles' and 'view', as workspaces always were (no migration needed).
  registerWorkspacePart({
    key: 'styles',
    snapshot: () => Object.fromEntries(Object.values(useLayerStore.getState().layers).map((layer) => [layer.id, layer.style])),
    restore: (saved, ids) => {
      const layers = useLayerStore.getState();
      for (const [id, style] of Object.entries(mapKeys(saved, ids, isStyle))) {
        const layer = layers.layers[id];
        if (!layer || !useDataStore.getState().datasets[id]) continue;
        const valueField = mapFieldId(style.valueField, ids) ?? layer.style.valueField;
        const legendTitle = typeof style.legendTitle === 'string' ? style.legendTitle : null;
        layers.addLayer(id, { ...layer, style: withLegendTitle({ valueField, options: { ...layer.style.options, ...(style.options as ClassificationOptions) } }, legendTitle) });
      }
    },
    subscribe: (onChange) => useLayerStore.subscribe((s, p) => s.layers !== p.layers && onChange()),
  });

  registerWorkspacePart({
    key: 'view',
    snapshot: () => {
      const { layers, activeLayerId } = useLayerStore.getState();
      const { basemapUrl, bivariate, communitySymbols } = useViewStore.getState();
      const all = Object.values(layers);
      return {
        activeDatasetId: activeLayerId,
        visible: Object.fromEntries(all.map((layer) => [layer.id, layer.visible])),
        opacity: Object.fromEntries(all.map((layer) => [layer.id, layer.opacity])),
        // An address still waiting for consent is kept, so saving does not drop it.
        basemapUrl: useBasemapConsentStore.getState().pendingUrl ?? basemapUrl,
        // A local basemap is kept by its file's name only: the file is chosen again after a reload.
        basemapFile: useLocalBasemapStore.getState().basemap?.fileName ?? useLocalBasemapStore.getState().awaitedFile,
        bivariate,
        communitySymbols,
      };
    },
    restore: (saved, ids) => {
      if (!isRecord(saved)) return;
      const layers = useLayerStore.getState();
      for (const [id, visible] of Object.entries(mapKeys(saved.visible, ids, isBoolean))) layers.setVisible(id, visible);
      for (const [id, opacity] of Object.entries(mapKeys(saved.opacity, ids, isNumber))) layers.setOpacity(id, opacity);
      const active = isString(saved.activeDatasetId) ? ids(saved.activeDatasetId) : null;
      if (saved.activeDatasetId === null) useLayerStore.setState({ activeLayerId: null });
      else if (active) useLayerStore.setState({ activeLayerId: active });
      const view = useViewStore.getState();
      useViewStore.setState({
        // Going offline needs no consent.
        basemapUrl: saved.basemapUrl === '' ? '' : view.basemapUrl,
        bivariate: isBoolean(saved.bivariate) ? saved.bivariate : view.bivariate,
        communitySymbols: isBoolean(saved.communitySymbols) ? saved.communitySymbols : view.communitySymbols,
      });
      // A basemap from the workspace is only proposed: no tile is requested until the user agrees (issue 13).
      if (isString(saved.basemapUrl)) useBasemapConsentStore.getState().propose(saved.basemapUrl);
      if (isString(saved.basemapFile) || saved.basemapFile === null) useLocalBasemapStore.getState().expectFile(saved.basemapFile);
    },
    subscribe: (onChange) => {
      const offLayers = useLayerStore.subscribe((s, p) => (s.layers !== p.layers || s.activeLayerId !== p.activeLayerId) && onChange());
      const offView = useViewStore.subscribe((s, p) => (s.basemapUrl !== p.basemapUrl || s.bivariate !== p.bivariate || s.communitySymbols !== p.communitySymbols) && onChange());
      const offBasemap = useLocalBasemapStore.subscribe((s, p) => (s.basemap !== p.basemap || s.awaitedFile !== p.awaitedFile) && onChange());
      return () => {
        offLayers();
        offView();
        offBasemap();
      };
    },
  });

  registerWorkspacePart({
    key: 'camera',
    snapshot: () => useCameraStore.getState().camera,
    restore: (saved) => {
      const camera = checkCamera(saved);
      if (camera) useCameraStore.getState().requestJump(camera);
    },
    subscribe: (onChange) => useCameraStore.subscribe((s, p) => s.camera !== p.camera && onChange()),
  });
}
