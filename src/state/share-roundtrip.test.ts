import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { loadTableFiles } from '../data/load-tables';
import { authorityGroups } from '../data/share-package/authorities';
import type { InputFile } from '../types';
import { identifyFiles } from '../data/file-kind';
import { useDataStore } from './data-store';
import { useTableStore } from './table-store';
import { useLayerStore } from './layer-store';
import { buildShareExport } from './share-export';
import { provideServices } from './services';
import { nodeServices } from '../../test/helpers/workspace-session';
import { parseTableField, tableFieldSuppressed, tableFieldValues, tableFieldsFor } from './table-derived';

const file = (path: string): InputFile => {
  const buffer = readFileSync(new URL(`../../${path}`, import.meta.url));
  return { name: path.split('/').pop()!, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
};

beforeAll(async () => {
  provideServices({
    ...nodeServices(),
    boundaryLoader: (request, onProgress) => loadBoundaryDatasets(request, onProgress),
    identifyFiles: async (files) => identifyFiles(files),
    tableLoader: (files, request, onProgress) => loadTableFiles(files, { ...request, onProgress }),
  });
  await useDataStore.getState().loadExample([file('boundaries/example-lsoas.geojson')], [], ['Example LSOAs']);
  await useTableStore.getState().loadExampleTables([file('layers/example-indicators-lsoa.csv'), file('layers/example-communities-lsoa.csv')], ['Example local indicators', 'Example communities']);
});

describe('share package through the stores (example borough)', () => {
  it('exports Wellmoor’s LSOAs and, dropped back in, restores identical values per area and period, tagged Wellmoor', async () => {
    const lsoas = useDataStore.getState().datasets['example-lsoas'];
    const wellmoor = authorityGroups(lsoas).find((g) => g.name === 'Wellmoor')!;
    expect(wellmoor.areaIndexes).toHaveLength(89);
    const exported = buildShareExport({
      datasetId: lsoas.id, areaIndexes: wellmoor.areaIndexes, authority: { name: wellmoor.name, code: wellmoor.code }, marking: 'OFFICIAL',
      include: { fields: true, incidents: true, tables: true, tension: true, points: false }, suppressSmallCounts: true, classification: null, producedAt: '2026-11-21T12:00:00.000Z',
    })!;
    expect(exported.fileName).toBe('wellmoor-2026-11-21.atlas-share.json');
    await useDataStore.getState().loadFiles([{ name: exported.fileName, bytes: new TextEncoder().encode(exported.text).buffer as ArrayBuffer }]);
    const { datasets, order, errors } = useDataStore.getState();
    expect(errors).toEqual([]);
    const restored = datasets[order[order.length - 1]];
    expect(restored.origin).toMatchObject({ kind: 'share-package', authority: { name: 'Wellmoor', code: 'X06000002' }, marking: 'OFFICIAL', formatVersion: 2 });
    expect(restored.areaCodes).toEqual(wellmoor.areaIndexes.map((i) => lsoas.areaCodes[i]));
    // Mapped straight away, on a table of the package.
    expect(parseTableField(useLayerStore.getState().layers[restored.id]?.style.valueField)?.tableId).toMatch(/^share-/);
    // Every indicator in every period: the restored value equals the original for each Wellmoor LSOA,
    // except cells withheld as small counts, which are marked suppressed (never 0).
    const tables = useTableStore.getState().tables;
    const original = tableFieldsFor(lsoas, tables, ['example-indicators-lsoa', 'example-communities-lsoa']).filter((r) => r.measure === 'value');
    let compared = 0;
    let suppressed = 0;
    for (const ref of original) {
      const source = tables[ref.tableId];
      const name = source.indicators[ref.indicator].name;
      const received = Object.values(tables).find((t) => t.origin && t.indicators.some((i) => i.name === name) && t.periods.join() === source.periods.join())!;
      const indicator = received.indicators.findIndex((i) => i.name === name);
      const before = tableFieldValues(lsoas, `table:${ref.tableId}:${ref.indicator}:${ref.period}:value`, tables)!;
      const after = tableFieldValues(restored, `table:${received.id}:${indicator}:${ref.period}:value`, tables)!;
      restored.areaCodes.forEach((_, r) => {
        const value = before[wellmoor.areaIndexes[r]];
        const mark = received.indicators[indicator].suppressed![r * received.periods.length + ref.period];
        const field = `table:${received.id}:${indicator}:${ref.period}:value`;
        expect(tableFieldSuppressed(restored, field, tables)?.[r] ?? false).toBe(mark === 1);
        if (mark) {
          suppressed += 1;
          expect(source.indicators[ref.indicator].unit === 'count' && value !== null && value > 0 && value < 5).toBe(true);
          expect(after[r]).toBeNull();
        } else {
          expect(after[r]).toBe(value);
        }
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThan(89 * 10);
    expect(suppressed).toBeGreaterThan(0);
  });

  it('reads the superseded version 0 fixture through the drop route', async () => {
    const before = useDataStore.getState().order.length;
    await useDataStore.getState().loadFiles([file('test/fixtures/share-package/legacy-v0.atlas-share.json')]);
    const { datasets, order, warnings, errors } = useDataStore.getState();
    expect(errors).toEqual([]);
    expect(order).toHaveLength(before + 1);
    const restored = datasets[order[order.length - 1]];
    expect(restored.label).toBe('Wellmoor (Wellmoor)');
    expect(restored.origin?.formatVersion).toBe(0);
    expect(warnings[restored.id].map((w) => w.code)).toEqual(['share-package-migrated']);
  });

  it('reports a broken package by file and field and keeps what is loaded', async () => {
    const before = useDataStore.getState().order.length;
    const text = '{"format":"cohesion-atlas-share","version":1,"metadata":{"authority":{}}}';
    await useDataStore.getState().loadFiles([{ name: 'broken.atlas-share.json', bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }]);
    const { order, errors } = useDataStore.getState();
    expect(order).toHaveLength(before);
    expect(errors.map((e) => [e.code, e.file])).toEqual([['bad-share-package', 'broken.atlas-share.json']]);
    expect(errors[0].params.path).toBe('metadata.authority.name');
  });
});

