import { describe, expect, it } from 'vitest';
import type { RecordedLoad } from './source-recorder';
import { buildSources } from './sources-snapshot';

const key = (c: string) => c.repeat(64);
const load = (seq: number, kind: RecordedLoad['kind'], names: string[], producedIds: string[], options = {}): RecordedLoad => ({
  seq, kind, options, producedIds, files: names.map((name) => ({ name, key: key(name[0]) })),
});

describe('buildSources', () => {
  it('keeps, in replay order, the latest load of each item still loaded', () => {
    const loads = [
      load(0, 'incidents', ['a.csv'], ['incidents-1']),
      load(1, 'boundaries', ['b.shp', 'b.dbf'], ['dataset-1-1']),
      load(2, 'boundaries', ['c.zip'], ['dataset-2-1', 'dataset-2-2']),
      load(3, 'incidents', ['a.csv'], ['incidents-1'], { mapping: { date: 'when' } }),
    ];
    const { sources, unexplained } = buildSources(loads, { boundaries: ['example-wards', 'dataset-1-1', 'dataset-2-2'], tables: [], incidents: ['incidents-1', 'incidents-9'], tensions: [] });
    expect(sources.map((s) => [s.kind, s.files.map((f) => f.name), s.producedIds, s.keep, s.options])).toEqual([
      ['boundaries', ['b.shp', 'b.dbf'], ['dataset-1-1'], ['dataset-1-1'], {}],
      ['boundaries', ['c.zip'], ['dataset-2-1', 'dataset-2-2'], ['dataset-2-2'], {}],
      ['incidents', ['a.csv'], ['incidents-1'], ['incidents-1'], { mapping: { date: 'when' } }],
    ]);
    expect(unexplained).toEqual(['incidents-9']);
  });

  it('saves a table merged from editions as one load of all its files', () => {
    const loads = [load(0, 'tables', ['wimd2014.csv'], ['table-1']), load(1, 'tables', ['wimd2019.csv'], ['table-2'])];
    const { sources } = buildSources(loads, { boundaries: [], tables: [{ id: 'table-3', files: ['wimd2014.csv', 'wimd2019.csv'] }], incidents: [], tensions: [] });
    expect(sources).toEqual([{ kind: 'tables', files: [{ name: 'wimd2014.csv', key: key('w') }, { name: 'wimd2019.csv', key: key('w') }], options: {}, producedIds: ['table-3'], keep: ['table-3'] }]);
  });
});
