/**
 * Recognises resident-population columns by their headers, as Nomis, ONS and StatsWales bulk files and
 * boundary attribute tables word them (issue 16): Census 2021 TS001 heads its total "Residence type: Total;
 * measures: Value", mid-year estimates say "All Ages", older tables "All usual residents".
 */

/** Why a column was taken for population, strongest first; the catalogue words each (`population.reason.*`). */
export type PopulationReason = 'nomis-total' | 'usual-residents' | 'population' | 'all-persons' | 'total' | 'observation' | 'mentions-population';

/** A column taken for population: its name, how sure (higher is surer) and why. */
export interface PopulationColumnMatch {
  name: string;
  score: number;
  reason: PopulationReason;
}

/** A column to judge: its header and, for table indicators, the unit the importer inferred. */
export interface PopulationColumnInput {
  name: string;
  unit?: 'count' | 'percent' | 'number';
}

const SCORES: Record<PopulationReason, number> = {
  'nomis-total': 95,
  'usual-residents': 90,
  population: 85,
  'all-persons': 80,
  total: 70,
  observation: 60,
  'mentions-population': 40,
};

const EXACT: ReadonlyArray<[PopulationReason, ReadonlyArray<string>]> = [
  ['usual-residents', ['all usual residents', 'usual residents', 'usual resident population', 'all residents', 'residents', 'number of usual residents']],
  ['population', ['population', 'pop', 'total population', 'population total', 'resident population', 'total resident population', 'all ages', 'mid year population', 'mid year population estimate', 'population estimate']],
  ['all-persons', ['all persons', 'persons', 'all people', 'people']],
  ['total', ['total', 'all', 'total count']],
  ['observation', ['observation', 'obs value', 'obs_value']],
];

/** Shares, rates and densities are never head counts, whatever else the header says. */
const NOT_A_COUNT = /%|\bpercent|\bper ?cent\b|\bproportion\b|\bshare\b|\brate\b|\bratio\b|\bdensity\b|\bper\b|\bhectare|\bkm2\b|\bsq\b|\bmeasures: percent/i;

/** A subset of the residents, not all of them: a fallback match must not take it. */
const SUBSET = /\b(aged?|under|over|communal|household|male|female|men|women|children|adults?|working|born|students?|\d+)\b/i;

/** Nomis bulk header "<dimension>: <category>; measures: Value" (Census 2021 TS tables). */
const NOMIS = /^(.+?):\s*(.+?);\s*measures:\s*value$/i;

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\(?\b(census )?(19|20)\d\d\b\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How sure a reason is, 1–100: a Nomis total beats "All usual residents", which beats a bare "Total". */
export function populationScore(reason: PopulationReason): number {
  return SCORES[reason];
}

/** Why one column holds population, or null when it does not look like a head count of all residents. */
export function populationReason(column: PopulationColumnInput): PopulationReason | null {
  if (column.unit === 'percent' || NOT_A_COUNT.test(column.name)) return null;
  const nomis = NOMIS.exec(column.name.trim());
  if (nomis) {
    const category = normalise(nomis[2]);
    return category === 'total' || category === 'all usual residents' || category === 'all persons' ? 'nomis-total' : null;
  }
  const name = normalise(column.name);
  for (const [reason, names] of EXACT) if (names.includes(name)) return reason;
  // "Residence type: Total" without the measures part, as some exports shorten it.
  if (/^[^:]+:\s*total$/.test(name)) return 'nomis-total';
  if (/\b(population|residents)\b/.test(name) && !SUBSET.test(name)) return 'mentions-population';
  return null;
}

/**
 * The columns that look like resident population, surest first (input order among equals), each with the
 * reason it was taken. Subsets (households, communal establishments, age bands) and percentages are left out.
 */
export function rankPopulationColumns(columns: ReadonlyArray<PopulationColumnInput>): PopulationColumnMatch[] {
  return columns
    .flatMap((column, order) => {
      const reason = populationReason(column);
      return reason ? [{ name: column.name, score: SCORES[reason], reason, order }] : [];
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ name, score, reason }) => ({ name, score, reason }));
}
