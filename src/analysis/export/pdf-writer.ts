/**
 * A minimal one-page PDF writer: a page of exact paper size (points) filled by one RGB image whose
 * samples are already zlib-compressed (FlateDecode). Enough for a print-ready map page without a PDF library.
 */

/** The page image: pixel size and zlib-compressed 8-bit RGB rows, top row first. */
export interface PdfImage {
  widthPx: number;
  heightPx: number;
  zlibRgb: Uint8Array;
}

/** Millimetres to PDF points (1/72 inch). */
export function mmToPt(mm: number): number {
  return (mm / 25.4) * 72;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex with a byte-order mark. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** PDF date "D:YYYYMMDDHHmmSSZ" (UTC). */
export function pdfDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`;
}

/** The bytes of a one-page PDF, `widthPt` × `heightPt`, showing `image` over the whole page. */
export function buildImagePdf(widthPt: number, heightPt: number, image: PdfImage, info: { title: string; created: Date }): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: string | Uint8Array) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (body: string | Array<string | Uint8Array>) => {
    offsets.push(length);
    push(`${offsets.length} 0 obj\n`);
    for (const piece of Array.isArray(body) ? body : [body]) push(piece);
    push('\nendobj\n');
  };
  const w = widthPt.toFixed(2);
  const h = heightPt.toFixed(2);
  const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  object('<< /Type /Catalog /Pages 2 0 R >>');
  object('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`);
  object([`<< /Type /XObject /Subtype /Image /Width ${image.widthPx} /Height ${image.heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.zlibRgb.length} >>\nstream\n`, image.zlibRgb, '\nendstream']);
  object(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  object(`<< /Title ${pdfString(info.title)} /Producer (Cohesion Atlas) /CreationDate (${pdfDate(info.created)}) >>`);
  const xrefAt = length;
  push(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
