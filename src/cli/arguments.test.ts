import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './arguments';

const JOIN_LIKE = {
  boundaries: { type: 'string', list: true },
  incidents: { type: 'string', list: true },
  by: { type: 'string', choices: ['month', 'week'] },
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

describe('parseCommandLine', () => {
  it('gives the words after a list option to it until the next option, in either order and repeated', () => {
    expect(parseCommandLine(['--incidents', 'a.csv', 'b.csv', '--json', '--boundaries', 'x.shp', '--by', 'week', '--boundaries=y.zip', '--out', 'o.csv'], JOIN_LIKE)).toEqual({
      ok: true,
      values: { boundaries: ['x.shp', 'y.zip'], incidents: ['a.csv', 'b.csv'], by: 'week', out: 'o.csv', json: true },
      positionals: [],
    });
  });

  it('fills defaults: empty lists, false flags, absent values', () => {
    expect(parseCommandLine([], JOIN_LIKE)).toEqual({ ok: true, values: { boundaries: [], incidents: [], by: undefined, out: undefined, json: false }, positionals: [] });
  });

  it('keeps positionals only where the command takes them', () => {
    expect(parseCommandLine(['a.shp', '--json', 'b.geojson'], { json: { type: 'boolean' } }, { allowPositionals: true })).toEqual({ ok: true, values: { json: true }, positionals: ['a.shp', 'b.geojson'] });
    expect(parseCommandLine(['stray.csv', '--incidents', 'a.csv'], JOIN_LIKE)).toEqual({ ok: false, problem: 'unexpected argument "stray.csv"' });
  });

  it('words every kind of mistake from the catalogue', () => {
    expect([
      parseCommandLine(['--nope'], JOIN_LIKE),
      parseCommandLine(['--out'], JOIN_LIKE),
      parseCommandLine(['--out', '--json'], JOIN_LIKE),
      parseCommandLine(['--json=yes'], JOIN_LIKE),
      parseCommandLine(['--by', 'day'], JOIN_LIKE),
    ]).toEqual([
      { ok: false, problem: 'unknown option --nope' },
      { ok: false, problem: '--out needs a value' },
      { ok: false, problem: '--out needs a value' },
      { ok: false, problem: '--json takes no value' },
      { ok: false, problem: '--by must be one of month, week, not "day"' },
    ]);
  });
});
