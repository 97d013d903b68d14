/**
 * Files named on the command line, read the way ogrinfo and QGIS take them: a folder stands for the
 * files in it (and its subfolders, as police.uk downloads come), a `.shp` brings the `.dbf`, `.prj`,
 * `.cpg` and `.shx` beside it, and a `.zip` is expanded when the command's reader does not expand zips
 * itself (its tables and GeoJSON kept, a README or PDF beside them passed over and listed). Every command that takes files reads them here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { unzipInputFile } from '../data/importers';
import type { InputFile } from '../types';
import { translate } from '../i18n/translate';
import { describeImportError } from './problem-words';

/** The parts of a shapefile set a `.shp` brings with it (the importer decides which it needs). */
const SHAPEFILE_SIBLINGS = ['.dbf', '.prj', '.cpg', '.shx'];

export interface ReadPathsOptions {
  /** How the files are named for the importers and in messages: the path as given, or its base name. */
  names: 'path' | 'base';
  /** Expand `.zip` files here, for readers (incidents, tables) that take only loose files. */
  expandZips: boolean;
}

/** What a zip may hold for readers of loose files (incidents, tables): a README or PDF beside the data is passed over. */
const DATA_IN_ZIP = /\.(csv|tsv|xlsx|ods|geojson|json)$/i;

/** The files read, a message for each path that could not be read, and the files passed over in zips. */
export interface ReadPaths {
  files: InputFile[];
  unreadable: Array<{ path: string; problem: string }>;
  ignoredInZips: string[];
}

function listFolder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== '__MACOSX')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? listFolder(join(folder, entry.name)) : [join(folder, entry.name)]));
}

/** The sibling parts of `path` (a `.shp`) that exist beside it, matched case-insensitively as Windows exports them. */
function shapefileSiblings(path: string): string[] {
  const stem = basename(path, extname(path)).toLowerCase();
  try {
    return readdirSync(dirname(path))
      .filter((name) => SHAPEFILE_SIBLINGS.includes(extname(name).toLowerCase()) && basename(name, extname(name)).toLowerCase() === stem)
      .sort()
      .map((name) => join(dirname(path), name));
  } catch {
    return [];
  }
}

/** The paths to read, in order: folders expanded, a `.shp`'s siblings after it, each file once. */
export function expandInputPaths(paths: readonly string[]): string[] {
  const expanded: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    expanded.push(path);
  };
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // Unreadable: kept, so reading it reports why.
    }
    for (const file of isFolder ? listFolder(path) : [path]) {
      add(file);
      if (extname(file).toLowerCase() === '.shp') shapefileSiblings(file).forEach(add);
    }
  }
  return expanded;
}

function toInputFile(name: string, buffer: Buffer): InputFile {
  return { name, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
}

/** Reads the files `paths` stand for (see `expandInputPaths`); what cannot be read is reported, not thrown. */
export function readInputPaths(paths: readonly string[], options: ReadPathsOptions): ReadPaths {
  const result: ReadPaths = { files: [], unreadable: [], ignoredInZips: [] };
  for (const path of expandInputPaths(paths)) {
    let file: InputFile;
    try {
      file = toInputFile(options.names === 'base' ? basename(path) : path, readFileSync(path));
    } catch (caught) {
      const reason = (caught as NodeJS.ErrnoException).code ?? String(caught);
      result.unreadable.push({ path, problem: translate('en', 'cli.problem.unreadable-path', { path, reason }) });
      continue;
    }
    if (!options.expandZips || extname(path).toLowerCase() !== '.zip') {
      result.files.push(file);
      continue;
    }
    const unzipped = unzipInputFile(file);
    if (unzipped.ok) {
      for (const inner of unzipped.value) {
        if (DATA_IN_ZIP.test(inner.name)) result.files.push(inner);
        else result.ignoredInZips.push(inner.name);
      }
    } else result.unreadable.push({ path, problem: describeImportError(unzipped.error) });
  }
  return result;
}
