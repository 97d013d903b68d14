import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import type { ReportSourceKind, TensionReport } from '../../types';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { recordedReport } from '../../../test/fixtures/documents/reports';
import { reportFields } from '../../../test/fixtures/reports/reports';
import { buildTensionReport } from './tension-report';
import { reportWording } from './report-wording';

const CRIMES = 'police/gwent/2020-01-gwent-street.csv';
const WARDS = 'boundaries/wales/wards_wd13_W06000018_caerphilly.geojson';

// police.uk gives the month only: each crime stands for a report on 15 January 2020; its type decides the source.
const SOURCE_BY_CRIME: Record<string, ReportSourceKind> = { 'Anti-social behaviour': 'resident', 'Public order': 'own-observation', 'Possession of weapons': 'area-worker', 'Bicycle theft': 'other', 'Robbery': 'media' };

describeWithSharedData('the tension report on January 2020 police.uk crimes in Caerphilly (each crime a report)', [CRIMES, WARDS], () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(sharedDataPath(CRIMES), 'utf8'), { header: true, skipEmptyLines: true }).data.filter((row) => row['LSOA name'].startsWith('Caerphilly'));
  const wards = JSON.parse(readFileSync(sharedDataPath(WARDS), 'utf8')) as { features: { properties: Record<string, string> }[] };
  const areaNames = Object.fromEntries(wards.features.map((f) => [f.properties.WD13CD, f.properties.WD13NM]));
  const reports: TensionReport[] = rows.map((row, i) => recordedReport(`crime-${i}`, reportFields({
    timeMs: Date.UTC(2020, 0, 15, 12),
    place: { position: [Number(row.Longitude), Number(row.Latitude)] },
    tensionTypes: ['criminal'],
    status: row['Last outcome category'] ? 'evidenced' : 'experienced',
    sourceKind: SOURCE_BY_CRIME[row['Crime type']] ?? 'partner-agency',
  })));
  const build = (tier: 'full' | 'edited') => {
    const doc = buildTensionReport({ tier, atMs: Date.UTC(2020, 0, 31), producedMs: Date.UTC(2020, 1, 1), sections: ['reports'], assessments: [], judgements: [], communityOrder: [], areaNames, cias: [], actions: [], meetings: [Date.UTC(2020, 0, 1)], reports, events: [], tensionFiles: [], enteredCount: 0 });
    const en = reportWording('en');
    return doc.sections[0].blocks.flatMap((b) => (b.kind === 'table' ? [{ caption: en(b.caption), rows: b.rows.map((r) => r.map(en)) }] : []));
  };
  const sourceCounts = (tier: 'full' | 'edited') => build(tier).find((t) => t.caption === 'By source')!.rows;

  it('counts every crime by its source in the full tier', () => {
    const expected = new Map<string, number>();
    for (const row of rows) expected.set(SOURCE_BY_CRIME[row['Crime type']] ?? 'partner-agency', (expected.get(SOURCE_BY_CRIME[row['Crime type']] ?? 'partner-agency') ?? 0) + 1);
    const full = sourceCounts('full');
    expect(rows.length).toBeGreaterThan(1000);
    expect(full.at(-1)).toEqual(['All reports', String(rows.length)]);
    expect(full.find(([label]) => label === 'Someone working in the area')).toEqual(['Someone working in the area', String(expected.get('area-worker') ?? 0)]);
  });

  it('shows no count of 1 to 4 in the edited tier, and never one withheld cell alone in a table', () => {
    const edited = build('edited').filter((t) => t.caption !== 'By type of tension (a report may have several)');
    const smallShown = edited.flatMap((t) => t.rows.filter(([, count]) => /^[1-4]$/.test(count)));
    const withheldPerTable = edited.map((t) => t.rows.filter(([, count]) => count === '<5' || count === '[c]').length);
    expect(smallShown).toEqual([]);
    // Caerphilly had 1 bicycle theft ('Other') and 2 robberies ('Media') in January 2020: both are withheld.
    expect(sourceCounts('edited').filter(([label]) => label === 'Other' || label === 'Media').map(([, count]) => count)).toEqual(['<5', '<5']);
    expect(withheldPerTable.filter((n) => n === 1)).toEqual([]);
  });
});
