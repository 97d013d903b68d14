import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIncidentCsvFiles } from '../../data/importers/incidents-csv';
import { writePoliceCsv } from './police-csv';

describe('writePoliceCsv', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('writes a police.uk file the incident importer reads whole, the same for the same seed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'police-csv-'));
    folders.push(folder);
    const options = { rows: 120_003, seed: 5, bbox: [-3.4, 51.5, -3.0, 51.8] as [number, number, number, number], months: 24, firstYear: 2022 };
    writePoliceCsv(join(folder, 'a.csv'), options);
    writePoliceCsv(join(folder, 'b.csv'), options);
    const text = readFileSync(join(folder, 'a.csv'), 'utf8');
    expect(readFileSync(join(folder, 'b.csv'), 'utf8')).toBe(text);
    const bytes = readFileSync(join(folder, 'a.csv'));
    const result = await parseIncidentCsvFiles([{ name: 'a.csv', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }], { id: 'bench' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.count).toBe(120_003);
    expect(result.value.report.rowsKept).toBe(120_003);
    expect(result.value.report.rowsRead).toBe(120_003);
    expect(result.value.format).toBe('police-uk-csv');
    for (let i = 0; i < result.value.count; i += 997) {
      expect(result.value.lng[i]).toBeGreaterThanOrEqual(-3.4);
      expect(result.value.lat[i]).toBeLessThanOrEqual(51.8);
    }
    const months = new Set(text.split('\n').slice(1, -1).map((line) => line.split(',')[1]));
    expect([...months].sort()).toEqual(Array.from({ length: 24 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`));
  });
});
