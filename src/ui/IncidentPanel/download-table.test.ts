import { describe, expect, it } from 'vitest';
import { mergedWithCrimes, resetStoresEachTest } from '../../../test/helpers/two-authorities';
import { useDataStore } from '../../state/data-store';
import { useIncidentStore } from '../../state/incident-store';
import { NO_FILTER } from '../../analysis/incident-filter';
import { joinedTableCsv } from './download-table';

resetStoresEachTest();

describe('joined table CSV', () => {
  it('leaves every count cell empty for areas the incidents do not cover, and keeps 0 where they do', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const boundary = useDataStore.getState().datasets[merged];
    const { incidents, joins } = useIncidentStore.getState();
    const csv = joinedTableCsv(boundary, incidents[incidentId], joins[incidentId], NO_FILTER, 'month', { values: [1000, 1000, 1000, 1000, 1000, 1000] }, { suppress: false, records: [] });
    expect(csv.text.split('\r\n')).toEqual([
      '\uFEFFarea_code,area_name,incidents,population,rate_per_1000,2024-01,2024-02,Burglary',
      'W05001000,Ward 1-0,,1000,,,,',
      'W05001001,Ward 1-1,,1000,,,,',
      'W05001002,Ward 1-2,,1000,,,,',
      'W05002000,Ward 2-0,6,1000,6,3,3,6',
      'W05002001,Ward 2-1,6,1000,6,3,3,6',
      'W05002002,Ward 2-2,0,1000,0,0,0,0',
      '',
    ]);
  });

  it('withholds small months by default, and a later export over a shorter window where it would subtract to a small count', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const boundary = useDataStore.getState().datasets[merged];
    const { incidents, joins } = useIncidentStore.getState();
    const first = joinedTableCsv(boundary, incidents[incidentId], joins[incidentId], NO_FILTER, 'month', null);
    expect(first.text.split('\r\n').slice(4, 7)).toEqual([
      'W05002000,Ward 2-0,6,<5,<5,6',
      'W05002001,Ward 2-1,6,<5,<5,6',
      'W05002002,Ward 2-2,0,0,0,0',
    ]);
    const records = [{ id: 'e1', at: '2024-03-01T10:00:00Z', fileName: first.fileName, counts: first.published }];
    // February only: each ward's 3 would be its 6 of both months minus January's 3.
    const february = joinedTableCsv(boundary, incidents[incidentId], joins[incidentId], { ...NO_FILTER, fromMs: Date.UTC(2024, 1, 1) }, 'month', null, { suppress: true, records });
    // Each ward's total, February and burglary cells (3 each) would be its earlier 6 less January's 3.
    expect(february.differenced.map((d) => d.against.fileName)).toEqual(Array(6).fill(first.fileName));
    expect(february.text.split('\r\n').slice(4, 6)).toEqual(['W05002000,Ward 2-0,<5,0,<5,<5', 'W05002001,Ward 2-1,<5,0,<5,<5']);
  });
});
