/**
 * Generates the example borough (Ashbridge) and its neighbour (Wellmoor): LSOAs, wards and authorities as
 * WGS84 GeoJSON features with invented codes (X-prefixed, never used by ONS), names and figures.
 * Pure and deterministic: the same seed always gives the same features.
 */
import { area as turfArea } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { traceGroupRings, findGroupPieces } from './dissolve';
import { createLsoaFigureModel, round1, type LsoaFigures } from './indicators';
import { layoutExampleRegion } from './layout';
import { createWardNames } from './names';
import type { PlanePoint } from './plane';
import { createRandom, hashSeed } from './random';
import { centralityAt, REGION_ORIGIN } from './region';
import { buildPolygon } from './ring-geometry';
import { buildVoronoiTopology } from './voronoi';
import { assignCellsToWards } from './ward-assignment';
import { createEdgePaths } from './wiggle';

/** The seed the committed files in boundaries/ were made with. */
export const EXAMPLE_SEED = 1;
export const EXAMPLE_DATA_NOTICE = 'EXAMPLE DATA — invented, not real';
/** Index 0 is the example borough, 1 its neighbour. */
export const EXAMPLE_AUTHORITIES = [
  { code: 'X06000001', name: 'Ashbridge' },
  { code: 'X06000002', name: 'Wellmoor' },
] as const;
const LSOA_LETTERS = 'ABCDEFGHIJ';

/** Where an LSOA or ward sits in the hierarchy. */
interface ExampleWardIdentity {
  WARD_CODE: string;
  WARD_NAME: string;
  LAD_CODE: string;
  LAD_NAME: string;
}

/** Figures every LSOA and ward carries (ward values aggregate its LSOAs). */
interface ExampleAreaFigures {
  population: number;
  area_km2: number;
  residents_per_km2: number;
  pct_born_outside_uk: number;
  pct_aged_65_plus: number;
  deprivation_score: number;
  example_data: string;
}

export interface ExampleLsoaProperties extends ExampleWardIdentity, ExampleAreaFigures {
  LSOA_CODE: string;
  LSOA_NAME: string;
}

export interface ExampleWardProperties extends ExampleWardIdentity, ExampleAreaFigures {
  lsoa_count: number;
}

export interface ExampleAuthorityProperties {
  LAD_CODE: string;
  LAD_NAME: string;
  population: number;
  example_data: string;
}

/** The three example layers, each sorted by code. */
export interface ExampleBoundaries {
  lsoas: Feature<Polygon, ExampleLsoaProperties>[];
  wards: Feature<Polygon, ExampleWardProperties>[];
  authorities: Feature<Polygon, ExampleAuthorityProperties>[];
}

interface WardRecord {
  index: number;
  authority: number;
  code: string;
  name: string;
}

/** Builds every example feature from a seed. Throws if the seed yields a malformed region (none does for EXAMPLE_SEED). */
export function generateExampleBoundaries(seed: number = EXAMPLE_SEED): ExampleBoundaries {
  const layout = layoutExampleRegion(seed);
  const cellSites = layout.lsoaSites.map((site) => site.point);
  const topology = buildVoronoiTopology([...cellSites, ...layout.outerSites], cellSites.length);
  const edgePaths = createEdgePaths(topology, [...cellSites, ...layout.outerSites], hashSeed(seed, 'edges'));
  const cellWard = assignCellsToWards(topology.cells, cellSites, layout.wardSeeds);
  const cellAuthority = cellWard.map((ward) => layout.wardAuthority[ward]);
  for (const [authority, pieces] of findGroupPieces(topology.cells, (index) => String(cellAuthority[index]))) {
    if (pieces.length !== 1) throw new Error(`authority ${authority} is in ${pieces.length} pieces`);
  }

  const wards = nameWards(layout.wardSeeds, layout.wardAuthority, seed);
  const lsoaOrder = orderLsoas(cellSites, cellWard, wards, layout.wardSeeds);
  const figures = new Map<number, LsoaFigures>();
  const model = createLsoaFigureModel(createRandom(hashSeed(seed, 'figures')));
  for (const { cell } of lsoaOrder) figures.set(cell, model(cellSites[cell]));

  const lsoas = lsoaOrder.map(({ cell, name }, order): Feature<Polygon, ExampleLsoaProperties> => {
    const ward = wards[cellWard[cell]];
    const authority = EXAMPLE_AUTHORITIES[ward.authority];
    const geometry = buildPolygon([topology.cells[cell].vertexKeys], edgePaths, REGION_ORIGIN);
    const areaKm2 = areaOf(geometry);
    const figure = figures.get(cell) as LsoaFigures;
    return feature(geometry, {
      LSOA_CODE: `X01${String(order + 1).padStart(6, '0')}`,
      LSOA_NAME: name,
      WARD_CODE: ward.code,
      WARD_NAME: ward.name,
      LAD_CODE: authority.code,
      LAD_NAME: authority.name,
      population: figure.population,
      area_km2: round3(areaKm2),
      residents_per_km2: round1(figure.population / areaKm2),
      pct_born_outside_uk: figure.pctBornOutsideUk,
      pct_aged_65_plus: figure.pctAged65Plus,
      deprivation_score: figure.deprivationScore,
      example_data: EXAMPLE_DATA_NOTICE,
    });
  });

  const wardRings = traceGroupRings(topology.cells, (index) => String(cellWard[index]));
  const wardFeatures = [...wards]
    .sort((a, b) => compareText(a.code, b.code))
    .map((ward): Feature<Polygon, ExampleWardProperties> => {
      const members = lsoas.filter((lsoa) => lsoa.properties.WARD_CODE === ward.code).map((lsoa) => lsoa.properties);
      if (members.length < 5 || members.length > 10) throw new Error(`ward ${ward.name} has ${members.length} LSOAs`);
      const population = members.reduce((sum, lsoa) => sum + lsoa.population, 0);
      const weighted = (pick: (lsoa: ExampleLsoaProperties) => number) =>
        round1(members.reduce((sum, lsoa) => sum + pick(lsoa) * lsoa.population, 0) / population);
      const geometry = buildPolygon(wardRings.get(String(ward.index)) as string[][], edgePaths, REGION_ORIGIN);
      const areaKm2 = areaOf(geometry);
      const authority = EXAMPLE_AUTHORITIES[ward.authority];
      return feature(geometry, {
        WARD_CODE: ward.code,
        WARD_NAME: ward.name,
        LAD_CODE: authority.code,
        LAD_NAME: authority.name,
        population,
        area_km2: round3(areaKm2),
        residents_per_km2: round1(population / areaKm2),
        pct_born_outside_uk: weighted((lsoa) => lsoa.pct_born_outside_uk),
        pct_aged_65_plus: weighted((lsoa) => lsoa.pct_aged_65_plus),
        deprivation_score: weighted((lsoa) => lsoa.deprivation_score),
        lsoa_count: members.length,
        example_data: EXAMPLE_DATA_NOTICE,
      });
    });

  const authorityRings = traceGroupRings(topology.cells, (index) => String(cellAuthority[index]));
  const authorities = EXAMPLE_AUTHORITIES.map((authority, index) =>
    feature(buildPolygon(authorityRings.get(String(index)) as string[][], edgePaths, REGION_ORIGIN), {
      LAD_CODE: authority.code,
      LAD_NAME: authority.name,
      population: lsoas.filter((lsoa) => lsoa.properties.LAD_CODE === authority.code).reduce((sum, lsoa) => sum + lsoa.properties.population, 0),
      example_data: EXAMPLE_DATA_NOTICE,
    }),
  );
  return { lsoas, wards: wardFeatures, authorities };
}

/** Names every ward and gives it a code: X05…, in order of authority, then name (as ONS lists them). */
function nameWards(wardSeeds: PlanePoint[], wardAuthority: number[], seed: number): WardRecord[] {
  const random = createRandom(hashSeed(seed, 'ward-names'));
  const townCentre = EXAMPLE_AUTHORITIES.map((_, authority) =>
    wardSeeds.reduce((best, point, ward) =>
      wardAuthority[ward] === authority && (best < 0 || centralityAt(point) > centralityAt(wardSeeds[best])) ? ward : best, -1),
  );
  const names = createWardNames(
    wardSeeds.map((point, ward) => ({
      authorityName: EXAMPLE_AUTHORITIES[wardAuthority[ward]].name,
      centrality: centralityAt(point),
      isTownCentre: townCentre[wardAuthority[ward]] === ward,
    })),
    random,
  );
  const records = wardSeeds.map((_, index) => ({ index, authority: wardAuthority[index], code: '', name: names[index] }));
  const byCodeOrder = [...records].sort((a, b) => a.authority - b.authority || compareText(a.name, b.name));
  byCodeOrder.forEach((ward, order) => (ward.code = `X05${String(order + 1).padStart(6, '0')}`));
  return records;
}

/**
 * LSOA names the ONS way, "<authority> 001A": the number groups the LSOAs of one ward (wards numbered
 * north to south within each authority), the letter orders them north to south. Sorted by name per authority.
 */
function orderLsoas(cellSites: PlanePoint[], cellWard: number[], wards: WardRecord[], wardSeeds: PlanePoint[]): { cell: number; name: string }[] {
  const named: { cell: number; name: string; authority: number }[] = [];
  EXAMPLE_AUTHORITIES.forEach((authority, authorityIndex) => {
    const authorityWards = wards.filter((ward) => ward.authority === authorityIndex);
    authorityWards.sort((a, b) => wardSeeds[b.index][1] - wardSeeds[a.index][1] || a.index - b.index);
    authorityWards.forEach((ward, wardOrder) => {
      const cells = cellWard.map((w, cell) => (w === ward.index ? cell : -1)).filter((cell) => cell >= 0);
      cells.sort((a, b) => cellSites[b][1] - cellSites[a][1] || a - b);
      if (cells.length > LSOA_LETTERS.length) throw new Error(`ward ${ward.name} has ${cells.length} LSOAs`);
      cells.forEach((cell, letter) => {
        named.push({ cell, authority: authorityIndex, name: `${authority.name} ${String(wardOrder + 1).padStart(3, '0')}${LSOA_LETTERS[letter]}` });
      });
    });
  });
  return named.sort((a, b) => a.authority - b.authority || compareText(a.name, b.name)).map(({ cell, name }) => ({ cell, name }));
}

/** Code-unit order, so sorting never depends on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function feature<P>(geometry: Polygon, properties: P): Feature<Polygon, P> {
  return { type: 'Feature', properties, geometry };
}

function areaOf(geometry: Polygon): number {
  return turfArea(geometry) / 1e6;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
