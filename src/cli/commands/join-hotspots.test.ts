import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import type { JoinReport } from './join-report';
import type { JoinHotspots } from './join-hotspots';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Runs the real CLI in a child process, as `npm run atlas -- …` does. */
function atlas(...args: string[]) {
  return spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'src', 'cli', 'atlas.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

describe('atlas join --emerging-rules', () => {
  it('refuses rules it does not know, naming the choices (exit 2)', () => {
    const result = atlas('join', '--boundaries', 'a.geojson', '--incidents', 'b.csv', '--hotspots', '--emerging-rules', 'esri');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('arcgis-pro, atlas');
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const GWENT = 'police/gwent';

describeWithSharedData('atlas join --hotspots on Gwent crimes in Caerphilly LSOAs, Jan 2020 – Oct 2022', [CAERPHILLY, GWENT], () => {
  const tally = (hotspots: JoinHotspots) => hotspots.areas.reduce<Record<string, number>>((all, area) => ({ ...all, [area.emerging ?? 'none']: (all[area.emerging ?? 'none'] ?? 0) + 1 }), {});
  const run = (...extra: string[]) => {
    const result = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', sharedDataPath(GWENT), '--hotspots', '--json', ...extra);
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as JoinReport & { hotspots: JoinHotspots };
  };

  // The same tallies as the analysis test (emerging.test.ts), which counts the CSVs without the importers: the
  // command line's import, join and monthly counts give the emerging functions the same series.
  it('classifies by ArcGIS Pro rules by default', () => {
    const report = run();
    expect({ matched: report.matched, periods: report.periods.length, rules: report.hotspots.emergingRules, tally: tally(report.hotspots) }).toEqual({
      matched: 49_406, periods: 34, rules: 'arcgis-pro', tally: { 'sporadic-hot': 6, 'sporadic-cold': 1, 'new-cold': 1, 'no-pattern': 102 },
    });
  }, 60_000);

  it('classifies by the atlas rules when asked', () => {
    const report = run('--emerging-rules', 'atlas');
    expect({ rules: report.hotspots.emergingRules, tally: tally(report.hotspots) }).toEqual({
      rules: 'atlas', tally: { 'sporadic-hot': 45, 'sporadic-cold': 33, 'new-cold': 1, 'no-pattern': 31 },
    });
  }, 60_000);
});
