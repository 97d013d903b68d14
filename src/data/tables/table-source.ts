/**
 * What publication and edition a loaded table is, told from its file and sheet names, so that two
 * indicators called "Income" read as "WIMD 2025, ranks" and "WIMD 2019, scores" rather than as one name twice.
 */
import type { IndicatorTable, TableSource } from '../../types';
import { deprivationMeasureOf, tableContext } from '../deprivation-measure';
import { periodFromFileName } from './period-labels';

const WIMD = /wimd|welsh[ _-]?index/i;
const IMD = /(?:^|[^a-z])imd|indices[ _-]of[ _-]deprivation|index[ _-]of[ _-]multiple[ _-]deprivation/i;
const CENSUS = /census/i;
const CENSUS_TOPIC = /(?:^|[^a-z])(ts\d{3}[a-z]?|rm\d{3}|ks\d{3})(?:[^0-9]|$)/i;

export type { TableSource };

/** The source of a table from its label, sheet and file names (see `TableSource`). */
export function describeTableSource(table: Pick<IndicatorTable, 'label' | 'files' | 'report' | 'periods'>): TableSource {
  const context = tableContext(table);
  const names = context.join(' ');
  const kind: TableSource['kind'] = WIMD.test(names) ? 'wimd' : IMD.test(names) ? 'imd' : CENSUS.test(names) ? 'census' : 'file';
  const onePeriod = table.periods.length === 1 && table.periods[0] !== '' ? table.periods[0] : null;
  const edition = context.map(periodFromFileName).find((year) => year !== null) ?? onePeriod;
  const topic = kind === 'census' ? (CENSUS_TOPIC.exec(names)?.[1].toUpperCase() ?? null) : null;
  const measure = kind === 'wimd' || kind === 'imd' ? deprivationMeasureOf('', context) : null;
  return { kind, label: table.label, edition, topic, measure };
}
