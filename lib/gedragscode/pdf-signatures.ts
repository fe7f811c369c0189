// The signature page of an adopted code ("Ondertekening"): who signed, as what, when, and the start of
// the hash of the text they signed. One drawing for the report and for the code's own PDF.
import { drawContentRule } from "@/lib/pdf/furniture";
import type { SignaturePageModel } from "./document-types";
import { FONT } from "@/lib/pdf/fonts";
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";

type Struct = PDFKit.PDFStructureElement;
type Column = keyof SignaturePageModel["columns"];

// the hash column holds 16 hex characters on one line (about 102 pt in the body size)
const COLUMNS: { key: Column; width: number; noWrap?: boolean }[] = [
  { key: "name", width: 130 },
  { key: "function", width: 105 },
  { key: "signedAt", width: 120 },
  { key: "hash", width: CONTENT_WIDTH - 355, noWrap: true },
];
const GAP = 8;
const HEADER_STYLE = { font: FONT.bold, size: SIZE.small };

/**
 * The columns' widths for these rows: a column whose longest word would not fit ("(ondernemingsraad)")
 * gets the room, taken from the other wrapping columns' spare room, so a word is never cut in two. Only
 * a word wider than all the spare room together is still split (as the line breaker does).
 */
function columnWidths(w: Writer, page: SignaturePageModel): number[] {
  const need = COLUMNS.map((col) => {
    if (col.noWrap) return col.width;
    const words = page.rows.flatMap((row) => row[col.key].split(/\s+/));
    const widest = Math.max(
      ...words.map((word) => w.widthOf(word, { size: SIZE.body })),
      ...page.columns[col.key].split(/\s+/).map((word) => w.widthOf(word, HEADER_STYLE)),
    );
    return Math.ceil(widest) + GAP + 1;
  });
  const widths = COLUMNS.map((col, i) => Math.max(col.width, need[i] ?? 0));
  let excess = widths.reduce((a, b) => a + b, 0) - CONTENT_WIDTH;
  for (let i = 0; i < widths.length && excess > 0; i++) {
    const col = COLUMNS[i];
    if (!col || col.noWrap) continue;
    const spare = Math.max(0, (widths[i] ?? 0) - (need[i] ?? 0));
    const take = Math.min(spare, excess);
    widths[i] = (widths[i] ?? 0) - take;
    excess -= take;
  }
  return widths;
}

/** Starts a new page and draws the signature page as an H2 section inside `parent`, bookmarked under `outline`. */
export function drawSignaturePage(w: Writer, parent: Struct, page: SignaturePageModel, outline: PDFKit.PDFOutline): Struct {
  w.newPage();
  const sect = w.section(parent);
  const top = w.heading(sect, 2, page.title);
  w.bookmark(outline, page.title, top);
  w.paragraph(sect, page.explanation, { size: SIZE.small, color: COLOR.muted, gapAfter: 12 });

  const table = w.section(sect, "Table");
  const widths = columnWidths(w, page);
  const columns = COLUMNS.map((col, i) => ({ ...col, width: widths[i] ?? col.width }));
  const header = () => {
    const y = w.y;
    const tr = w.section(table, "TR");
    let x = PAGE.marginX;
    for (const col of columns) {
      const cx = x;
      w.tagged(tr, "TH", () => w.write(page.columns[col.key], cx, y, { ...HEADER_STYLE, color: COLOR.muted, width: col.width - GAP }), {
        scope: "Column",
      });
      x += col.width;
    }
    w.y = y + 16;
    rule(w, w.y - 4);
  };
  header();
  for (const row of page.rows) {
    const h =
      Math.max(...columns.map((col) => w.heightOf(row[col.key], { size: SIZE.body, width: col.width - GAP, noWrap: col.noWrap }))) + 10;
    if (w.y + h > CONTENT_BOTTOM) {
      w.newPage();
      header();
    }
    const y = w.y + 4;
    const tr = w.section(table, "TR");
    let x = PAGE.marginX;
    for (const col of columns) {
      const cx = x;
      w.tagged(tr, "TD", () => w.write(row[col.key], cx, y, { size: SIZE.body, width: col.width - GAP, noWrap: col.noWrap }));
      x += col.width;
    }
    w.y = y + h - 4;
    rule(w, w.y - 2);
  }
  w.y += 8;
  return sect;
}

const rule = (w: Writer, y: number) => drawContentRule(w, y);
