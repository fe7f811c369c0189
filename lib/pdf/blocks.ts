// Lists and label/value tables, tagged as L > LI > (Lbl, LBody) and Table > TR > (TH, TD).
import { FONT } from "./fonts";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "./style";
import type { TextStyle, Writer } from "./writer";

type Struct = PDFKit.PDFStructureElement;

export interface ListItem {
  lead?: string;
  text: string;
}

/** A bulleted list (L > LI > Lbl + LBody); an item may have a bold lead line. Items stay whole on a page. */
export function drawList(
  w: Writer,
  parent: Struct,
  items: (string | ListItem)[],
  style: TextStyle & { bullet?: (i: number) => string } = {},
): void {
  const list = w.section(parent, "L");
  const x = style.x ?? PAGE.marginX;
  const indent = 14;
  const width = (style.width ?? CONTENT_WIDTH - (x - PAGE.marginX)) - indent;
  items.forEach((raw, i) => {
    const item = typeof raw === "string" ? { text: raw } : raw;
    const leadHeight = item.lead ? w.heightOf(item.lead, { ...style, font: FONT.bold, width }) : 0;
    w.ensure(leadHeight + (item.text ? w.heightOf(item.text, { ...style, width }) : 0) + 2);
    const y = w.doc.y;
    const li = w.section(list, "LI");
    w.tagged(li, "Lbl", () => {
      w.write(style.bullet?.(i) ?? "•", x, y, { ...style, font: FONT.bold, color: COLOR.accent, width: undefined });
    });
    w.tagged(li, "LBody", () => {
      if (item.lead) w.write(item.lead, x + indent, y, { ...style, font: FONT.bold, width, spaceAfter: Boolean(item.text) });
      if (item.text)
        w.write(item.text, x + indent, item.lead ? w.doc.y : y, { ...style, color: item.lead ? COLOR.muted : style.color, width });
    });
    w.doc.y += style.gapAfter ?? 4;
  });
}

/** Label/value rows as a two-column table with row headers. */
export function drawTable(
  w: Writer,
  parent: Struct,
  rows: { label: string; value: string }[],
  opts: { labelWidth?: number; x?: number; width?: number } = {},
): void {
  const x = opts.x ?? PAGE.marginX;
  const labelWidth = opts.labelWidth ?? 150;
  const valueWidth = (opts.width ?? CONTENT_WIDTH) - labelWidth;
  const table = w.section(parent, "Table");
  for (const row of rows) {
    const height = Math.max(
      w.heightOf(row.label, { font: FONT.bold, width: labelWidth - 10 }),
      w.heightOf(row.value, { width: valueWidth }),
    );
    w.ensure(height + 8);
    const y = w.doc.y;
    const tr = w.section(table, "TR");
    w.tagged(tr, "TH", () => w.write(row.label, x, y, { font: FONT.bold, color: COLOR.muted, width: labelWidth - 10 }), { scope: "Row" });
    w.tagged(tr, "TD", () => w.write(row.value, x + labelWidth, y, { width: valueWidth }));
    w.artifact(() =>
      w.doc
        .moveTo(x, y + height + 4)
        .lineTo(x + labelWidth + valueWidth, y + height + 4)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke(),
    );
    w.doc.y = y + height + 9;
  }
}

/** A small paragraph on a tinted panel (the panel an Artifact), for a sentence a reader must not miss. */
export function drawNotice(w: Writer, parent: Struct, text: string): void {
  const style = { size: SIZE.small, width: CONTENT_WIDTH - 20, x: PAGE.marginX + 10 };
  const height = w.heightOf(text, style) + 14;
  w.ensure(height + 6);
  const top = w.y;
  w.artifact(() => w.doc.rect(PAGE.marginX, top, CONTENT_WIDTH, height).fillColor(COLOR.panel).fill());
  w.y = top + 7;
  w.paragraph(parent, text, { ...style, gapAfter: 0 });
  w.y = top + height + 6;
}
