import { beforeEach, describe, expect, it } from 'vitest';
import { nodeServices } from '../../test/helpers/workspace-session';
import { useImportSettingsStore } from './import-settings-store';
import { useIncidentStore } from './incident-store';
import { provideServices } from './services';
import { readSnapshot } from '../data/workspace-format';

const csv = (text: string) => [{ name: 'reports.csv', bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }];
const REPORTS = 'date,lng,lat\r\n2022-05-14,-3.18,51.48\r\n2023-02-01,-3.17,51.49\r\n2024-07-30,-3.16,51.47\r\n';

beforeEach(() => {
  provideServices(nodeServices());
  useImportSettingsStore.setState({ dateRange: null });
  useIncidentStore.setState({ incidents: {}, order: [] });
});

describe('incident years setting', () => {
  it('rejects rows dated outside the years the user set, as such, for files loaded after', async () => {
    useImportSettingsStore.getState().setDateRange({ fromYear: 2023, toYear: 2023 });
    await useIncidentStore.getState().loadIncidents(csv(REPORTS));
    const { incidents, order } = useIncidentStore.getState();
    const dataset = incidents[order[0]];
    expect([dataset.count, dataset.report.rejected.map((r) => [r.reason, r.count])]).toEqual([1, [['date-out-of-range', 2]]]);
  });

  it('keeps the default (1990 to next year) when none is set, and refuses a backwards range', async () => {
    useImportSettingsStore.getState().setDateRange({ fromYear: 2024, toYear: 2020 });
    expect(useImportSettingsStore.getState().dateRange).toBeNull();
    await useIncidentStore.getState().loadIncidents(csv(REPORTS));
    const { incidents, order } = useIncidentStore.getState();
    expect(incidents[order[0]].count).toBe(3);
  });

  it('reads the range a load used back from a saved workspace source', () => {
    const source = { kind: 'incidents', files: [{ name: 'reports.csv', key: 'a'.repeat(64) }], options: { dateRange: { fromYear: 2023, toYear: 2024 } }, producedIds: ['x'], keep: ['x'] };
    const read = readSnapshot({ version: 1, savedAt: '2026-12-07T20:00:00Z', sources: [source] });
    expect(read.ok && read.snapshot.sources[0].options).toEqual({ dateRange: { fromYear: 2023, toYear: 2024 } });
  });
});
