// renderWorksheetPdf: one worksheet as a tagged, printable A4 PDF (nl-NL, the title in the metadata):
// the title, what it is for, "Zo vult u het in" as a numbered list, then the parts to fill in on paper
// (lib/pdf/fill-in.ts). Every page carries the footer that it is filled in outside this app.
import { drawList, drawNotice } from "@/lib/pdf/blocks";
import { createTaggedDocument } from "@/lib/pdf/document";
import { drawGrid, drawTickList, drawWritingLines } from "@/lib/pdf/fill-in";
import { drawHeaderAndFooter } from "@/lib/pdf/furniture";
import { COLOR } from "@/lib/pdf/style";
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
  // the footer's sentence once in the body, so a screen reader reads it too
  drawNotice(w, sect, WORKSHEET_FOOTER);

  const how = w.section(sect);
  w.heading(how, 2, HOW_TO_HEADING, { keep: 60 });
  drawList(w, how, sheet.steps, { bullet: (i) => `${i + 1}.` });

  for (const part of sheet.parts) {
    const s = w.section(sect);
    w.heading(s, 2, part.title, { keep: 90 });
    if (part.intro) w.paragraph(s, part.intro, { color: COLOR.muted, gapAfter: 8 });
    for (const fill of part.fill) drawFill(w, s, fill);
  }
  drawHeaderAndFooter(w, `Weerbare Werkgever · ${worksheetDocumentTitle(sheet)}`, WORKSHEET_FOOTER);
  doc.end();
  return done;
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
