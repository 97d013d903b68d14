/**
 * Where the map looks (centre, zoom, bearing, pitch), updated by the map when it stops moving, and a
 * request to jump to a saved camera (restoring a workspace), numbered like fit requests.
 */
import { create } from 'zustand';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

interface CameraState {
  camera: Camera | null;
  jumpRequest: { camera: Camera; seq: number } | null;
  setCamera: (camera: Camera) => void;
  requestJump: (camera: Camera) => void;
}

export const useCameraStore = create<CameraState>((set) => ({
  camera: null,
  jumpRequest: null,
  setCamera: (camera) => set({ camera }),
  requestJump: (camera) => set((s) => ({ camera, jumpRequest: { camera, seq: (s.jumpRequest?.seq ?? 0) + 1 } })),
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
