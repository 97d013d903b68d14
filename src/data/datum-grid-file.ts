/**
 * The OSTN15 grid file the user supplies (issue 19): checked and installed for every later British National
 * Grid conversion in this thread (the worker that reads files, and the main thread that exports in BNG).
 */
import { installBngDatumGrid, readDatumGrid, removeBngDatumGrid } from '../geo/bng-datum-grid';
import type { DatumGridCheck, InputFile } from '../types';

/** Checks the file and, when it is an OSGB36 → ETRS89 NTv2 grid, installs it; `null` goes back to the Helmert shift. */
export function applyDatumGridFile(file: InputFile | null): DatumGridCheck | null {
  if (!file) {
    removeBngDatumGrid();
    return null;
  }
  const read = readDatumGrid(file.bytes);
  if (!read.ok) return { ok: false, file: file.name, problem: read.problem };
  installBngDatumGrid(file.bytes, file.name);
  return { ok: true, file: file.name, info: read.info };
}
