import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { isLinkedMove, linkPaneCamera } from './camera-link';

/** The few map methods the link uses: a camera, jumpTo (which fires 'move' like MapLibre's), and events. */
function fakeMap(center: [number, number], zoom: number) {
  const handlers = new Set<() => void>();
  const camera = { center, zoom, bearing: 0, pitch: 0 };
  const map = {
    camera,
    jumps: 0,
    /** The event data of the last jump (MapLibre puts it on the jump's move events). */
    lastEventData: undefined as object | undefined,
    getCenter: () => ({ lng: camera.center[0], lat: camera.center[1] }),
    getZoom: () => camera.zoom,
    getBearing: () => camera.bearing,
    getPitch: () => camera.pitch,
    on: (_: string, f: () => void) => handlers.add(f),
    off: (_: string, f: () => void) => handlers.delete(f),
    jumpTo(to: { center: { lng: number; lat: number }; zoom: number }, eventData?: object) {
      map.jumps += 1;
      map.lastEventData = eventData;
      camera.center = [to.center.lng, to.center.lat];
      camera.zoom = to.zoom;
      handlers.forEach((f) => f());
    },
    /** A user's drag: the camera changes, then 'move' fires. */
    drag(to: [number, number], z = camera.zoom) {
      camera.center = to;
      camera.zoom = z;
      handlers.forEach((f) => f());
    },
    handlerCount: () => handlers.size,
  };
  return map;
}

describe('linked pane cameras', () => {
  it('moves every other pane to exactly the moved one’s camera, without echoing back, until unlinked', () => {
    const a = fakeMap([-1.9, 53.2], 10);
    const b = fakeMap([0, 0], 3);
    const unlinkA = linkPaneCamera(0, a as unknown as MaplibreMap);
    const unlinkB = linkPaneCamera(1, b as unknown as MaplibreMap);
    // The second pane starts where the first one is.
    expect(b.camera).toMatchObject({ center: [-1.9, 53.2], zoom: 10 });
    a.drag([-1.81, 53.27], 11.5);
    expect(b.camera).toMatchObject({ center: [-1.81, 53.27], zoom: 11.5 });
    b.drag([-1.7, 53.3]);
    expect(a.camera).toMatchObject({ center: [-1.7, 53.3], zoom: 11.5 });
    // Each drag caused exactly one jump of the other map (no ping-pong).
    expect([a.jumps, b.jumps]).toEqual([1, 2]);
    // The follower's move events say it only followed, so only the moved pane reports the camera.
    expect(isLinkedMove({ type: 'moveend', ...a.lastEventData })).toBe(true);
    expect(isLinkedMove({ type: 'moveend' })).toBe(false);
    unlinkB();
    a.drag([-2, 53]);
    expect(b.camera.center).toEqual([-1.7, 53.3]);
    expect(b.handlerCount()).toBe(0);
    unlinkA();
    expect(a.handlerCount()).toBe(0);
  });
});
