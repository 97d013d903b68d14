import { describe, expect, it } from 'vitest';
import { unzlibSync, zlibSync } from 'fflate';
import { buildImagePdf, mmToPt, pdfDate, pdfString } from './pdf-writer';

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('buildImagePdf', () => {
  const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
  const pdf = buildImagePdf(mmToPt(210), mmToPt(297), { widthPx: 2, heightPx: 2, zlibRgb: zlibSync(rgb) }, { title: 'Tŷ map', created: new Date(Date.UTC(2026, 10, 21, 9, 5, 3)) });
  const text = latin1(pdf);

  it('has an A4 page in points and an xref whose offsets point at each object', () => {
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/(\d{10}) 00000 n/g)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('embeds the image stream intact, with its declared length, drawn over the whole page', () => {
    const length = Number(/\/Width 2 \/Height 2 .*\/Length (\d+) >>\nstream\n/.exec(text)![1]);
    const start = text.indexOf('stream\n', text.indexOf('/Subtype /Image')) + 7;
    expect(Array.from(unzlibSync(pdf.subarray(start, start + length)))).toEqual(Array.from(rgb));
    expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
    expect(text).toContain('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q');
  });

  it('writes the title in UTF-16 when it is not plain ASCII, and the creation date in UTC', () => {
    expect(text).toContain('/Title <FEFF005401770020006D00610070>');
    expect(text).toContain('/CreationDate (D:20261121090503Z)');
  });
});

describe('pdf strings and dates', () => {
  it('escapes brackets and backslashes in literal strings', () => {
    expect(pdfString('a (b) \\c')).toBe('(a \\(b\\) \\\\c)');
    expect(pdfDate(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('D:20250102030405Z');
  });
});
