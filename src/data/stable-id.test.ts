import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { contentId, randomId, textId, unusedId } from './stable-id';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('content-derived ids', () => {
  it('are the SHA-256 of each file name with its own SHA-256, the same for the same content', async () => {
    const text = '{"type":"FeatureCollection","features":[]}';
    const first = await contentId('boundaries', [textFile('wards.geojson', text)], ['wards']);
    const again = await contentId('boundaries', [textFile('wards.geojson', text)], ['wards']);
    const expected = sha256(JSON.stringify([[['wards.geojson', sha256(text)]], ['wards']])).slice(0, 16);
    expect(first).toBe(`boundaries-${expected}`);
    expect(again).toBe(first);
  });

  it('differ when the bytes, the file name or the extra detail (a TopoJSON object) differ', async () => {
    const ids = await Promise.all([
      contentId('tables', [textFile('a.csv', 'x,y\n1,2\n')]),
      contentId('tables', [textFile('a.csv', 'x,y\n1,3\n')]),
      contentId('tables', [textFile('b.csv', 'x,y\n1,2\n')]),
      contentId('tables', [textFile('a.csv', 'x,y\n1,2\n')], ['Sheet2']),
    ]);
    expect(new Set(ids).size).toBe(4);
  });

  it('derive an id from text the same way', async () => {
    expect(await textId('table', 'table-a table-b')).toBe(`table-${sha256('table-a table-b').slice(0, 16)}`);
  });
});

describe('random and unused ids', () => {
  it('makes random ids of the kind, without the colon that separates parts of field ids', () => {
    const ids = Array.from({ length: 50 }, () => randomId('view'));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^view-[0-9a-f]{16}$/);
  });

  it('keeps a free id and numbers a taken one with the first free suffix', () => {
    const taken = new Set(['tables-1', 'tables-1_2']);
    expect(unusedId('tables-9', (id) => taken.has(id))).toBe('tables-9');
    expect(unusedId('tables-1', (id) => taken.has(id))).toBe('tables-1_3');
    expect(unusedId('tables-1', (id) => id === 'tables-1')).toBe('tables-1_2');
  });
});
