import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** Writes lines top-down on A4 (the board report, certificates of attendance), wrapping at the margin and starting a new page when one is full. */
export class PdfWriter {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly colour: Color,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Helvetica speaks WinAnsi: Dutch accents are in it, anything else becomes "?". */
  private encodable(text: string, font: PDFFont): string {
    const supported = new Set(font.getCharacterSet());
    return [...text.replace(/[\u2212\u2013\u2014]/g, '-').replace(/\s+/g, ' ')]
      .map((c) => (supported.has(c.codePointAt(0)!) ? c : '?'))
      .join('');
  }

  text(raw: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    const width = A4[0] - 2 * MARGIN - indent;
    const words = this.encodable(raw, font).split(' ');
    let line = '';
    const flush = () => {
      if (this.y < MARGIN + size) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: this.colour });
      this.y -= size * 1.35;
      line = '';
    };
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        flush();
        line = word;
      } else {
        line = candidate;
      }
    }
    flush();
    this.y -= options.gap ?? 0;
  }

  space(points: number): void {
    this.y -= points;
  }
}

/**
 * A new A4 document with Helvetica and a writer on it. pdf-lib is loaded with the first PDF, not
 * at server start: its modules take about a second to load and only reports and certificates use it.
 */
export async function createPdf(): Promise<{ doc: PDFDocument; writer: PdfWriter }> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const writer = new PdfWriter(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
    rgb(0.1, 0.1, 0.1),
  );
  return { doc, writer };
}
