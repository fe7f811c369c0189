// The agreed next steps, the contact point and the appendix. (The EPA-gedragscode with its signature
// page is drawn by lib/gedragscode/pdf-section.ts, for the report and the code's own PDF alike.)
import type { ReportModel } from "../types";
import { drawList, drawTable } from "@/lib/pdf/blocks";
import { CONTENT_WIDTH } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";

type Struct = PDFKit.PDFStructureElement;

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
