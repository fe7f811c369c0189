// renderWorksheetPdf: one worksheet as a tagged, printable A4 PDF (nl-NL, the title in the metadata):
// the title, what it is for, "Zo vult u het in" as a numbered list, then the parts to fill in on paper
// (lib/pdf/fill-in.ts). Every page carries the footer that it is filled in outside this app.
import { drawList } from "@/lib/pdf/blocks";
import { createTaggedDocument } from "@/lib/pdf/document";
import { drawGrid, drawTickList, drawWritingLines } from "@/lib/pdf/fill-in";
import { FONT } from "@/lib/pdf/fonts";
import { FURNITURE_TEXT, drawOnEveryPage, drawRuleAndPageNumber } from "@/lib/pdf/furniture";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";
import type { Worksheet, WorksheetFill } from "./schema";
import { HOW_TO_HEADING, WORKSHEET_FOOTER } from "./texts";

/** Calm tones beside the words groen/oranje/rood (the words carry the meaning; rood is no alarm). */
export const SWATCH = { groen: "#4e9a6a", oranje: "#e0a035", rood: "#cf6b57" } as const;

export const worksheetDocumentTitle = (sheet: Pick<Worksheet, "title">) => `Werkblad: ${sheet.title}`;

export async function renderWorksheetPdf(sheet: Worksheet): Promise<Buffer> {
  const { doc, w, done } = createTaggedDocument({
    title: worksheetDocumentTitle(sheet),
    author: "Weerbare Werkgever",
    subject: "Werkblad om samen met een medewerker op papier of in uw eigen systemen in te vullen",
    keywords: `Weerbare Werkgever, werkblad, ${sheet.title}`,
    lang: "nl-NL",
  });
  const sect = w.section(w.root);
  w.heading(sect, 1, worksheetDocumentTitle(sheet));
  w.paragraph(sect, sheet.purpose, { gapAfter: 8 });
  notice(w, sect);

  const how = w.section(sect);
  w.heading(how, 2, HOW_TO_HEADING, { keep: 60 });
  drawList(w, how, sheet.steps, { bullet: (i) => `${i + 1}.` });

  for (const part of sheet.parts) {
    const s = w.section(sect);
    w.heading(s, 2, part.title, { keep: 90 });
    if (part.intro) w.paragraph(s, part.intro, { color: COLOR.muted, gapAfter: 8 });
    for (const fill of part.fill) drawFill(w, s, fill);
  }
  drawFurniture(w, sheet);
  doc.end();
  return done;
}

/** The footer's sentence once in the body, in a panel, so a screen reader reads it too. */
function notice(w: Writer, parent: PDFKit.PDFStructureElement): void {
  const style = { size: SIZE.small, width: CONTENT_WIDTH - 20, x: PAGE.marginX + 10 };
  const height = w.heightOf(WORKSHEET_FOOTER, style) + 14;
  w.ensure(height + 6);
  const top = w.y;
  w.artifact(() => w.doc.rect(PAGE.marginX, top, CONTENT_WIDTH, height).fillColor(COLOR.panel).fill());
  w.y = top + 7;
  w.paragraph(parent, WORKSHEET_FOOTER, { ...style, gapAfter: 0 });
  w.y = top + height + 6;
}

function drawFill(w: Writer, parent: PDFKit.PDFStructureElement, fill: WorksheetFill): void {
  switch (fill.kind) {
    case "lines":
      return drawWritingLines(w, parent, fill.label, fill.lines);
    case "choices":
      return drawTickList(w, parent, fill.items);
    case "list":
      return drawList(w, parent, fill.items);
    case "table":
      return drawGrid(w, parent, {
        columns: fill.columns,
        rows: fill.rowLabels
          ? fill.rowLabels.map((label, i) => {
              const colour = fill.rowColors?.[i];
              return { label, swatch: colour ? SWATCH[colour] : undefined };
            })
          : Array.from({ length: fill.emptyRows ?? 1 }, () => ({})),
        lines: fill.lines,
        firstColumnWidth: fill.rowLabels ? 110 : undefined,
      });
  }
}

function drawFurniture(w: Writer, sheet: Worksheet): void {
  drawOnEveryPage(w, (i, count) => {
    w.write(`Weerbare Werkgever · ${worksheetDocumentTitle(sheet)}`, PAGE.marginX, 40, FURNITURE_TEXT);
    drawRuleAndPageNumber(w, i, count);
    w.write(WORKSHEET_FOOTER, PAGE.marginX, PAGE.height - 64, {
      ...FURNITURE_TEXT,
      font: FONT.regular,
      width: CONTENT_WIDTH - 110,
      stay: true,
    });
  });
}
