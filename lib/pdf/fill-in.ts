// Parts of a form to fill in on paper: writing lines under a label, a grid with column (and row) headers,
// boxes to tick. What a screen reader needs is tagged (the label, TH with its Scope, each choice as a list
// item); the lines, boxes and cell borders are Artifacts: there is nothing to read in an empty line.
import { FONT } from "./fonts";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "./style";
import type { Writer } from "./writer";

type Struct = PDFKit.PDFStructureElement;

/** The height of one handwritten line. */
export const WRITING_LINE = 22;
const PAD = 5;

function rule(w: Writer, x1: number, x2: number, y: number, color: string = COLOR.muted): void {
  w.artifact(() => w.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.6).strokeColor(color).stroke());
}

/** A bold label (tagged P) with `lines` empty lines to write on under it. */
export function drawWritingLines(w: Writer, parent: Struct, label: string, lines: number): void {
  w.ensure(w.heightOf(label, { font: FONT.bold }) + lines * WRITING_LINE + 8);
  w.paragraph(parent, label, { font: FONT.bold, gapAfter: 0 });
  const top = w.y;
  for (let i = 1; i <= lines; i++) rule(w, PAGE.marginX, PAGE.marginX + CONTENT_WIDTH, top + i * WRITING_LINE);
  w.y = top + lines * WRITING_LINE + 10;
}

/** Items with an empty box in front of each (L > LI > LBody; the box is an Artifact). */
export function drawTickList(w: Writer, parent: Struct, items: readonly string[]): void {
  const list = w.section(parent, "L");
  const indent = 20;
  for (const item of items) {
    const height = w.heightOf(item, { width: CONTENT_WIDTH - indent });
    w.ensure(height + 6);
    const y = w.y;
    w.artifact(() =>
      w.doc
        .rect(PAGE.marginX, y + 1, 10, 10)
        .lineWidth(0.8)
        .strokeColor(COLOR.text)
        .stroke(),
    );
    const li = w.section(list, "LI");
    w.tagged(li, "LBody", () => w.write(item, PAGE.marginX + indent, y, { width: CONTENT_WIDTH - indent }));
    w.y += 6;
  }
  w.y += 4;
}

export interface GridRow {
  /** A row header (TH, Scope Row) in the first column; without it every cell is empty. */
  label?: string;
  /** A colour swatch beside the label (never instead of it). */
  swatch?: string;
}

/**
 * A table with a header row (TH, Scope Column) and rows of empty cells `lines` handwritten lines high.
 * A row never splits over two pages; on a new page the header row is drawn again (as an Artifact: it
 * was read once already).
 */
export function drawGrid(
  w: Writer,
  parent: Struct,
  {
    columns,
    rows,
    lines = 2,
    firstColumnWidth,
  }: { columns: readonly string[]; rows: readonly GridRow[]; lines?: number; firstColumnWidth?: number },
): void {
  const x0 = PAGE.marginX;
  const first = firstColumnWidth ?? CONTENT_WIDTH / columns.length;
  const rest = columns.length > 1 ? (CONTENT_WIDTH - first) / (columns.length - 1) : 0;
  const widths = columns.map((_, i) => (i === 0 ? first : rest));
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const style = { font: FONT.bold, size: SIZE.small };
  const headerHeight = Math.max(...columns.map((c, i) => w.heightOf(c, { ...style, width: (widths[i] ?? 0) - 2 * PAD }))) + 2 * PAD;
  const rowHeight = lines * WRITING_LINE;

  const table = w.section(parent, "Table");
  const drawHeaderBox = (y: number) => {
    w.artifact(() => {
      w.doc.rect(x0, y, CONTENT_WIDTH, headerHeight).fillColor(COLOR.panelStrong).fill();
      columns.forEach((_, i) =>
        w.doc
          .rect(xs[i] ?? x0, y, widths[i] ?? 0, headerHeight)
          .lineWidth(0.6)
          .strokeColor(COLOR.muted)
          .stroke(),
      );
    });
  };
  const headerTexts = (y: number, tag: boolean) => {
    const tr = tag ? w.section(w.section(table, "THead"), "TR") : null;
    columns.forEach((c, i) => {
      const draw = () => w.write(c, (xs[i] ?? x0) + PAD, y + PAD, { ...style, width: (widths[i] ?? 0) - 2 * PAD });
      if (tr) w.tagged(tr, "TH", draw, { scope: "Column" });
      else w.artifact(draw, "Pagination");
    });
  };

  w.ensure(headerHeight + rowHeight);
  let y = w.y;
  drawHeaderBox(y);
  headerTexts(y, true);
  y += headerHeight;
  const body = w.section(table, "TBody");
  for (const row of rows) {
    const labelHeight = row.label ? w.heightOf(row.label, { ...style, width: first - 2 * PAD - (row.swatch ? 14 : 0) }) + 2 * PAD : 0;
    const height = Math.max(rowHeight, labelHeight);
    w.y = y;
    if (y + height > PAGE.height - PAGE.bottom) {
      w.newPage();
      y = w.y;
      drawHeaderBox(y);
      headerTexts(y, false);
      y += headerHeight;
    }
    const rowTop = y;
    w.artifact(() =>
      columns.forEach((_, i) =>
        w.doc
          .rect(xs[i] ?? x0, rowTop, widths[i] ?? 0, height)
          .lineWidth(0.6)
          .strokeColor(COLOR.muted)
          .stroke(),
      ),
    );
    const tr = w.section(body, "TR");
    columns.forEach((_, i) => {
      if (i === 0 && row.label) {
        const label = row.label;
        const swatch = row.swatch;
        if (swatch)
          w.artifact(() =>
            w.doc
              .rect(x0 + PAD, rowTop + PAD + 1, 9, 9)
              .fillColor(swatch)
              .fill(),
          );
        w.tagged(
          tr,
          "TH",
          () => w.write(label, x0 + PAD + (swatch ? 14 : 0), rowTop + PAD, { ...style, width: first - 2 * PAD - (swatch ? 14 : 0) }),
          {
            scope: "Row",
          },
        );
      } else w.section(tr, "TD");
    });
    y += height;
  }
  w.y = y + 12;
}
