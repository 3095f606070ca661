import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportContent, ReportTable } from './report-content.js';

const require = createRequire(import.meta.url);
// Noto Sans (SIL Open Font License) covers every character of the four languages, the minus sign and
// typographic quotes; PDF's built-in Helvetica does not. fontkit reads the WOFF files directly.
const FONT_REGULAR = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
const FONT_BOLD = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff');

const MARGIN = 48;
const MUTED = '#4a5560';

/**
 * The report as PDF (A4): the same content as the HTML report, laid out with pdfkit; charts are
 * the server-drawn SVGs placed as vector graphics. Streams into `output` page by page.
 */
export function writeReportPdf(content: ReportContent, output: Writable): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: false, info: { Title: content.title, Creator: 'Polyphony' }, lang: content.language });
  const done = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(output);
  doc.registerFont('Regular', FONT_REGULAR);
  doc.registerFont('Bold', FONT_BOLD);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('Bold').fontSize(18).text(content.title);
  doc.font('Regular').fontSize(10).fillColor(MUTED).text(content.subtitle).fillColor('black').moveDown(0.5);
  for (const notice of content.notices) doc.font('Bold').fontSize(10).fillColor('#8a5a00').text(notice).fillColor('black').moveDown(0.3);

  for (const section of content.sections) {
    ensureSpace(doc, 60);
    doc.moveDown(0.8).font('Bold').fontSize(13).text(section.heading, MARGIN).moveDown(0.3);
    for (const paragraph of section.paragraphs) doc.font('Regular').fontSize(10).text(paragraph, MARGIN, undefined, { width }).moveDown(0.4);
    for (const chart of section.charts) {
      const height = (chart.height * width) / chart.width;
      ensureSpace(doc, height + 40);
      const top = doc.y;
      SVGtoPDF(doc, chart.svg, MARGIN, top, { width, height, preserveAspectRatio: 'xMinYMin meet', fontCallback: (_family: string, bold: boolean) => (bold ? 'Bold' : 'Regular') });
      doc.y = top + height + 4;
      doc.font('Bold').fontSize(8.5).text(`${chart.title}. `, MARGIN, doc.y, { continued: true, width }).font('Regular').fillColor(MUTED).text(chart.description).fillColor('black').moveDown(0.6);
    }
    for (const table of section.tables) drawTable(doc, table, width);
    section.items.forEach((item, index) => {
      ensureSpace(doc, 30);
      doc.font('Regular').fontSize(10).text(`${index + 1}. ${item}`, MARGIN, undefined, { width, indent: 0 }).moveDown(0.3);
    });
  }
  doc.end();
  return done;
}

function ensureSpace(doc: PDFKit.PDFDocument, needed: number): void {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

/** A ruled table; the first column a little wider, rows never split across pages, header repeated. */
function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, width: number): void {
  const columns = table.head.length;
  const fontSize = columns > 6 ? 7 : 8;
  const first = Math.min(width * 0.28, (width / columns) * 1.4);
  const rest = (width - first) / Math.max(columns - 1, 1);
  const widths = table.head.map((_, index) => (index === 0 ? first : rest));
  const padding = 3;

  const rowHeight = (cells: string[], font: string) =>
    Math.max(...cells.map((cell, index) => doc.font(font).fontSize(fontSize).heightOfString(cell, { width: widths[index] - 2 * padding }))) + 2 * padding;
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const height = rowHeight(cells, font);
    let x = MARGIN;
    const y = doc.y;
    cells.forEach((cell, index) => {
      const cellWidth = widths[index];
      if (fill) doc.rect(x, y, cellWidth, height).fill(fill);
      doc.rect(x, y, cellWidth, height).lineWidth(0.5).strokeColor('#ccccdd').stroke();
      doc.fillColor('black').font(index === 0 && font === 'Regular' ? 'Bold' : font).fontSize(fontSize).text(cell, x + padding, y + padding, { width: cellWidth - 2 * padding });
      x += cellWidth;
    });
    doc.x = MARGIN;
    doc.y = y + height;
  };

  ensureSpace(doc, 60);
  doc.moveDown(0.4).font('Bold').fontSize(10.5).text(table.title, MARGIN, undefined, { width });
  doc.font('Regular').fontSize(8.5).fillColor(MUTED).text(table.caption, MARGIN, undefined, { width }).fillColor('black').moveDown(0.3);
  drawRow(table.head, 'Bold', '#f1f3f6');
  for (const row of table.rows) {
    if (doc.y + rowHeight(row, 'Regular') > doc.page.height - MARGIN) {
      doc.addPage();
      drawRow(table.head, 'Bold', '#f1f3f6');
    }
    drawRow(row, 'Regular', null);
  }
  doc.moveDown(0.6);
}
