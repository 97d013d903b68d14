/**
 * The baseline of issue 20's `national-load` case: the plainest page that does the same job as the app —
 * a MapLibre map that reads a chosen TopoJSON file with topojson-client and draws it as a data-driven fill.
 * `npm run bench` builds it with Vite and times file → drawn against the app in the same run. Never shipped.
 */
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

declare global {
  interface Window {
    __baseline?: { ready: boolean; drawnFeatures: number; error?: string };
  }
}

const status: NonNullable<Window['__baseline']> = { ready: false, drawnFeatures: 0 };
window.__baseline = status;

// As the app does (react-map-gl's workerUrl): MapLibre 6 loads its worker from the URL the bundler gives.
setWorkerUrl(maplibreWorkerUrl);
const map = new MaplibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }] },
  center: [-2.5, 53],
  zoom: 5.3,
});
map.on('load', () => { status.ready = true; });

document.getElementById('file')!.addEventListener('change', async (event) => {
  try {
    const file = (event.target as HTMLInputElement).files![0];
    const topology = JSON.parse(await file.text()) as Topology;
    const [name] = Object.keys(topology.objects);
    const collection = feature(topology, topology.objects[name]) as FeatureCollection;
    // A value per area, as a choropleth has: the feature's position, so the fill is data-driven.
    collection.features.forEach((area, index) => { area.properties = { ...area.properties, value: index % 5 }; });
    map.addSource('areas', { type: 'geojson', data: collection });
    map.addLayer({
      id: 'areas-fill',
      type: 'fill',
      source: 'areas',
      paint: { 'fill-color': ['step', ['get', 'value'], '#ffffb2', 1, '#fecc5c', 2, '#fd8d3c', 3, '#f03b20', 4, '#bd0026'], 'fill-outline-color': '#555' },
    });
    map.once('idle', () => { status.drawnFeatures = collection.features.length; });
  } catch (error) {
    status.error = error instanceof Error ? error.message : String(error);
  }
});
