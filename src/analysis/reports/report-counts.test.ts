import { describe, expect, it } from 'vitest';
import { handReports, squareAreas } from '../../../test/fixtures/reports/reports';
import { countReportsByAreaAndMonth } from './report-counts';
import { isReportShown, NO_REPORT_FILTER } from './report-filter';
import { reportAreaIndex } from './report-areas';

describe('tension reports in areas and months', () => {
  it('places a report by its area code, else by its point, else nowhere', () => {
    expect(handReports.map((report) => reportAreaIndex(report.place, squareAreas))).toEqual([0, 0, 1, 2, -1]);
    // A code not on the layer falls back to the point.
    expect(reportAreaIndex({ areaCode: 'W05000999', position: [-3.175, 51.485] }, squareAreas)).toBe(2);
  });

  it('counts a report placed by postcode in the lookup\'s LSOA, then ward, when the layer has it, else where its centroid falls', () => {
    const centroid = { position: [-3.195, 51.485] as [number, number], postcode: 'CF10 1AA', atPostcodeCentroid: true };
    expect([
      reportAreaIndex({ ...centroid, postcodeAreaCodes: ['X01000002', 'X05000001'] }, squareAreas),
      reportAreaIndex({ ...centroid, postcodeAreaCodes: ['W01000999', 'X01000003'] }, squareAreas),
      reportAreaIndex({ ...centroid, postcodeAreaCodes: ['W01000999'] }, squareAreas),
    ]).toEqual([1, 2, 0]);
  });

  it('counts reports in force per area and month, and says how many fell outside the layer', () => {
    expect(countReportsByAreaAndMonth(handReports, NO_REPORT_FILTER, squareAreas)).toEqual({
      counts: [
        { areaIndex: 0, areaCode: 'X01000001', month: '2024-05', count: 2 },
        { areaIndex: 1, areaCode: 'X01000002', month: '2024-06', count: 1 },
      ],
      outside: 1,
    });
  });

  it('filters by tension type, community, status and source kind (any of the values listed)', () => {
    const ids = (change: Partial<typeof NO_REPORT_FILTER>) => handReports.filter((report) => isReportShown(report, { ...NO_REPORT_FILTER, ...change })).map((report) => report.id);
    expect([
      ids({ tensionTypes: ['criminal'] }),
      ids({ communities: ['Generational', 'Ethnic'] }),
      ids({ statuses: ['potential', 'evidenced'] }),
      ids({ sourceKinds: ['social-media'] }),
      ids({ showWithdrawn: true }),
    ]).toEqual([['report-2'], ['report-2'], ['report-2', 'report-3'], ['report-3'], ['report-1', 'report-2', 'report-3', 'report-4', 'report-5']]);
  });
});
