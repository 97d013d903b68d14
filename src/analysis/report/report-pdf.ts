/**
 * The PDF of a report document (issue 18), written with pdf-lib and fontkit: real, selectable text in an
 * embedded TrueType font that has every Welsh letter (ŵ, ŷ), wrapped paragraphs, tables that break across
 * pages with their header repeated, and on every page the marking (top and foot), the version, the date
 * produced and "page n of m". pdf-lib is used rather than the hand-written image writer (pdf-writer.ts)
 * because it embeds and subsets fonts and writes text with the right glyph widths and a ToUnicode map, so
 * the text can be searched, copied and read aloud.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText, type FontSpec } from '../export/text-wrap';
import type { ReportBlock, ReportDocument } from './report-document';
import type { Wording } from './report-wording';
import { layoutTable, type TableLayout } from './report-table-layout';

/** The TrueType fonts to embed (DejaVu Sans, public/fonts/). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** How far the writer has gone, and a way to stop it. */
export interface ReportPdfOptions {
  /** BCP 47 language of the text ("en-GB", "cy-GB"), written as the document's language. */
  languageTag: string;
  /** Called after each section with how many of the sections are written. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the writer between sections; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A4 portrait in points, and the page's margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 50, top: 62, bottom: 62 } as const;
const SIZE = { title: 18, subtitle: 10, section: 14, heading: 11, body: 10, table: 8.5, furniture: 8 } as const;
const INK = rgb(0.1, 0.1, 0.1);
const RULE = rgb(0.6, 0.6, 0.6);
const HEADER_FILL = rgb(0.9, 0.9, 0.92);

/** The page being filled, and where the next line goes (y from the bottom, as PDF counts). */
interface Cursor {
  page: PDFPage;
  y: number;
}

class Writer {
  readonly pages: PDFPage[] = [];
  cursor!: Cursor;
  constructor(readonly pdf: PDFDocument, readonly regular: PDFFont, readonly bold: PDFFont) {}

  newPage(): void {
    const page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    this.cursor = { page, y: PAGE.height - PAGE.top };
  }

  get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  room(): number {
    return this.cursor.y - PAGE.bottom;
  }

  /** Starts a new page unless `height` fits on this one. */
  ensure(height: number): void {
    if (height > this.room()) this.newPage();
  }

  lines(text: string, font: FontSpec, maxWidth: number): string[] {
    return wrapText(text, font, maxWidth, (t, f) => (f.bold ? this.bold : this.regular).widthOfTextAtSize(t, f.sizePx));
  }

  /** Wrapped text across the page width, flowing onto new pages line by line. */
  text(text: string, sizePt: number, bold = false, gapAfter = 6): void {
    const lineHeight = sizePt * 1.3;
    for (const line of this.lines(text, { sizePx: sizePt, bold }, this.width)) {
      this.ensure(lineHeight);
      this.cursor.y -= lineHeight;
      this.cursor.page.drawText(line, { x: PAGE.margin, y: this.cursor.y + sizePt * 0.25, size: sizePt, font: bold ? this.bold : this.regular, color: INK });
    }
    this.cursor.y -= gapAfter;
  }

  table(layout: TableLayout, caption: string, continued: string): void {
    const drawRow = (cells: string[][], height: number, header: boolean) => {
      const { page } = this.cursor;
      const top = this.cursor.y;
      if (header) page.drawRectangle({ x: PAGE.margin, y: top - height, width: this.width, height, color: HEADER_FILL });
      let x = PAGE.margin;
      cells.forEach((lines, column) => {
        lines.forEach((line, i) => page.drawText(line, { x: x + layout.padding, y: top - layout.padding - (i + 1) * layout.lineHeight + layout.sizePt * 0.25, size: layout.sizePt, font: header ? this.bold : this.regular, color: INK }));
        x += layout.columnWidths[column];
      });
      page.drawLine({ start: { x: PAGE.margin, y: top - height }, end: { x: PAGE.margin + this.width, y: top - height }, thickness: 0.5, color: RULE });
      this.cursor.y -= height;
    };
    const captionHeight = SIZE.table * 1.6;
    const drawHead = (text: string) => {
      this.cursor.y -= captionHeight;
      this.cursor.page.drawText(text, { x: PAGE.margin, y: this.cursor.y + 3, size: SIZE.table + 0.5, font: this.bold, color: INK });
      drawRow(layout.header, layout.headerHeight, true);
    };
    this.ensure(captionHeight + layout.headerHeight + (layout.rowHeights[0] ?? 0));
    drawHead(caption);
    layout.rows.forEach((row, r) => {
      if (layout.rowHeights[r] > this.room()) {
        this.newPage();
        drawHead(continued);
      }
      drawRow(row, layout.rowHeights[r], false);
    });
    this.cursor.y -= 10;
  }
}

function writeBlock(writer: Writer, block: ReportBlock, word: Wording): void {
  if (block.kind === 'heading') {
    writer.ensure(SIZE.heading * 4);
    writer.text(word(block.text), SIZE.heading, true, 3);
  } else if (block.kind === 'paragraph') {
    writer.text(word(block.text), SIZE.body);
  } else {
    const caption = word(block.caption);
    const layout = layoutTable(block.header.map(word), block.rows.map((row) => row.map(word)), block.widths, writer.width, SIZE.table, (text, bold, maxWidth) => writer.lines(text, { sizePx: SIZE.table, bold }, maxWidth));
    writer.table(layout, caption, word({ kind: 'message', key: 'document.continued', params: { title: caption } }));
  }
}

/** A written PDF: the file's bytes and how many pages it has. */
export interface ReportPdf {
  bytes: Uint8Array;
  pageCount: number;
  /** For each page, the index of the section it shows (a section may fill several pages). */
  sectionOfPage: number[];
}

/** Lets the page repaint (progress) and a cancel arrive between sections. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Writes the document as a PDF. */
export async function writeReportPdf(doc: ReportDocument, word: Wording, fonts: ReportFonts, options: ReportPdfOptions): Promise<ReportPdf> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const title = word(doc.title);
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setSubject(doc.subtitle.map(word).join('. '));
  pdf.setCreator('Cohesion Atlas');
  pdf.setProducer('Cohesion Atlas (pdf-lib)');
  pdf.setCreationDate(new Date(doc.producedMs));
  pdf.setModificationDate(new Date(doc.producedMs));
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(options.languageTag));
  const writer = new Writer(pdf, await pdf.embedFont(fonts.regular, { subset: true }), await pdf.embedFont(fonts.bold, { subset: true }));
  writer.newPage();
  writer.text(title, SIZE.title, true, 4);
  for (const line of doc.subtitle) writer.text(word(line), SIZE.subtitle, false, 2);
  writer.cursor.y -= 12;
  const sectionOfPage: number[] = [];
  for (const [index, section] of doc.sections.entries()) {
    await nextTask();
    if (options.signal?.aborted) throw options.signal.reason;
    if (index > 0) writer.newPage();
    writer.text(word(section.title), SIZE.section, true, 6);
    for (const block of section.blocks) writeBlock(writer, block, word);
    while (sectionOfPage.length < writer.pages.length) sectionOfPage.push(index);
    options.onProgress?.(index + 1, doc.sections.length);
  }
  drawFurniture(writer, doc, word);
  return { bytes: await pdf.save(), pageCount: writer.pages.length, sectionOfPage };
}

/** The marking at the top and foot of every page, with the version, date produced and page number. */
function drawFurniture(writer: Writer, doc: ReportDocument, word: Wording): void {
  const marking = word(doc.marking);
  const tier = word(doc.tierLabel);
  const produced = word({ kind: 'date', timeMs: doc.producedMs });
  const pages = writer.pages.length;
  writer.pages.forEach((page, i) => {
    const markWidth = writer.bold.widthOfTextAtSize(marking, SIZE.furniture + 1);
    page.drawText(marking, { x: (PAGE.width - markWidth) / 2, y: PAGE.height - 34, size: SIZE.furniture + 1, font: writer.bold, color: INK });
    const footer = word({ kind: 'message', key: 'document.footer', params: { marking, tier, date: produced, page: i + 1, pages } });
    const lines = writer.lines(footer, { sizePx: SIZE.furniture, bold: false }, writer.width);
    lines.forEach((line, n) => page.drawText(line, { x: PAGE.margin, y: 34 - n * SIZE.furniture * 1.3, size: SIZE.furniture, font: writer.regular, color: INK }));
  });
}
