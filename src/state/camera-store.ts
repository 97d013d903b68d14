/**
 * The one owner of the camera: where the map (or the linked comparison panes, which always share one camera)
 * came to rest, and a request to jump to a saved camera (restoring a workspace, showing a saved view),
 * numbered like fit requests. Maps start from `camera` when they mount and write it when they stop moving.
 */
import { create } from 'zustand';
import type { Camera } from '../types/camera';

interface CameraState {
  /** The last camera a map stopped at, or was asked to jump to; null until either happens. */
  camera: Camera | null;
  jumpRequest: { camera: Camera; seq: number } | null;
  /** A map stopped here. The same camera again (the other linked pane, say) changes nothing. */
  setCamera: (camera: Camera) => void;
  /** Every map on screen jumps to `camera`, which becomes the current one. */
  requestJump: (camera: Camera) => void;
}

const sameCamera = (a: Camera, b: Camera): boolean =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch;

// Copies keep the store's camera plain data that no caller can change afterwards.
const copyCamera = (camera: Camera): Camera => ({ center: [camera.center[0], camera.center[1]], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });

export const useCameraStore = create<CameraState>((set) => ({
  camera: null,
  jumpRequest: null,
  setCamera: (camera) => set((s) => (s.camera && sameCamera(s.camera, camera) ? s : { camera: copyCamera(camera) })),
  requestJump: (camera) => set((s) => {
    const copy = copyCamera(camera);
    return { camera: copy, jumpRequest: { camera: copy, seq: (s.jumpRequest?.seq ?? 0) + 1 } };
  }),
}));

/** A saved camera if it is one (numbers in range), else null. */
export function checkCamera(value: unknown): Camera | null {
  if (typeof value !== 'object' || value === null) return null;
  const { center, zoom, bearing, pitch } = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!Array.isArray(center) || center.length !== 2 || !finite(center[0]) || !finite(center[1])) return null;
  if (Math.abs(center[0]) > 180 || Math.abs(center[1]) > 90 || !finite(zoom) || zoom < 0 || zoom > 24) return null;
  return { center: [center[0], center[1]], zoom, bearing: finite(bearing) ? bearing : 0, pitch: finite(pitch) ? pitch : 0 };
}
