/**
 * Issue 12, "no invented zeros", through the stores: incidents of one authority's force joined into a layer
 * merged with the next authority leave that authority as no data in the field values, the time-slider
 * tables, the hot-spot inputs and share packages, while the covered authority's empty areas stay 0.
 */
import { describe, expect, it } from 'vitest';
import { mergedWithCrimes, resetStoresEachTest } from '../../test/helpers/two-authorities';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { coveredPeriodTable, incidentFieldId, incidentFieldValues, joinCoverage } from './incident-derived';
import { joinPeriodTable, stepValues, timelinePeriods } from './timeline-derived';
import { emergingChoropleth, hotspotInputs } from './hotspot-derived';
import { buildShareExport } from './share-export';
import { authorityGroups } from '../data/share-package/authorities';
import { NO_FILTER } from '../analysis/incident-filter';

resetStoresEachTest();

describe('incident coverage through the stores', () => {
  it('maps counts and rates as no data in the uncovered authority and 0 in the covered one’s empty ward', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    expect(dataset.authorities?.map((a) => a.name)).toEqual(['Cardiff', 'Caerphilly']);
    const state = useIncidentStore.getState();
    expect(incidentFieldValues(dataset, incidentFieldId(incidentId, 'count'), state)).toEqual([null, null, null, 6, 6, 0]);
    expect(incidentFieldValues(dataset, incidentFieldId(incidentId, 'rate'), state)).toEqual([null, null, null, 6, 6, 0]);
    expect(joinCoverage(state.joins[incidentId], dataset).uncoveredAreas).toBe(3);
  });

  it('gives the time slider no data for every period of the uncovered areas', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const { joins, incidents } = useIncidentStore.getState();
    const join = joins[incidentId];
    const periods = timelinePeriods([incidents[incidentId]], 'month');
    const table = coveredPeriodTable(joinPeriodTable(join, incidents[incidentId], NO_FILTER, periods, 6), joinCoverage(join, dataset));
    expect(coveredPeriodTable(joinPeriodTable(join, incidents[incidentId], NO_FILTER, periods, 6), joinCoverage(join, dataset))).toBe(table);
    expect(Array.from(stepValues(table, { kind: 'single' }, 0).current)).toEqual([NaN, NaN, NaN, 3, 3, 0]);
    expect(Array.from(stepValues(table, { kind: 'cumulative' }, 1).current)).toEqual([NaN, NaN, NaN, 6, 6, 0]);
  });

  it('leaves the uncovered areas out of Gi* (NaN), not as cold zeros', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const { joins, incidents } = useIncidentStore.getState();
    const inputs = hotspotInputs(dataset, incidents[incidentId], joins[incidentId], NO_FILTER, 'count', {})!;
    expect(Array.from(inputs.values)).toEqual([NaN, NaN, NaN, 6, 6, 0]);
    expect(inputs.periods.periodCount).toBe(2);
    expect(Array.from(inputs.periods.values)).toEqual([NaN, NaN, NaN, NaN, NaN, NaN, 3, 3, 3, 3, 0, 0]);
  });

  it('sends no value (never 0) for uncovered areas in a share package, and the counts of one authority when limited to it', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const options = {
      datasetId: merged, areaIndexes: null, authority: { name: 'Caerphilly' }, marking: 'OFFICIAL',
      include: { fields: false, incidents: true, tables: false, tension: false, points: false }, suppressSmallCounts: false, classification: null, producedAt: '2026-12-07T12:00:00.000Z',
    };
    const all = buildShareExport(options)!;
    const counts = all.pkg.layers.find((l) => l.id === `incidents-${incidentId}`)!;
    const none = [null, null];
    expect(counts.values).toEqual({ W05001000: none, W05001001: none, W05001002: none, W05002000: [3, 3], W05002001: [3, 3], W05002002: [0, 0] });
    const rates = all.pkg.layers.find((l) => l.id === `incidents-${incidentId}-rate`)!;
    expect(rates.values).toEqual({ W05001000: none, W05001001: none, W05001002: none, W05002000: [3, 3], W05002001: [3, 3], W05002002: [0, 0] });
    const caerphilly = authorityGroups(dataset).find((g) => g.name === 'Caerphilly')!;
    const limited = buildShareExport({ ...options, areaIndexes: caerphilly.areaIndexes })!;
    expect(limited.pkg.boundaries.areas.map((a) => a.areaCode)).toEqual(['W05002000', 'W05002001', 'W05002002']);
    expect(limited.pkg.layers.find((l) => l.id === `incidents-${incidentId}`)!.values).toEqual({ W05002000: [3, 3], W05002001: [3, 3], W05002002: [0, 0] });
  });
});

describe('emerging hot spots outside the coverage', () => {
  it('shows an area with no Gi* result as no data, not "no pattern", and gives it no legend row', async () => {
    const { merged } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const result = {
      zScores: Float64Array.from([NaN, NaN, NaN, 2.1, 2.1, -0.4]), pValues: new Float64Array(6), bins: Int8Array.from([-128, -128, -128, 2, 2, 0]), areasWithData: 3,
      emerging: ['no-pattern', 'no-pattern', 'no-pattern', 'new-hot', 'new-hot', 'sporadic-cold'], neighbourless: 0,
    };
    const map = emergingChoropleth(dataset, { boundaryId: merged, field: 'incidents:x:count', result })!;
    expect(map.classIndexes).toEqual([-1, -1, -1, 0, 0, 1]);
    expect(map.classification.bins.map((b) => b.count)).toEqual([2, 1]);
    expect(map.classification.noDataCount).toBe(3);
  });
});
