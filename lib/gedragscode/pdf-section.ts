// The EPA-gedragscode in a tagged PDF, with its signature page once adopted: one drawing for the
// report (lib/report/render-pdf.ts) and for the code's own PDF (./export-pdf.ts).
import type { GedragscodeModel } from "./document-types";
import { drawSignaturePage } from "./pdf-signatures";
import { FONT } from "@/lib/pdf/fonts";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";

type Struct = PDFKit.PDFStructureElement;

function statusBanner(w: Writer, parent: Struct, code: GedragscodeModel): void {
  const { doc } = w;
  const inner = CONTENT_WIDTH - 32;
  const h = w.heightOf(code.statusLine, { width: inner }) + 36;
  w.ensure(h + 12);
  const y = w.y;
  w.artifact(() => {
    if (code.isConcept) {
      // a concept is marked by a dashed frame and the word CONCEPT, not by colour alone
      doc
        .save()
        .lineWidth(1.2)
        .dash(5, { space: 3 })
        .strokeColor(COLOR.accentDark)
        .rect(PAGE.marginX, y, CONTENT_WIDTH, h)
        .stroke()
        .restore();
    } else {
      doc.rect(PAGE.marginX, y, CONTENT_WIDTH, h).fill(COLOR.panelStrong);
      doc.rect(PAGE.marginX, y, 4, h).fill(COLOR.accent);
    }
  });
  // letter-spaced capitals would be spelled out by a screen reader: give the words as ActualText
  w.tagged(
    parent,
    "P",
    () => {
      w.write(code.statusLabel.toUpperCase(), PAGE.marginX + 16, y + 10, {
        font: FONT.bold,
        size: 11,
        color: COLOR.heading,
        characterSpacing: 1.2,
        spaceAfter: true,
      });
      w.write(code.statusLine, PAGE.marginX + 16, y + 26, { width: inner });
    },
    { actual: `${code.statusLabel}. ${code.statusLine}` },
  );
  w.y = y + h + 14;
}

export function drawGedragscode(w: Writer, code: GedragscodeModel, title: string, outline: PDFKit.PDFOutline): Struct {
  const sect = w.section(w.root);
  w.heading(sect, 1, title);
  statusBanner(w, sect, code);
  // numbered through the whole code, as the Word file's list does: "artikel 3" is the same clause in both
  let article = 0;
  for (const section of code.sections) {
    const top = w.heading(sect, 2, section.title, { keep: 80 });
    w.bookmark(outline, section.title, top);
    if (section.intro) w.paragraph(sect, section.intro, { gapAfter: 8 });
    for (const clause of section.clauses) {
      const div = w.section(sect, "Div");
      w.heading(div, 3, `Artikel ${++article}. ${clause.title}`, { keep: 30 + w.heightOf(clause.body) });
      w.paragraph(div, clause.body, { gapAfter: clause.details.length > 0 ? 2 : 8 });
      if (clause.details.length > 0) w.paragraph(div, clause.details.join("  ·  "), { size: SIZE.small, color: COLOR.muted, gapAfter: 8 });
    }
  }
  if (code.signatures) drawSignaturePage(w, sect, code.signatures, outline);
  return sect;
}
