import { beforeEach, describe, expect, it } from 'vitest';
import { checkCamera, useCameraStore } from './camera-store';
import type { Camera } from '../types/camera';

const initial = useCameraStore.getState();
beforeEach(() => useCameraStore.setState(initial, true));

const cardiff: Camera = { center: [-3.17, 51.51], zoom: 12.5, bearing: 0, pitch: 0 };
const caerphilly: Camera = { center: [-3.22, 51.58], zoom: 11, bearing: 0, pitch: 0 };

describe('camera store', () => {
  it('keeps where a map stopped, once per camera: the other linked pane stopping at the same place changes nothing', () => {
    const changes: (Camera | null)[] = [];
    const unsubscribe = useCameraStore.subscribe((s) => changes.push(s.camera));
    useCameraStore.getState().setCamera(cardiff);
    useCameraStore.getState().setCamera({ ...cardiff, center: [-3.17, 51.51] });
    useCameraStore.getState().setCamera(caerphilly);
    unsubscribe();
    expect(changes).toEqual([cardiff, caerphilly]);
    expect(useCameraStore.getState()).toMatchObject({ camera: caerphilly, jumpRequest: null });
  });

  it('numbers jump requests, so the same saved camera can be jumped to twice, and makes the jump the current camera', () => {
    useCameraStore.getState().setCamera(caerphilly);
    useCameraStore.getState().requestJump(cardiff);
    expect(useCameraStore.getState()).toMatchObject({ camera: cardiff, jumpRequest: { camera: cardiff, seq: 1 } });
    // The user moves away, then shows the same saved view again: a new request, the camera back on it.
    useCameraStore.getState().setCamera(caerphilly);
    useCameraStore.getState().requestJump(cardiff);
    expect(useCameraStore.getState()).toMatchObject({ camera: cardiff, jumpRequest: { camera: cardiff, seq: 2 } });
  });

  it('holds its own copy, so changing the caller\'s object afterwards does not move the stored camera', () => {
    const camera: Camera = { center: [-3.17, 51.51], zoom: 12.5, bearing: 0, pitch: 0 };
    useCameraStore.getState().setCamera(camera);
    camera.center[0] = 0;
    camera.zoom = 3;
    expect(useCameraStore.getState().camera).toEqual(cardiff);
  });

  it('reads back a saved camera only when its numbers are in range, defaulting bearing and pitch', () => {
    expect(checkCamera({ center: [-3.17, 51.51], zoom: 12.5 })).toEqual(cardiff);
    expect(checkCamera({ center: [-3.17, 51.51], zoom: 12.5, bearing: 20, pitch: 30 })).toEqual({ ...cardiff, bearing: 20, pitch: 30 });
    expect(checkCamera({ center: [400000, 200000], zoom: 12 })).toBeNull(); // British National Grid metres
    expect(checkCamera({ center: [-3.17, 51.51], zoom: 40 })).toBeNull();
    expect(checkCamera({ center: [-3.17], zoom: 12 })).toBeNull();
    expect(checkCamera(null)).toBeNull();
  });
});
