/**
 * Writes a small NTv2 grid (.gsb) with known shifts, shaped like Ordnance Survey's OSTN15_NTv2_OSGBtoETRS.gsb
 * (Airy 1830 → GRS80, seconds, one subgrid) but coarse: nodes every `stepDeg` over `extent`, each node's shift
 * given by `shiftAt` in arc seconds (latitude north, longitude east). A shift linear in latitude and longitude
 * is reproduced exactly by the grid's bilinear interpolation, so tests know the answer at any position.
 */
export interface TestGridOptions {
  /** [west, south, east, north] in degrees. */
  extent: [number, number, number, number];
  stepDeg: number;
  shiftAt: (lng: number, lat: number) => { latSeconds: number; lngSeconds: number };
  fromSemiMajorM?: number;
  toSemiMajorM?: number;
}

export function writeNtv2Grid({ extent: [west, south, east, north], stepDeg, shiftAt, fromSemiMajorM = 6377563.396, toSemiMajorM = 6378137 }: TestGridOptions): ArrayBuffer {
  const columns = Math.round((east - west) / stepDeg) + 1;
  const rows = Math.round((north - south) / stepDeg) + 1;
  const nodes = columns * rows;
  const bytes = new ArrayBuffer(176 * 2 + nodes * 16 + 16);
  const view = new DataView(bytes);
  const text = (at: number, value: string) => [...value.padEnd(8, ' ')].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  const int = (at: number, key: string, value: number) => (text(at, key), view.setInt32(at + 8, value, true));
  const float = (at: number, key: string, value: number) => (text(at, key), view.setFloat64(at + 8, value, true));
  const word = (at: number, key: string, value: string) => (text(at, key), text(at + 8, value));
  int(0, 'NUM_OREC', 11); int(16, 'NUM_SREC', 11); int(32, 'NUM_FILE', 1);
  word(48, 'GS_TYPE', 'SECONDS'); word(64, 'VERSION', 'NTv2.0'); word(80, 'SYSTEM_F', 'OSGB36'); word(96, 'SYSTEM_T', 'ETRS89');
  float(112, 'MAJOR_F', fromSemiMajorM); float(128, 'MINOR_F', 6356256.909); float(144, 'MAJOR_T', toSemiMajorM); float(160, 'MINOR_T', 6356752.314);
  const sub = 176;
  word(sub, 'SUB_NAME', 'TESTGRID'); word(sub + 16, 'PARENT', 'NONE'); word(sub + 32, 'CREATED', '20261208'); word(sub + 48, 'UPDATED', '20261208');
  // Latitudes and longitudes in seconds; NTv2 longitudes are positive west.
  float(sub + 64, 'S_LAT', south * 3600); float(sub + 80, 'N_LAT', north * 3600);
  float(sub + 96, 'E_LONG', -east * 3600); float(sub + 112, 'W_LONG', -west * 3600);
  float(sub + 128, 'LAT_INC', stepDeg * 3600); float(sub + 144, 'LONG_INC', stepDeg * 3600);
  int(sub + 160, 'GS_COUNT', nodes);
  // Nodes from the south-east corner, row by row northwards, each row from east to west.
  let at = sub + 176;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const shift = shiftAt(east - column * stepDeg, south + row * stepDeg);
      view.setFloat32(at, shift.latSeconds, true);
      view.setFloat32(at + 4, -shift.lngSeconds, true);
      at += 16;
    }
  }
  text(at, 'END');
  return bytes;
}
