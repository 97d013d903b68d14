import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { NavigationControl, ScaleControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useShallow } from 'zustand/react/shallow';
import type { Layer as DeckLayer, PickingInfo } from '@deck.gl/core';
import { useDataStore } from '../state/data-store';
import { useViewStore } from '../state/view-store';
import { useAnalysisStore } from '../state/analysis-store';
import { useLocaleStore } from '../state/locale-store';
import { useCameraStore } from '../state/camera-store';
import { translate } from '../i18n/translate';
import { resolveMapStyle } from './map-style';
import { fillLayerId } from './layers/choropleth-layer';
import { areaLabels } from './layers/boundary-source';
import { BoundaryLayers } from './BoundaryLayers';
import { useIncidentLayers } from './use-incident-layers';
import { buildProportionalSymbolLayer } from './layers/symbols-layer';
import { useCohesionResults } from '../state/cohesion-derived';
import { TENSION_FIELD, useAreaTension } from '../state/tension-derived';
import { buildTensionArrowLayer } from './layers/tension-arrows-layer';
import { buildAreaLabelLayer, labelMinZoom } from './layers/labels-layer';
import { DeckOverlay } from './DeckOverlay';
import { testHooks } from './test-hooks';
import { registerLiveMap } from './export/live-map';
import { useKeyboardArea } from './use-keyboard-area';

const INITIAL_VIEW = { longitude: -2.5, latitude: 53.5, zoom: 5.2 };

/** The map: one MapLibre canvas with the visible boundary layers as choropleths and deck.gl labels on top. */
export function MapView() {
  const mapRef = useRef<MapRef>(null);
  const [zoom, setZoom] = useState(INITIAL_VIEW.zoom);
  const locale = useLocaleStore((s) => s.locale);
  const { visible, opacity, selected, fitRequest, basemapUrl, activeDatasetId } = useViewStore(
    useShallow((s) => ({ visible: s.visible, opacity: s.opacity, selected: s.selected, fitRequest: s.fitRequest, basemapUrl: s.basemapUrl, activeDatasetId: s.activeDatasetId })),
  );
  const datasets = useDataStore((s) => s.datasets);
  const order = useDataStore((s) => s.order);
  const styles = useAnalysisStore((s) => s.styles);
  const hoverArea = useViewStore((s) => s.hoverArea);
  const selectArea = useViewStore((s) => s.selectArea);

  const shown = useMemo(() => order.filter((id) => visible[id] && datasets[id] && styles[id]).map((id) => datasets[id]), [order, visible, datasets, styles]);
  const mapStyle = useMemo(() => resolveMapStyle(basemapUrl), [basemapUrl]);

  // A fit asked for before the map has loaded (the example data can arrive first) is applied on load.
  const fitted = useRef(0);
  const applyFit = useCallback(() => {
    const map = mapRef.current;
    if (!fitRequest || !map || fitted.current === fitRequest.seq) return;
    const [minLng, minLat, maxLng, maxLat] = fitRequest.bbox;
    if (![minLng, minLat, maxLng, maxLat].every(Number.isFinite)) return;
    // maxZoom: a single point (or one tiny area) would otherwise zoom to metres.
    map.fitBounds([[minLng, minLat], [maxLng, maxLat]], { padding: 32, duration: 0, maxZoom: 15 });
    fitted.current = fitRequest.seq;
  }, [fitRequest]);
  useEffect(() => applyFit(), [applyFit]);

  // A saved camera (restored workspace) is jumped to, like a fit; every stop is remembered.
  const jumpRequest = useCameraStore((s) => s.jumpRequest);
  const jumped = useRef(0);
  const applyJump = useCallback(() => {
    const map = mapRef.current;
    if (!jumpRequest || !map || jumped.current === jumpRequest.seq) return;
    map.jumpTo(jumpRequest.camera);
    jumped.current = jumpRequest.seq;
  }, [jumpRequest]);
  useEffect(() => applyJump(), [applyJump]);

  const activeLabel = activeDatasetId ? datasets[activeDatasetId]?.label ?? '' : '';
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
    hoverArea({ datasetId: String(feature.source), index: feature.id, x: event.point.x, y: event.point.y });
  }, [hoverArea]);

  const onClick = useCallback((event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    selectArea(feature && typeof feature.id === 'number' ? { datasetId: String(feature.source), index: feature.id } : null);
  }, [selectArea]);

  const hoverIncident = useViewStore((s) => s.hoverIncident);
  const onHoverPoint = useCallback((incidentId: string, info: PickingInfo<number>) => {
    hoverIncident(info.object !== undefined && info.object !== null ? { incidentId, index: info.object, x: info.x, y: info.y } : null);
  }, [hoverIncident]);
  const incidentLayers = useIncidentLayers(onHoverPoint);
  const cohesion = useCohesionResults();
  const activeDataset = activeDatasetId ? datasets[activeDatasetId] : undefined;
  const activeTension = useAreaTension(activeDataset);
  const showArrows = !!activeDataset && styles[activeDataset.id]?.valueField === TENSION_FIELD && visible[activeDataset.id];
  const symbolsOn = useViewStore((s) => s.communitySymbols);

  const deckLayers = useMemo(() => {
    const layers: DeckLayer[] = [];
    const analysed = cohesion && symbolsOn && cohesion.community && visible[cohesion.boundary.id] ? cohesion : null;
    if (analysed?.community) {
      layers.push(buildProportionalSymbolLayer({ id: `${analysed.boundary.id}-community-symbols`, anchors: areaLabels(analysed.boundary), counts: analysed.community.counts }));
    }
    layers.push(...incidentLayers);
    if (showArrows && activeDataset && activeTension) {
      layers.push(buildTensionArrowLayer({ id: `${activeDataset.id}-tension-arrows`, anchors: areaLabels(activeDataset), trends: activeTension.map((a) => a.trend) }));
    }
    for (const dataset of shown) {
      if (dataset.features.length > 3000) continue; // a label per area would be unreadable
      layers.push(buildAreaLabelLayer({
        id: `${dataset.id}-labels`,
        labels: areaLabels(dataset, locale),
        visible: zoom >= labelMinZoom(dataset.features.length, dataset.level),
      }));
    }
    return layers;
  }, [shown, zoom, incidentLayers, cohesion, symbolsOn, visible, showArrows, activeDataset, activeTension, locale]);

  const keyboardArea = useKeyboardArea(mapRef, datasets);
  const hooks = testHooks();
  hooks.deckLayers = deckLayers.map((layer) => layer.id);

  return (
    <MapGL
      ref={mapRef}
      initialViewState={INITIAL_VIEW}
      mapStyle={mapStyle}
      workerUrl={maplibreWorkerUrl}
      canvasContextAttributes={{ preserveDrawingBuffer: true, antialias: false }}
      interactiveLayerIds={shown.map((d) => fillLayerId(d.id)).reverse()}
      onMouseMove={onMove}
      onMouseLeave={() => hoverArea(null)}
      onClick={onClick}
      onZoom={(e) => setZoom(e.viewState.zoom)}
      onLoad={(e) => {
        hooks.map = e.target;
        registerLiveMap(e.target);
        applyFit();
        applyJump();
        hooks.events.push('load');
        e.target.getCanvas().setAttribute('aria-label', translate(locale, 'map.label', { name: activeLabel }));
      }}
      onMoveEnd={(e) => useCameraStore.getState().setCamera({ center: [e.viewState.longitude, e.viewState.latitude], zoom: e.viewState.zoom, bearing: e.viewState.bearing, pitch: e.viewState.pitch })}
      onIdle={() => hooks.events.push('idle')}
      attributionControl={false}
      dragRotate={false}
      style={{ position: 'absolute', inset: 0 }}
    >
      {shown.map((dataset) => (
        <BoundaryLayers
          key={dataset.id}
          dataset={dataset}
          opacity={opacity[dataset.id] ?? 0.8}
          selectedIndex={selected?.datasetId === dataset.id ? selected.index : keyboardArea?.datasetId === dataset.id ? keyboardArea.index : null}
        />
      ))}
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" unit="metric" />
      <DeckOverlay layers={deckLayers} onAfterRender={() => { hooks.deckRenders += 1; }} />
    </MapGL>
  );
}
