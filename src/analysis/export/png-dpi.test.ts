import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { crc32, withPngDpi } from './png-dpi';

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

function chunkTypes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  for (let offset = 8; offset + 12 <= bytes.length; offset += 12 + view.getUint32(offset)) types.push(String.fromCharCode(...bytes.subarray(offset + 4, offset + 8)));
  return types;
}

describe('withPngDpi', () => {
  it('adds a pHYs chunk after IHDR that decoders accept, with pixels per metre for the dpi', () => {
    const marked = withPngDpi(tinyPng(), 300);
    expect(chunkTypes(marked).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    const view = new DataView(marked.buffer, marked.byteOffset);
    const phys = 8 + 25; // signature + IHDR chunk
    expect(view.getUint32(phys + 8)).toBe(11811); // 300 / 0.0254, rounded
    expect(view.getUint32(phys + 12)).toBe(11811);
    expect(marked[phys + 16]).toBe(1);
    const decoded = PNG.sync.read(Buffer.from(marked), { checkCRC: true } as never);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });

  it('replaces an existing pHYs rather than adding a second, and leaves non-PNG bytes alone', () => {
    const twice = withPngDpi(withPngDpi(tinyPng(), 150), 300);
    expect(chunkTypes(twice).filter((t) => t === 'pHYs')).toHaveLength(1);
    const other = new Uint8Array([1, 2, 3]);
    expect(withPngDpi(other, 300)).toBe(other);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
