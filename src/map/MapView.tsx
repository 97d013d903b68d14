import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { NavigationControl, ScaleControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useShallow } from 'zustand/react/shallow';
import type { PickingInfo } from '@deck.gl/core';
import { useDataStore } from '../state/data-store';
import { useViewStore } from '../state/view-store';
import { DEFAULT_OPACITY } from '../state/layer-store';
import { useScopedLayers } from '../state/view-scope';
import { useLocaleStore } from '../state/locale-store';
import { useCameraStore } from '../state/camera-store';
import { translate } from '../i18n/translate';
import { useBasemapStyle } from './use-basemap-style';
import { raiseBasemapLabels } from './basemap-labels';
import { fillLayerId } from './layers/choropleth-layer';
import type { AreaLabel } from './layers/boundary-source';
import { BoundaryLayers } from './BoundaryLayers';
import { useViewDeckLayers } from './use-view-deck-layers';
import { useReportStore } from '../state/report-store';
import { useCiaStore } from '../state/cia-store';
import { DeckOverlay } from './DeckOverlay';
import { testHooks } from './test-hooks';
import { fitClearOfPanels } from './overlay-rects';
import { registerLiveMap } from './export/live-map';
import { useKeyboardArea } from './use-keyboard-area';
import { isLinkedMove, linkPaneCamera } from './camera-link';
import type { ChoroplethView } from '../state/choropleth';
import type { Camera } from '../types/camera';

const INITIAL_VIEW = { longitude: -2.5, latitude: 53.5, zoom: 5.2 };

/** react-map-gl's view state for a camera, and back. */
const viewStateOf = (camera: Camera) => ({ longitude: camera.center[0], latitude: camera.center[1], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
const cameraOf = (view: { longitude: number; latitude: number; zoom: number; bearing: number; pitch: number }): Camera =>
  ({ center: [view.longitude, view.latitude], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });

/** One pane of a comparison: its layer, field and period; its camera is the camera store's, shared by both panes. */
export interface MapPane {
  index: 0 | 1;
  datasetId: string | null;
  view: ChoroplethView;
}

/**
 * The map: one MapLibre canvas with the visible boundary layers as choropleths and deck.gl labels on top.
 * As a comparison `pane` it shows only the pane's layer, and follows (and moves) the shared camera. Every map
 * starts from the camera store's camera, applies its jump requests, and writes it when it stops moving.
 */
export function MapView({ pane }: { pane?: MapPane } = {}) {
  const mapRef = useRef<MapRef>(null);
  const setCamera = useCameraStore((s) => s.setCamera);
  const [initialView] = useState(() => {
    const camera = useCameraStore.getState().camera;
    return camera ? viewStateOf(camera) : INITIAL_VIEW;
  });
  const [zoom, setZoom] = useState(initialView.zoom);
  const locale = useLocaleStore((s) => s.locale);
  const { selected, fitRequest } = useViewStore(useShallow((s) => ({ selected: s.selected, fitRequest: s.fitRequest })));
  const { layers, activeLayerId: activeDatasetId } = useScopedLayers();
  const datasets = useDataStore((s) => s.datasets);
  const order = useDataStore((s) => s.order);
  const hoverArea = useViewStore((s) => s.hoverArea);
  const selectArea = useViewStore((s) => s.selectArea);

  const paneId = pane?.datasetId;
  const shown = useMemo(() => (pane
    ? (paneId && datasets[paneId] && layers[paneId] ? [datasets[paneId]] : [])
    : order.filter((id) => layers[id]?.visible && datasets[id]).map((id) => datasets[id])), [pane, paneId, order, layers, datasets]);
  const { mapStyle, labelIds } = useBasemapStyle();

  // A fit asked for before the map has loaded (the example data can arrive first) is applied on load.
  // A pane (or a single map coming back from comparing) starts on the shared camera, not on an old fit.
  const unlink = useRef<(() => void) | null>(null);
  useEffect(() => () => unlink.current?.(), []);
  const fitted = useRef(useCameraStore.getState().camera ? fitRequest?.seq ?? 0 : 0);
  const stopRefit = useRef<(() => void) | null>(null);
  useEffect(() => () => stopRefit.current?.(), []);
  const applyFit = useCallback(() => {
    const map = mapRef.current;
    if (!fitRequest || !map || fitted.current === fitRequest.seq) return;
    const [minLng, minLat, maxLng, maxLat] = fitRequest.bbox;
    if (![minLng, minLat, maxLng, maxLat].every(Number.isFinite)) return;
    // Padded for the legend, the timeline and the map's buttons, and kept clear of them as they appear or grow.
    stopRefit.current?.();
    stopRefit.current = fitClearOfPanels(map.getMap(), [minLng, minLat, maxLng, maxLat]);
    fitted.current = fitRequest.seq;
  }, [fitRequest]);
  useEffect(() => applyFit(), [applyFit]);

  // A saved camera (restored workspace, saved view) is jumped to, like a fit. A map mounted after the
  // request already starts on it (or on where a map stopped since), so it does not jump back to it.
  const jumpRequest = useCameraStore((s) => s.jumpRequest);
  const jumped = useRef(useCameraStore.getState().jumpRequest?.seq ?? 0);
  const applyJump = useCallback(() => {
    const map = mapRef.current;
    if (!jumpRequest || !map || jumped.current === jumpRequest.seq) return;
    stopRefit.current?.();
    map.jumpTo(jumpRequest.camera);
    jumped.current = jumpRequest.seq;
  }, [jumpRequest]);
  useEffect(() => applyJump(), [applyJump]);

  const labelledId = pane ? paneId : activeDatasetId;
  const activeLabel = labelledId ? datasets[labelledId]?.label ?? '' : '';
  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    canvas?.setAttribute('aria-label', translate(locale, 'map.label', { name: activeLabel }));
  }, [locale, activeLabel]);

  const onMove = useCallback((event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || typeof feature.id !== 'number') {
      hoverArea(null);
      return;
    }
    // A pane's points are within its own canvas: the tooltip is placed over the whole map area.
    const container = event.target.getContainer();
    const area = pane ? container.closest('.map-area')?.getBoundingClientRect() : undefined;
    const box = area ? container.getBoundingClientRect() : undefined;
    const offset = area && box ? { x: box.left - area.left, y: box.top - area.top } : { x: 0, y: 0 };
    hoverArea({ datasetId: String(feature.source), index: feature.id, x: event.point.x + offset.x, y: event.point.y + offset.y, ...(pane ? { pane: pane.index } : {}) });
  }, [hoverArea, pane]);

  const onClick = useCallback((event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    const area = feature && typeof feature.id === 'number' ? { datasetId: String(feature.source), index: feature.id } : null;
    // Drawing an assessment's geography: the click adds a corner.
    if (useCiaStore.getState().drawing && !pane) {
      useCiaStore.getState().addCorner([event.lngLat.lng, event.lngLat.lat]);
      return;
    }
    // Choosing a report's or event's place: the click gives the point and the area under it.
    if (useReportStore.getState().picking) {
      const layer = area ? useDataStore.getState().datasets[area.datasetId] : undefined;
      const place = layer && area ? { areaCode: layer.areaCodes[area.index], areaName: layer.areaNames[area.index] } : {};
      useReportStore.getState().pickPlace({ ...place, position: [event.lngLat.lng, event.lngLat.lat] });
      return;
    }
    selectArea(area);
  }, [selectArea, pane]);

  const hoverIncident = useViewStore((s) => s.hoverIncident);
  const onHoverPoint = useCallback((incidentId: string, info: PickingInfo<number>) => {
    hoverIncident(info.object !== undefined && info.object !== null ? { incidentId, index: info.object, x: info.x, y: info.y } : null);
  }, [hoverIncident]);
  const activeDataset = labelledId ? datasets[labelledId] : undefined;
  const deckLayers = useViewDeckLayers({ shown, labelled: activeDataset, zoom, pane: pane?.view, onHoverPoint });

  const keyboardArea = useKeyboardArea(mapRef, datasets);
  const drawingHere = useCiaStore((s) => s.drawing !== null) && !pane;
  const hooks = testHooks();
  hooks.deckLayers = deckLayers.map((layer) => layer.id);
  if (!pane) hooks.areaLabels = deckLayers.flatMap((layer) => (layer.id.endsWith('-labels') && layer.props.visible ? (layer.props.data as AreaLabel[]).map((label) => label.text) : []));

  return (
    <MapGL
      ref={mapRef}
      initialViewState={initialView}
      mapStyle={mapStyle}
      workerUrl={maplibreWorkerUrl}
      canvasContextAttributes={{ preserveDrawingBuffer: true, antialias: false }}
      interactiveLayerIds={shown.map((d) => fillLayerId(d.id)).reverse()}
      onMouseMove={onMove}
      onMouseLeave={() => hoverArea(null)}
      onClick={onClick}
      cursor={drawingHere ? 'crosshair' : undefined}
      onZoom={(e) => setZoom(e.viewState.zoom)}
      onLoad={(e) => {
        if (pane) unlink.current = linkPaneCamera(pane.index, e.target);
        if (!pane || pane.index === 0) hooks.map = e.target;
        hooks.maps[pane?.index ?? 0] = e.target;
        if (!pane) hooks.maps.length = 1;
        if (!pane || pane.index === 0) registerLiveMap(e.target);
        applyFit();
        applyJump();
        hooks.events.push('load');
        e.target.getCanvas().setAttribute('aria-label', translate(locale, 'map.label', { name: activeLabel }));
      }}
      onMoveEnd={(e) => {
        // One write per stop: a pane that only followed the moved one leaves it to that pane.
        if (!isLinkedMove(e)) setCamera(cameraOf(e.viewState));
      }}
      onStyleData={(e) => raiseBasemapLabels(e.target, labelIds)}
      onIdle={() => hooks.events.push('idle')}
      attributionControl={false}
      dragRotate={false}
      style={{ position: 'absolute', inset: 0 }}
      id={pane ? `map-pane-${pane.index}` : undefined}
    >
      {shown.map((dataset) => (
        <BoundaryLayers
          key={dataset.id}
          dataset={dataset}
          opacity={layers[dataset.id]?.opacity ?? DEFAULT_OPACITY}
          selectedIndex={selected?.datasetId === dataset.id ? selected.index : keyboardArea?.datasetId === dataset.id ? keyboardArea.index : null}
          view={pane?.view}
        />
      ))}
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" unit="metric" />
      <DeckOverlay layers={deckLayers} onAfterRender={() => { hooks.deckRenders += 1; }} />
    </MapGL>
  );
}
