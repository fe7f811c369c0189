// "Voortgang sinds de eerste scan": the follow-up scan next to the first scan round, with the same texts
// as the results page (./compare-texts.ts). Tables are Table > TR > (TH, TD) with
// column and row headers; the direction of a change is written out, its arrow is left out of the
// ActualText so a screen reader reads "0,2 hoger", not an arrow's name.
import { drawContentRule } from "@/lib/pdf/furniture";
import { type ProgressCell, type ProgressTable, buildProgressView } from "@/lib/followup/compare-texts";
import type { ReportProgress } from "./progress";
import { drawList } from "@/lib/pdf/blocks";
import { FONT } from "@/lib/pdf/fonts";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { TextStyle, Writer } from "@/lib/pdf/writer";

type Struct = PDFKit.PDFStructureElement;

const GAP = 10;
const COL = { label: 165, before: 95, after: 95 };
const CHANGE_W = CONTENT_WIDTH - COL.label - COL.before - COL.after - 3 * GAP;
const X = {
  label: PAGE.marginX,
  before: PAGE.marginX + COL.label + GAP,
  after: PAGE.marginX + COL.label + COL.before + 2 * GAP,
  change: PAGE.marginX + COL.label + COL.before + COL.after + 3 * GAP,
};

const HEAD: TextStyle = { font: FONT.bold, size: SIZE.tiny, color: COLOR.muted };
const LABEL: TextStyle = { size: 9.5, width: COL.label };
const VALUE: TextStyle = { font: FONT.bold, size: 10 };
const NOTE: TextStyle = { size: SIZE.small, color: COLOR.muted };
const CHANGE: TextStyle = { font: FONT.bold, size: 9.5, width: CHANGE_W };

const cellHeight = (w: Writer, cell: ProgressCell, width: number) =>
  w.heightOf(cell.value, { ...VALUE, width }) + (cell.note ? w.heightOf(cell.note, { ...NOTE, width }) : 0);

const rule = (w: Writer, y: number) => drawContentRule(w, y, 0.4);

function drawComparisonTable(w: Writer, parent: Struct, model: ProgressTable): void {
  const table = w.section(parent, "Table", { title: model.caption });
  const { columns } = model;
  const heads: [string, number, number][] = [
    [columns.label, X.label, COL.label],
    [columns.before, X.before, COL.before],
    [columns.after, X.after, COL.after],
    [columns.change, X.change, CHANGE_W],
  ];
  const headH = Math.max(...heads.map(([text, , width]) => w.heightOf(text, { ...HEAD, width })));
  const header = () => {
    const y = w.y;
    const tr = w.section(table, "TR");
    for (const [text, x, width] of heads) w.tagged(tr, "TH", () => w.write(text, x, y, { ...HEAD, width }), { scope: "Column" });
    rule(w, y + headH + 1);
    w.y = y + headH + 6;
  };
  w.ensure(headH + 40);
  header();
  for (const row of model.rows) {
    const changeText = row.change ? (row.change.arrow ? `${row.change.arrow} ${row.change.text}` : row.change.text) : "";
    const h =
      Math.max(
        w.heightOf(row.label, LABEL),
        cellHeight(w, row.before, COL.before),
        cellHeight(w, row.after, COL.after),
        changeText ? w.heightOf(changeText, CHANGE) : 0,
      ) + 6;
    if (w.y + h > PAGE.height - PAGE.bottom) {
      w.newPage();
      header();
    }
    const y = w.y;
    const tr = w.section(table, "TR");
    w.tagged(tr, "TH", () => w.write(row.label, X.label, y, LABEL), { scope: "Row" });
    for (const [cell, x, width] of [
      [row.before, X.before, COL.before],
      [row.after, X.after, COL.after],
    ] as const) {
      w.tagged(tr, "TD", () => {
        w.write(cell.value, x, y, { ...VALUE, width });
        if (cell.note) w.write(cell.note, x, w.y, { ...NOTE, width });
      });
    }
    const change = row.change;
    if (change) {
      w.tagged(tr, "TD", () => w.write(changeText, X.change, y, { ...CHANGE, color: change.arrow ? COLOR.heading : COLOR.muted }), {
        actual: change.text,
      });
    } else w.section(tr, "TD");
    rule(w, y + h - 3);
    w.y = y + h + 2;
  }
  w.y += 6;
}

/** A short text in a quiet panel with an accent bar (decoration only). */
function drawNote(w: Writer, parent: Struct, text: string): void {
  const inner = CONTENT_WIDTH - 30;
  const h = w.heightOf(text, { width: inner }) + 18;
  w.ensure(h + 10);
  const y = w.y;
  w.artifact(() => {
    w.doc.rect(PAGE.marginX, y, CONTENT_WIDTH, h).fill(COLOR.panel);
    w.doc.rect(PAGE.marginX, y, 3, h).fill(COLOR.accent);
  });
  w.tagged(parent, "P", () => w.write(text, PAGE.marginX + 15, y + 9, { width: inner }));
  w.y = y + h + 10;
}

/** Draws the progress section from the top of the current page; the caller starts the page and bookmark. */
export function drawProgressSection(
  w: Writer,
  progress: Pick<ReportProgress, "comparison" | "stepsDone" | "roundLabels">,
  title?: string,
): Struct {
  const view = buildProgressView(progress.comparison, { ...progress, title });
  const sect = w.section(w.root);
  w.heading(sect, 1, view.title);
  w.paragraph(sect, view.intro, { gapAfter: 8 });
  w.paragraph(sect, view.summary, { font: FONT.bold, gapAfter: 8 });
  if (view.versionNote) w.paragraph(sect, view.versionNote, { gapAfter: 8 });
  // the explanation comes before the figures it explains
  if (view.lowerNote) drawNote(w, sect, view.lowerNote);

  w.heading(sect, 2, view.overall.heading, { keep: 90 });
  drawComparisonTable(w, sect, view.overall);
  if (view.steps) w.paragraph(sect, `${view.steps.label}: ${view.steps.value}`, { gapAfter: 6 });

  w.heading(sect, 2, view.themes.heading, { keep: 90 });
  drawComparisonTable(w, sect, view.themes);

  if (view.aandachtspunten) {
    w.heading(sect, 2, view.aandachtspunten.heading, { keep: 90 });
    for (const g of view.aandachtspunten.groups) {
      w.heading(sect, 3, g.title, { keep: 50 });
      w.paragraph(sect, g.text, { size: 9.5, color: COLOR.muted, gapAfter: 4 });
      drawList(w, sect, g.themes, { gapAfter: 3 });
    }
  }

  if (view.unmatched) {
    w.heading(sect, 2, view.unmatched.heading, { keep: 90 });
    w.paragraph(sect, view.unmatched.explanation, { gapAfter: 6 });
    for (const g of view.unmatched.groups) {
      w.heading(sect, 3, g.title, { keep: 40 });
      drawList(w, sect, g.themes, { gapAfter: 3 });
    }
  }
  return sect;
}
