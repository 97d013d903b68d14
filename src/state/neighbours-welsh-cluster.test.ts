import { expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import type { AreaDataset, ClassificationOptions } from '../types';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { mergeAreaDatasets } from '../data/authorities/merge-datasets';
import { classify } from '../analysis/classify';
import { classifyByAuthority } from '../analysis/classify-by-authority';
import { boundaryBand } from '../geo/boundary-band';
import { areaKm2Values } from '../analysis/area-size';

const WARDS = ['cardiff', 'rhondda_cynon_taf', 'caerphilly', 'merthyr_tydfil'].map((name, i) => `boundaries/wales/wards_wd13_${['W06000015', 'W06000016', 'W06000018', 'W06000024'][i]}_${name}.geojson`);
const LSOA = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const LSOA21 = 'boundaries/wales/lsoa21_wales_and_border.geojson';

async function load(paths: string[]): Promise<AreaDataset[]> {
  const results = await loadBoundaryDatasets({ files: paths.map((p) => ({ name: p.split('/').pop()!, bytes: readSharedBytes(p) })), idPrefix: 't' });
  return results.map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  });
}

const options: ClassificationOptions = { method: 'quantile', classCount: 5, paletteId: 'Blues' };
/** Each ward's area in km² (a real value every ward has). */
const areaKm2 = (d: AreaDataset) => areaKm2Values(d.features);

describeWithSharedData('Welsh cluster: authorities, merged classification and the boundary band', [...WARDS, LSOA, LSOA21], () => {
  it('knows each ward file\'s authority from its file name and each LSOA\'s from its name', async () => {
    const wards = await load(WARDS);
    expect(wards.map((d) => d.authorities?.map((a) => `${a.code} ${a.name} ${a.source}`))).toEqual([
      ['W06000015 Cardiff file-name'], ['W06000016 Rhondda Cynon Taf file-name'], ['W06000018 Caerphilly file-name'], ['W06000024 Merthyr Tydfil file-name'],
    ]);
    expect(wards.every((d) => d.vintage?.year === 2013 && d.areaAuthorities?.every((a) => a === 0))).toBe(true);
    const [caerphilly, wales] = await load([LSOA, LSOA21]);
    expect(caerphilly.vintage).toEqual({ year: 2011, source: 'field-name' });
    expect(caerphilly.authorities).toEqual([{ code: 'W06000018', name: 'Caerphilly', source: 'name-prefix' }]);
    expect(wales.vintage?.year).toBe(2021);
    expect(wales.authorities?.filter((a) => a.code.startsWith('W06')).length).toBe(22);
  });

  it('merges four authorities: shared breaks equal the breaks of the pooled values; per-authority breaks equal each alone', async () => {
    const wards = await load(WARDS);
    const merged = mergeAreaDatasets(wards, { id: 'm', label: 'm' });
    expect(merged.dataset.features).toHaveLength(wards.reduce((n, d) => n + d.features.length, 0));
    expect(merged.dataset.authorities?.map((a) => a.name)).toEqual(['Cardiff', 'Rhondda Cynon Taf', 'Caerphilly', 'Merthyr Tydfil']);
    expect(merged.vintageYears).toEqual([{ year: 2013 }]);
    expect(merged.mixedVintages).toBe(false);
    expect(merged.duplicateCodes).toEqual([]);
    const pooled = wards.flatMap(areaKm2);
    expect(classify(areaKm2(merged.dataset), options)).toEqual(classify(pooled, options));
    const per = classifyByAuthority(areaKm2(merged.dataset), merged.dataset.areaAuthorities!, options);
    per.byAuthority.forEach(({ authority, classification }) => expect(classification).toEqual(classify(areaKm2(wards[authority]), options)));
  });

  it('warns when vintages are mixed', async () => {
    const [caerphilly, wales] = await load([LSOA, LSOA21]);
    const merged = mergeAreaDatasets([caerphilly, wales], { id: 'm', label: 'm' });
    expect(merged.vintageYears).toEqual([{ year: 2011 }, { year: 2021 }]);
    expect(merged.mixedVintages).toBe(true);
    expect(merged.dataset.vintage).toBeNull();
    // Most Caerphilly LSOA codes are unchanged in 2021: kept once, from the first dataset.
    expect(merged.duplicateCodes.length).toBeGreaterThan(100);
  });

  it('finds the band between Caerphilly and Rhondda Cynon Taf on both sides, widening with distance', async () => {
    const merged = mergeAreaDatasets(await load(WARDS), { id: 'm', label: 'm' }).dataset;
    const geometries = merged.features.map((f) => f.geometry);
    const touching = boundaryBand(geometries, merged.areaAuthorities!, 1, 2, 0);
    const names = (side: { index: number }[]) => side.map((a) => merged.areaNames[a.index]);
    // Rhondda Cynon Taf wards along the Taff and the Caerphilly wards facing them.
    expect(names(touching.sideA).sort()).toEqual(['Abercynon', 'Cilfynydd', 'Hawthorn', 'Rhydfelen Central/Ilan', 'Taffs Well', 'Trallwng']);
    expect(names(touching.sideB).sort()).toEqual(['Aber Valley', 'Nelson', 'Penyrheol', 'St. Martins']);
    expect(touching.sideA.every((a) => a.distanceM === 0)).toBe(true);
    const wide = boundaryBand(geometries, merged.areaAuthorities!, 1, 2, 2000);
    expect(wide.sideA.length).toBeGreaterThan(touching.sideA.length);
    expect(wide.sideB.length).toBeGreaterThan(touching.sideB.length);
    expect(wide.sideA.every((a) => merged.areaAuthorities![a.index] === 1 && a.distanceM <= 2001)).toBe(true);
  });

  it('finds the band inside one file of many authorities (LSOA 2021, authorities from LSOA names)', async () => {
    const [wales] = await load([LSOA21]);
    const index = (name: string) => wales.authorities!.findIndex((a) => a.name === name);
    const started = performance.now();
    const band = boundaryBand(wales.features.map((f) => f.geometry), wales.areaAuthorities!, index('Caerphilly'), index('Rhondda Cynon Taf'), 1000);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(band.sideA.length).toBeGreaterThan(5);
    expect(band.sideB.length).toBeGreaterThan(5);
    expect(band.sideA.every((a) => wales.areaNames[a.index].startsWith('Caerphilly '))).toBe(true);
    expect(band.sideB.every((a) => wales.areaNames[a.index].startsWith('Rhondda Cynon Taf '))).toBe(true);
  });
});
