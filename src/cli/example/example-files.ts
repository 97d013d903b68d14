/**
 * Renders the example boundaries as the GeoJSON text committed in boundaries/: one feature per line (so
 * diffs stay readable), with a top-level name and a description saying the data is invented. The example
 * tables that go with them (layers/*.csv) come from example-tables.ts.
 */
import type { Feature, Polygon } from 'geojson';
import { EXAMPLE_DATA_NOTICE, EXAMPLE_SEED, generateExampleBoundaries } from './example-borough';
import { renderExampleTableFiles } from './example-tables';

/** A file the generator writes, with its path relative to the repository root. */
export interface ExampleFile {
  path: string;
  text: string;
}

const DESCRIPTION =
  `${EXAMPLE_DATA_NOTICE}. Invented boundaries, names, codes and figures for the example borough Ashbridge ` +
  '(X06000001) and its neighbour Wellmoor (X06000002), made by `npm run generate-example`. ' +
  'The X code prefix is never used by ONS. WGS84 (EPSG:4326).';

/** The text of every example boundary file and example table for a seed. */
export function renderExampleFiles(seed: number = EXAMPLE_SEED): ExampleFile[] {
  const boundaries = generateExampleBoundaries(seed);
  const { lsoas, wards, authorities } = boundaries;
  return [
    { path: 'boundaries/example-lsoas.geojson', text: formatFeatureCollection('example-lsoas', lsoas) },
    { path: 'boundaries/example-wards.geojson', text: formatFeatureCollection('example-wards', wards) },
    { path: 'boundaries/example-authorities.geojson', text: formatFeatureCollection('example-authorities', authorities) },
    ...renderExampleTableFiles(boundaries, seed),
  ];
}

/** A FeatureCollection as JSON text, one feature per line, ending in a newline. */
export function formatFeatureCollection(name: string, features: Feature<Polygon, object>[]): string {
  const head = JSON.stringify({ type: 'FeatureCollection', name, description: DESCRIPTION });
  const lines = features.map((feature) => JSON.stringify(feature));
  return `${head.slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
