/**
 * The few example LSOAs whose indicators change fast between periods, so rapid-change flags have something to
 * find and the example tension assessments can tell the same story: a new housing estate, an employer's
 * closure and new late-night venues. Chosen by seed among LSOAs where such a change is believable.
 */
import { EXAMPLE_AUTHORITIES } from './example-borough';
import type { ExampleLsoaContext } from './example-lsoa-context';
import { distanceKm } from './plane';
import { createRandom, hashSeed, type Random } from './random';

/** LSOA codes of each invented change, and the ward the housing estate lies in. */
export interface ExampleChangeSites {
  /** Three neighbouring LSOAs of one borough ward on the town's edge, built up between 2019 and 2023. */
  housingEstate: string[];
  housingEstateWardCode: string;
  /** A neighbour-town LSOA whose large employer closed between 2015 and 2019. */
  employerClosure: string;
  /** A borough LSOA near the centre where late-night venues opened between 2019 and 2023. */
  nightTimeEconomy: string;
}

const [BOROUGH, NEIGHBOUR] = EXAMPLE_AUTHORITIES.map((authority) => authority.code);
const ESTATE_SIZE = 3;

function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('no candidate LSOA for an example change');
  return items[Math.floor(random() * items.length)];
}

/** The change sites for a seed (LSOAs in code order, so the choice never depends on call order). */
export function chooseExampleChangeSites(lsoas: readonly ExampleLsoaContext[], seed: number): ExampleChangeSites {
  const random = createRandom(hashSeed(seed, 'example-change-sites'));
  const inBand = (authority: string, low: number, high: number) =>
    lsoas.filter((lsoa) => lsoa.authorityCode === authority && lsoa.centrality >= low && lsoa.centrality <= high);

  // The estate: an LSOA on the town's edge and its two nearest neighbours in the same ward.
  const estateCentre = pick(random, inBand(BOROUGH, 0.25, 0.45));
  const estate = lsoas
    .filter((lsoa) => lsoa.wardCode === estateCentre.wardCode)
    .sort((a, b) => distanceKm(a.point, estateCentre.point) - distanceKm(b.point, estateCentre.point) || (a.code < b.code ? -1 : 1))
    .slice(0, ESTATE_SIZE)
    .map((lsoa) => lsoa.code)
    .sort();
  const closure = pick(random, inBand(NEIGHBOUR, 0.3, 0.7));
  const nightTime = pick(random, inBand(BOROUGH, 0.6, 0.9).filter((lsoa) => !estate.includes(lsoa.code)));
  return { housingEstate: estate, housingEstateWardCode: estateCentre.wardCode, employerClosure: closure.code, nightTimeEconomy: nightTime.code };
}
