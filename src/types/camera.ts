/**
 * Where a map looks: the one camera shape of the single map, the linked comparison panes, saved views and
 * workspaces. `center` is `[lng, lat]` in WGS84 degrees; bearing and pitch are degrees.
 */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}
