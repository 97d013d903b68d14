import { beforeEach, describe, expect, it } from 'vitest';
import { loadTableFiles } from '../data/load-tables';
import { textFile } from '../../test/helpers/bytes';
import { useTableStore } from './table-store';
import { provideServices } from './services';
import { nodeServices } from '../../test/helpers/workspace-session';

const initial = useTableStore.getState();

beforeEach(() => {
  useTableStore.setState(initial, true);
  provideServices({ ...nodeServices(), tableLoader: (files, request, onProgress) => loadTableFiles(files, { ...request, onProgress }) });
});

describe('table store', () => {
  it('combines editions with different years in their file names into one time series', async () => {
    await useTableStore.getState().loadTables([
      textFile('imd2015_lsoa.csv', 'lsoa_code,score\nE01000001,10\nE01000002,20\n'),
      textFile('imd2019_lsoa.csv', 'lsoa_code,score\nE01000001,12\nE01000002,*\n'),
    ]);
    const { order, tables, errors } = useTableStore.getState();
    expect(errors).toEqual([]);
    expect(order).toHaveLength(1);
    const table = tables[order[0]];
    expect(table.periods).toEqual(['2015', '2019']);
    expect(Array.from(table.indicators[0].values)).toEqual([10, 12, 20, Number.NaN]);
  });

  it('keeps unrelated tables from different years separate', async () => {
    await useTableStore.getState().loadTables([
      textFile('wimd-2025-ranks.csv', 'lsoa code,Income,Employment\nW01000001,10,20\n'),
      textFile('census2021-ts004.csv', 'geography code,Born outside the UK,Total\nW01000001,300,1500\n'),
    ]);
    const { order, errors } = useTableStore.getState();
    expect(errors).toEqual([]);
    expect(order).toHaveLength(2);
  });

  it('keeps same-year tables separate, and reports a file it cannot read without losing the others', async () => {
    await useTableStore.getState().loadTables([
      textFile('census2021-ts001.csv', 'geography code,Total\nW01000001,1500\n'),
      textFile('census2021-ts004.csv', 'geography code,Born outside the UK,Total\nW01000001,300,1500\n'),
      textFile('notes.csv', 'just,some,text\nno,codes,here\n'),
    ]);
    const { order, errors } = useTableStore.getState();
    expect(order).toHaveLength(2);
    expect(errors.map((e) => [e.file, e.code])).toEqual([['notes.csv', 'no-code-column']]);
  });

  it('names a known publication in words, and takes the name the user gives it', async () => {
    await useTableStore.getState().loadTables([textFile('census2021-ts001-lsoa.csv', 'lsoa_code,residents\nW01001325,1500\nW01001326,1620\n')]);
    const id = useTableStore.getState().order[0];
    expect(useTableStore.getState().tables[id].label).toBe('Census 2021 TS001: Usual residents');
    useTableStore.getState().renameTable(id, '  Residents 2021 ');
    expect(useTableStore.getState().tables[id].label).toBe('Residents 2021');
    useTableStore.getState().renameTable(id, '   ');
    expect(useTableStore.getState().tables[id].label).toBe('Residents 2021');
  });
});
