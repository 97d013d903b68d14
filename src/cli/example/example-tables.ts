/**
 * The example tables that go with the example boundaries, as the CSV text committed in layers/: indicators
 * per LSOA for three periods, community counts per LSOA, and a year of ward tension assessments.
 */
import type { ExampleBoundaries } from './example-borough';
import { chooseExampleChangeSites } from './example-change-sites';
import { formatExampleCommunitiesCsv, generateExampleCommunities } from './example-communities';
import { formatExampleIndicatorsCsv, generateExampleIndicators } from './example-indicators';
import { describeExampleLsoas, describeExampleWards } from './example-lsoa-context';
import { formatExampleTensionsCsv, generateExampleTensions } from './example-tensions';

/** The text of every example table for the boundaries made with `seed`, with paths relative to the repository root. */
export function renderExampleTableFiles(boundaries: ExampleBoundaries, seed: number): { path: string; text: string }[] {
  const lsoas = describeExampleLsoas(boundaries);
  const sites = chooseExampleChangeSites(lsoas, seed);
  return [
    { path: 'layers/example-indicators-lsoa.csv', text: formatExampleIndicatorsCsv(generateExampleIndicators(lsoas, sites, seed)) },
    { path: 'layers/example-communities-lsoa.csv', text: formatExampleCommunitiesCsv(generateExampleCommunities(lsoas, seed)) },
    { path: 'layers/example-tensions.csv', text: formatExampleTensionsCsv(generateExampleTensions(describeExampleWards(boundaries, lsoas), sites, seed)) },
  ];
}
