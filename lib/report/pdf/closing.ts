// The EPA-gedragscode (with its signature page once adopted) or the agreed next steps, the contact
// point and the appendix.
import type { GedragscodeModel, ReportModel } from "../types";
import { drawList, drawTable } from "@/lib/pdf/blocks";
import { drawSignaturePage } from "./signatures";
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
  for (const section of code.sections) {
    const top = w.heading(sect, 2, section.title, { keep: 80 });
    w.bookmark(outline, section.title, top);
    if (section.intro) w.paragraph(sect, section.intro, { gapAfter: 8 });
    for (const clause of section.clauses) {
      const article = w.section(sect, "Div");
      w.heading(article, 3, clause.title, { keep: 30 + w.heightOf(clause.body) });
      w.paragraph(article, clause.body, { gapAfter: clause.details.length > 0 ? 2 : 8 });
      if (clause.details.length > 0)
        w.paragraph(article, clause.details.join("  ·  "), { size: SIZE.small, color: COLOR.muted, gapAfter: 8 });
    }
  }
  if (code.signatures) drawSignaturePage(w, sect, code.signatures, outline);
  return sect;
}

export function drawNextSteps(w: Writer, steps: NonNullable<ReportModel["nextSteps"]>, title: string): Struct {
  const sect = w.section(w.root);
  w.heading(sect, 1, title);
  w.paragraph(sect, steps.intro, { gapAfter: 10 });
  if (steps.steps.length > 0) {
    drawList(
      w,
      sect,
      steps.steps.map((s) => ({ lead: s.text, text: s.details ?? "" })),
      { bullet: (i) => `${i + 1}.`, gapAfter: 8 },
    );
  }
  return sect;
}

export function drawContact(w: Writer, model: ReportModel, title: string): Struct {
  const sect = w.section(w.root);
  w.heading(sect, 1, title, { keep: 160 });
  for (const p of model.contact.paragraphs) w.paragraph(sect, p, { gapAfter: 8 });
  w.y += 4;
  drawTable(w, sect, model.contact.rows, { labelWidth: 120 });
  return sect;
}

export function drawAppendix(w: Writer, model: ReportModel, title: string): Struct {
  const sect = w.section(w.root);
  const { appendix } = model;
  w.heading(sect, 1, title);
  drawTable(w, sect, appendix.rows, { labelWidth: 150 });
  w.heading(sect, 2, "Thema’s in deze vragenlijst", { keep: 80 });
  drawTable(
    w,
    sect,
    appendix.themes.map((t) => ({ label: t.label, value: t.value })),
    { labelWidth: CONTENT_WIDTH - 110 },
  );
  w.heading(sect, 2, "Zo is gerekend", { keep: 80 });
  for (const p of appendix.paragraphs) w.paragraph(sect, p, { gapAfter: 8, size: 9.5 });
  return sect;
}
