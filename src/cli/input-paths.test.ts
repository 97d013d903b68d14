import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputPaths, readInputPaths } from './input-paths';

const folder = mkdtempSync(join(tmpdir(), 'atlas-paths-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, data: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, data);
  return path;
};
mkdirSync(join(folder, 'set'));
mkdirSync(join(folder, 'police', '2021-02'), { recursive: true });
mkdirSync(join(folder, 'police', '2021-01'), { recursive: true });
const shp = write('set/Wards.shp', 'shp');
write('set/Wards.DBF', 'dbf');
write('set/wards.prj', 'prj');
write('set/wards.xml', 'metadata');
write('set/other.dbf', 'other');
write('set/.hidden', 'x');
write('police/2021-02/b.csv', 'b');
write('police/2021-01/a.csv', 'a');
const zip = write('crimes.zip', zipSync({ '2021-03/c.csv': strToU8('c'), '2021-03/README.txt': strToU8('read me'), '__MACOSX/._c.csv': strToU8('fork') }));

describe('expandInputPaths', () => {
  it('brings the .dbf/.prj/.cpg/.shx beside a .shp (any case), once, and no other file', () => {
    expect(expandInputPaths([shp, join(folder, 'set', 'wards.prj')])).toEqual([shp, join(folder, 'set', 'Wards.DBF'), join(folder, 'set', 'wards.prj')]);
  });

  it('stands a folder for its files and its subfolders\' files in name order, skipping dot-files', () => {
    expect(expandInputPaths([join(folder, 'police')])).toEqual([join(folder, 'police', '2021-01', 'a.csv'), join(folder, 'police', '2021-02', 'b.csv')]);
    expect(expandInputPaths([join(folder, 'set')]).map((path) => path.slice(folder.length + 5))).toEqual(['other.dbf', 'Wards.DBF', 'wards.prj', 'Wards.shp', 'wards.xml']);
  });
});

describe('readInputPaths', () => {
  it('expands zips when asked, names files by base name or path, and reports what cannot be read', () => {
    const read = readInputPaths([zip, join(folder, 'police', '2021-01'), join(folder, 'absent.csv')], { names: 'base', expandZips: true });
    expect(read.files.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([['crimes.zip/2021-03/c.csv', 'c'], ['a.csv', 'a']]);
    expect(read.ignoredInZips).toEqual(['crimes.zip/2021-03/README.txt']);
    expect(read.unreadable).toEqual([{ path: join(folder, 'absent.csv'), problem: `${join(folder, 'absent.csv')} cannot be read (ENOENT): expected a path to a file, a folder or a .zip.` }]);
  });

  it('leaves a zip whole for readers that expand zips themselves', () => {
    expect(readInputPaths([zip], { names: 'path', expandZips: false }).files.map((file) => [file.name, file.bytes.byteLength > 0])).toEqual([[zip, true]]);
  });
});
