/**
 * Where the map is looking. MapView writes the camera after every move; anything that needs the map to go
 * somewhere (a saved view, a restored workspace) asks through `requestJump`, which MapView applies.
 */
import { create } from 'zustand';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

interface CameraState {
  camera: Camera | null;
  /** Incremented on every request so the same camera can be asked for twice. */
  jumpRequest: { camera: Camera; seq: number } | null;
  setCamera: (camera: Camera) => void;
  requestJump: (camera: Camera) => void;
}

export const useCameraStore = create<CameraState>((set) => ({
  camera: null,
  jumpRequest: null,
  setCamera: (camera) => set({ camera }),
  requestJump: (camera) => set((s) => ({ jumpRequest: { camera, seq: (s.jumpRequest?.seq ?? 0) + 1 } })),
}));
