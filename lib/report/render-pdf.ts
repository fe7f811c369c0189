// renderReportPdf: ReportModel -> tagged, accessible A4 PDF (pdfkit; no Prisma, no next/*).
// Pages are buffered so that running header, "pagina x van y" and the concept watermark can be drawn
// at the end, as Artifacts that screen readers skip. Speed (see bench/report-pdf.ts) comes from doing
// once per process what pdfkit repeats per document: pdf/fonts.ts (parsing, shaping, subsetting),
// pdf/text.ts (line breaking), pdf/text-ops.ts and pdf/content-buffer.ts (lean content streams).
import type PDFDocument from "pdfkit";
import { createTaggedDocument } from "@/lib/pdf/document";
import { drawAppendix, drawContact, drawNextSteps } from "./pdf/closing";
import { drawGedragscode } from "@/lib/gedragscode/pdf-section";
import { FONT } from "@/lib/pdf/fonts";
import { drawCover, drawReadingGuide, drawSummary } from "./pdf/front";
import { drawProgressSection } from "@/lib/followup/pdf-progress";
import { CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import { drawAandachtspunt, drawThemes } from "./pdf/themes";
import { Writer } from "@/lib/pdf/writer";
import { FURNITURE_TEXT, drawConceptWatermark, drawRuleAndPageNumber } from "@/lib/pdf/furniture";
import { drawList } from "@/lib/pdf/blocks";
import type { ReportModel, ReportSectionKey } from "./types";
import { PROGRESS_TITLE, SINCE_PREVIOUS_TITLE } from "@/lib/followup/compare-texts";

export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const { doc, w, done } = createTaggedDocument(model.meta);
  const title = (key: ReportSectionKey) => model.sections.find((s) => s.key === key)?.title ?? key;
  const has = (key: ReportSectionKey) => model.sections.some((s) => s.key === key);
  /** first page index of each section, for bookmarks and the running header */
  const starts: { page: number; title: string; key: ReportSectionKey | "cover" | "voortgang" }[] = [{ page: 0, title: "", key: "cover" }];
  const begin = (key: ReportSectionKey, newPage = true) => {
    if (newPage) w.newPage();
    starts.push({ page: pageIndex(doc), title: title(key), key });
    return w.bookmark(doc.outline, title(key), w.y);
  };

  drawCover(w, model);
  begin("leeswijzer");
  drawReadingGuide(w, model, title("leeswijzer"));
  begin("samenvatting");
  drawSummary(w, model, title("samenvatting"));
  // a follow-up scan: how it compares with the first scan, right after the overall picture
  if (model.progress) {
    w.newPage();
    starts.push({ page: pageIndex(doc), title: PROGRESS_TITLE, key: "voortgang" });
    w.bookmark(doc.outline, PROGRESS_TITLE, w.y);
    drawProgressSection(w, model.progress);
    // a second follow-up: what moved since the round before it, too
    const previous = model.progress.sincePrevious;
    if (previous) {
      w.newPage();
      starts.push({ page: pageIndex(doc), title: SINCE_PREVIOUS_TITLE, key: "voortgang" });
      w.bookmark(doc.outline, SINCE_PREVIOUS_TITLE, w.y);
      drawProgressSection(w, { ...previous, stepsDone: null }, SINCE_PREVIOUS_TITLE);
    }
  }
  if (has("themas")) drawThemes(w, model, title("themas"), begin("themas"));

  const apOutline = begin("aandachtspunten");
  const apSect = w.section(w.root);
  w.heading(apSect, 1, title("aandachtspunten"));
  w.paragraph(apSect, model.aandachtspuntenIntro, { gapAfter: 10 });
  // below the minimum: names only, alphabetical, without numbers (a number would be a ranking)
  if (model.namesOnly)
    drawList(
      w,
      apSect,
      model.aandachtspunten.map((ap) => ap.themeTitle),
      { gapAfter: 6 },
    );
  else model.aandachtspunten.forEach((ap, i) => drawAandachtspunt(w, apSect, ap, i + 1, apOutline));

  if (model.gedragscode && has("gedragscode")) drawGedragscode(w, model.gedragscode, title("gedragscode"), begin("gedragscode"));
  if (model.nextSteps && has("vervolgstappen")) {
    begin("vervolgstappen");
    drawNextSteps(w, model.nextSteps, title("vervolgstappen"));
  }
  // the contact point is short: it follows the previous section when it fits
  w.ensure(220);
  if (w.y > PAGE.top + 1) w.y += 24;
  begin("contact", false);
  drawContact(w, model, title("contact"));
  begin("bijlage");
  drawAppendix(w, model, title("bijlage"));

  drawPageFurniture(w, model, starts);
  doc.end();
  return done;
}

function pageIndex(doc: InstanceType<typeof PDFDocument>): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function drawPageFurniture(w: Writer, model: ReportModel, starts: { page: number; title: string; key: string }[]): void {
  const { doc } = w;
  const { count } = doc.bufferedPageRange();
  const conceptFrom = model.gedragscode?.isConcept ? starts.find((s) => s.key === "gedragscode")?.page : undefined;
  const conceptTo = conceptFrom === undefined ? -1 : (starts.find((s) => s.page > conceptFrom)?.page ?? count) - 1;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    // the tandem's report says on every page, the cover too, that it is theirs alone
    if (model.restrictedNote) {
      const note = model.restrictedNote;
      w.artifact(
        () => w.write(w.fit(note, CONTENT_WIDTH - 160, FURNITURE_TEXT), PAGE.marginX, PAGE.height - 44, FURNITURE_TEXT),
        "Pagination",
      );
    }
    if (i === 0) continue;
    // the header names the section the page opens with
    const section = starts.find((s) => s.page === i) ?? [...starts].reverse().find((s) => s.page < i);
    w.artifact(() => {
      const small = FURNITURE_TEXT;
      const right = section?.title ?? "";
      const rightWidth = right ? w.doc.font(FONT.regular).fontSize(SIZE.tiny).widthOfString(right) + 24 : 0;
      w.write(w.fit(model.runningHeader, CONTENT_WIDTH - rightWidth, small), PAGE.marginX, 40, small);
      if (right) w.write(right, PAGE.width - PAGE.marginX - 230, 40, { ...small, width: 230, align: "right", noWrap: true });
      drawRuleAndPageNumber(w, i, count);
      if (i >= (conceptFrom ?? Infinity) && i <= conceptTo) drawConceptWatermark(w);
    }, "Pagination");
  }
}
