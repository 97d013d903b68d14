/**
 * Links the cameras of the comparison panes: when one map moves (drag, zoom, inertia, fit), the others
 * jump to exactly its centre, zoom, bearing and pitch in the same frame. Imperative on purpose: driving
 * both maps from React state lets a late render stop one map's inertia and leave the two apart. The camera
 * at rest is still the camera store's, written once per stop by the pane that moved (see `isLinkedMove`).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

const panes = new Map<number, MaplibreMap>();
/** Event data on a following pane's jump: its move events carry `linkedCamera: true`. */
const LINKED = { linkedCamera: true } as const;
let syncing = false;

function follow(source: MaplibreMap): void {
  if (syncing) return;
  syncing = true;
  try {
    for (const other of panes.values()) {
      if (other !== source) other.jumpTo({ center: source.getCenter(), zoom: source.getZoom(), bearing: source.getBearing(), pitch: source.getPitch() }, LINKED);
    }
  } finally {
    syncing = false;
  }
}

/** Adds a pane's map to the link (moving it to the others' camera); returns the function that removes it. */
export function linkPaneCamera(index: number, map: MaplibreMap): () => void {
  const existing = [...panes.values()].find((m) => m !== map);
  panes.set(index, map);
  if (existing) follow(existing);
  const onMove = () => follow(map);
  map.on('move', onMove);
  return () => {
    map.off('move', onMove);
    if (panes.get(index) === map) panes.delete(index);
  };
}

/** True for a move event of a pane that only followed another (the moved pane reports the camera itself). */
export function isLinkedMove(event: object): boolean {
  return (event as { linkedCamera?: unknown }).linkedCamera === true;
}
