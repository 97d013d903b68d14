import { beforeEach, describe, expect, it } from 'vitest';
import { loadTensionFiles } from '../data/load-tensions';
import { textFile } from '../../test/helpers/bytes';
import { useTensionStore } from './tension-store';
import { provideServices } from './services';
import { nodeServices } from '../../test/helpers/workspace-session';

const initial = useTensionStore.getState();
const CSV = 'Area code,Community type,Assessment date,Current rating,Potential rating\nX05000001,Ethnic,2023-07-03,4,3\nX05000001,Students,2023-07-03,5,5\n';

beforeEach(() => {
  useTensionStore.setState(initial, true);
  provideServices({ ...nodeServices(), tensionLoader: (files, request) => loadTensionFiles(files, request) });
});

describe('tension store', () => {
  it("reports an unknown community type, then accepts it once the user adds it as their own", async () => {
    await useTensionStore.getState().loadTensions([textFile('log.csv', CSV)], 'log');
    let dataset = useTensionStore.getState().datasets.log;
    expect(dataset.rows.map((r) => r.communityType)).toEqual(['Ethnic']);
    expect(dataset.report.rejected.map((r) => [r.reason, r.count, r.examples])).toEqual([['unknown-community-type', 1, ['log.csv:3']]]);
    await useTensionStore.getState().setExtraCommunityTypes([' Students ', '']);
    dataset = useTensionStore.getState().datasets.log;
    expect(useTensionStore.getState().extraCommunityTypes).toEqual(['Students']);
    expect(dataset.rows.map((r) => r.communityType).sort()).toEqual(['Ethnic', 'Students']);
    expect(dataset.report.rejected).toEqual([]);
    expect(useTensionStore.getState().order).toEqual(['log']);
  });
});
