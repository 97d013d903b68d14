/**
 * Invented fortnightly community tension assessments for the example borough's wards through 2023
 * (layers/example-tensions.csv). Each ward is assessed for the one to three community types its figures make
 * likely; the story matches the example tables: a national incident in June sets off an episode in the three
 * most diverse central wards (one brief High), summer brings an encampment in the most rural ward, and the
 * new housing estate's ward sees tension over new arrivals in the autumn.
 */
import { EXAMPLE_AUTHORITIES, EXAMPLE_DATA_NOTICE } from './example-borough';
import type { ExampleChangeSites } from './example-change-sites';
import { formatCsv } from './example-csv';
import type { ExampleWardContext } from './example-lsoa-context';
import { createRandom, hashSeed } from './random';
import { buildTensionTimeline, fortnightlyMondays, TENSION_COMMUNITY_TYPES, type TensionCommunityType, type TensionEpisode } from './example-tension-timeline';

/** The year assessed. */
export const EXAMPLE_TENSION_YEAR = 2023;
const MAX_TYPES_PER_WARD = 3;

/** One assessment row. Ratings are on the EEP scale, 1 (Imminent) to 6 (Normal). */
export interface ExampleTensionRow {
  areaCode: string;
  areaName: string;
  communityType: TensionCommunityType;
  assessmentDate: string;
  currentRating: number;
  potentialRating: number;
  notes: string;
}

/** The wards the scripted episodes happen in. `episode[0]` is the town-centre ward. */
interface WardRoles {
  episode: [string, string, string];
  estate: string;
  rural: string;
}

function byDescending(pick: (ward: ExampleWardContext) => number) {
  return (a: ExampleWardContext, b: ExampleWardContext) => pick(b) - pick(a) || (a.code < b.code ? -1 : 1);
}

function chooseRoles(wards: readonly ExampleWardContext[], sites: ExampleChangeSites): WardRoles {
  const others = wards.filter((ward) => ward.code !== sites.housingEstateWardCode);
  const townCentre = [...others].sort(byDescending((ward) => ward.centrality))[0];
  const diverse = others.filter((ward) => ward !== townCentre).sort(byDescending((ward) => ward.properties.pct_born_outside_uk));
  const rural = [...others].sort(byDescending((ward) => -ward.centrality))[0];
  return { episode: [townCentre.code, diverse[0].code, diverse[1].code], estate: sites.housingEstateWardCode, rural: rural.code };
}

/**
 * One to three community types per ward, by the first rules that apply (Socio-economic when none does),
 * listed in the scale's order.
 */
function assignCommunityTypes(wards: readonly ExampleWardContext[], roles: WardRoles): Map<string, TensionCommunityType[]> {
  const mostDeprived = [...wards].sort(byDescending((ward) => ward.properties.deprivation_score)).slice(0, 3).map((ward) => ward.code);
  const types = new Map<string, TensionCommunityType[]>();
  for (const ward of wards) {
    const { pct_born_outside_uk: born, pct_aged_65_plus: aged } = ward.properties;
    const wanted: TensionCommunityType[] = [
      ...(ward.code === roles.estate ? ['New arrivals' as const] : []),
      ...(ward.code === roles.episode[0] ? (['Faith or religious', 'Ethnic', 'LGBT'] as const) : []),
      ...(ward.code === roles.episode[1] ? (['Ethnic', 'Faith or religious'] as const) : []),
      ...(ward.code === roles.episode[2] ? (['Ethnic', 'Language groups'] as const) : []),
      ...(ward.code === roles.rural ? ['Gypsies and Travellers' as const] : []),
      ...(mostDeprived.includes(ward.code) ? ['Socio-economic' as const] : []),
      ...(born >= 20 ? ['Ethnic' as const] : []),
      ...(aged >= 24 ? ['Generational' as const] : []),
    ];
    const chosen = wanted.length === 0 ? ['Socio-economic'] : [...new Set(wanted)].slice(0, MAX_TYPES_PER_WARD);
    types.set(ward.code, TENSION_COMMUNITY_TYPES.filter((type) => chosen.includes(type)));
  }
  return types;
}

const episode = (start: number, steps: [number, string][]): TensionEpisode => ({ start, ratings: steps.map(([rating]) => rating), notes: steps.map(([, note]) => note) });

/** Assessment indexes: 12 = 19 June (the first after the national incident), 15 = 31 July, 18 = 11 September, 21 = 23 October. */
function scriptEpisodes(roles: WardRoles, generationalWard: string | undefined): Map<string, TensionEpisode[]> {
  const [centre, second, third] = roles.episode;
  const script = new Map<string, TensionEpisode[]>([
    [`${centre}|Faith or religious`, [episode(12, [
      [3, 'National incident reported in the media; hostile posts about a local place of worship; partners monitoring'],
      [2, 'Protest planned near a place of worship; high-visibility patrols and daily partner meetings'],
      [3, 'Protest passed without serious disorder; reassurance visits continuing'],
      [4, 'Tensions easing; community leaders engaged'],
      [5, 'Continued easing; monitoring continues'],
      [5, ''],
    ])]],
    [`${centre}|Ethnic`, [episode(12, [
      [4, 'Rise in racially abusive incidents reported after national incident'],
      [3, 'Racist graffiti reported in the town centre; removed by the council'],
      [4, 'Fewer incidents reported; partners monitoring'],
      [5, 'Reduced to Raised; partners monitoring'],
      [5, ''],
    ])]],
    [`${centre}|LGBT`, [episode(14, [[5, 'Pride event in the town centre; partners briefed, reassurance patrols']])]],
    [`${second}|Ethnic`, [episode(12, [
      [4, 'Online rumours about a local incident; partners monitoring'],
      [3, 'Verbal abuse reported at a bus stop; reassurance patrols'],
      [3, 'Community meeting held; tensions persisting'],
      [4, 'Tensions easing'],
      [5, 'Reduced to Raised; reassurance patrols ending'],
      [5, ''],
    ])]],
    [`${second}|Faith or religious`, [episode(12, [
      [5, 'Concerns raised at a place of worship after national incident'],
      [4, 'Offensive leaflets reported near community centre; partners monitoring'],
      [5, 'Tensions easing'],
    ])]],
    [`${third}|Ethnic`, [episode(12, [
      [5, 'Concerns raised after national incident'],
      [3, 'Group confrontation reported near the shopping parade; extra patrols'],
      [4, 'No further incidents; monitoring continues'],
      [5, 'Reduced to Raised; monitoring continues'],
    ])]],
    [`${third}|Language groups`, [episode(13, [[5, 'Misinformation circulating in community languages; translated updates shared'], [5, '']])]],
    [`${roles.rural}|Gypsies and Travellers`, [episode(15, [
      [5, 'Unauthorised encampment on a recreation ground; liaison officer engaged'],
      [4, 'Complaints from residents about the encampment; partners meeting'],
      [5, 'Encampment left; site cleared'],
    ])]],
    [`${roles.estate}|New arrivals`, [episode(18, [
      [5, 'Rumours on social media about new housing allocations; partners monitoring'],
      [4, 'Leaflets opposing new residents reported on the new estate; removed'],
      [4, "Residents' meeting held; welcome event planned"],
      [5, 'Tensions easing after welcome event'],
    ])]],
  ]);
  if (generationalWard !== undefined) {
    script.set(`${generationalWard}|Generational`, [episode(21, [[5, 'Fireworks misuse and youth anti-social behaviour reported; extra patrols'], [5, '']])]);
  }
  return script;
}

/**
 * Every assessment of the example borough's wards in 2023: by date, then ward code, then community type in
 * the scale's list order. `wards` may include the neighbour's wards; only the borough's are assessed.
 */
export function generateExampleTensions(wards: readonly ExampleWardContext[], sites: ExampleChangeSites, seed: number): ExampleTensionRow[] {
  const borough = wards.filter((ward) => ward.authorityCode === EXAMPLE_AUTHORITIES[0].code);
  const roles = chooseRoles(borough, sites);
  const types = assignCommunityTypes(borough, roles);
  const generational = [...borough].sort(byDescending((ward) => ward.properties.deprivation_score)).find((ward) => types.get(ward.code)?.includes('Generational'));
  const script = scriptEpisodes(roles, generational?.code);
  const dates = fortnightlyMondays(EXAMPLE_TENSION_YEAR);
  const timelines = borough.flatMap((ward) =>
    (types.get(ward.code) ?? []).map((type) => ({
      ward,
      type,
      assessments: buildTensionTimeline(dates.length, type, script.get(`${ward.code}|${type}`) ?? [], createRandom(hashSeed(seed, 'example-tensions', ward.code, type))),
    })),
  );
  for (const key of script.keys()) {
    if (!timelines.some(({ ward, type }) => `${ward.code}|${type}` === key)) throw new Error(`scripted tension episode ${key} has no assessed ward and type`);
  }
  return dates.flatMap((assessmentDate, at) =>
    timelines.map(({ ward, type, assessments }) => ({
      areaCode: ward.code,
      areaName: ward.name,
      communityType: type,
      assessmentDate,
      currentRating: assessments[at].current,
      potentialRating: assessments[at].potential,
      notes: assessments[at].notes,
    })),
  );
}

/** The assessments as CSV: area_code, area_name, community_type, assessment_date, current_rating, potential_rating, notes, source_note. */
export function formatExampleTensionsCsv(rows: readonly ExampleTensionRow[]): string {
  const header = ['area_code', 'area_name', 'community_type', 'assessment_date', 'current_rating', 'potential_rating', 'notes', 'source_note'];
  return formatCsv(header, rows.map((row) => [row.areaCode, row.areaName, row.communityType, row.assessmentDate, row.currentRating, row.potentialRating, row.notes, EXAMPLE_DATA_NOTICE]));
}
