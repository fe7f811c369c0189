// renderCodePdf: the EPA-gedragscode on its own as a tagged, accessible A4 PDF (nl-NL, title in the
// metadata): the same sections and signature page as in the report (./pdf-section.ts), with
// a running header, "pagina x van y" and, for a concept, the CONCEPT watermark on every page.
import { drawGedragscode } from "./pdf-section";
import { createTaggedDocument } from "@/lib/pdf/document";
import { CONTENT_WIDTH, PAGE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";
import { FURNITURE_TEXT, drawConceptWatermark, drawOnEveryPage, drawRuleAndPageNumber } from "@/lib/pdf/furniture";
import type { CodeDocumentModel } from "./document-types";

export async function renderCodePdf(model: CodeDocumentModel): Promise<Buffer> {
  const { doc, w, done } = createTaggedDocument(model.meta);
  const outline = w.bookmark(doc.outline, model.title, w.y);
  drawGedragscode(w, model.code, model.title, outline);
  drawPageFurniture(w, model);
  doc.end();
  return done;
}

function drawPageFurniture(w: Writer, model: CodeDocumentModel): void {
  drawOnEveryPage(w, (i, count) => {
    w.write(w.fit(model.runningHeader, CONTENT_WIDTH, FURNITURE_TEXT), PAGE.marginX, 40, FURNITURE_TEXT);
    drawRuleAndPageNumber(w, i, count);
    if (model.code.isConcept) drawConceptWatermark(w);
  });
}
