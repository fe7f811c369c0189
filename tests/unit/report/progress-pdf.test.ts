// The report of a follow-up scan: the progress section (lib/followup/pdf-progress.ts) right after the
// summary, checked on the PDF's own text, outline and marked content. The model is the demo report's
// with `progress` set by hand (filling it from the database is lib/report/model.ts's job).
import zlib from "node:zlib";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReportModel } from "@/lib/report/model";
import { renderReportPdf } from "@/lib/report/render-pdf";
import type { ReportModel } from "@/lib/report/types";
import { compareScans } from "@/lib/followup/compare";
import { LOWER_EXPLANATION, PROGRESS_TITLE, SINCE_PREVIOUS_TITLE, buildProgressView } from "@/lib/followup/compare-texts";
import { demoReportInput } from "../../fixtures/report-demo-input";
import { roundVersionsText } from "@/lib/report/texts";
import { workingVersionNote } from "@/lib/questionnaires/working-version";

const roundLabels = { before: "Eerste scan (maart 2026)", after: "Vervolgscan (september 2026)" };

/** Before: the demo scan with one respondent; after: all three, on a version with one theme added. */
function progressModel(): ReportModel {
  const before = demoReportInput({ respondents: 1 });
  const after = demoReportInput();
  const questionnaireAfter = {
    ...after.questionnaire,
    themes: [...after.questionnaire.themes, { key: "T10", title: "Thuiswerken en bereikbaarheid", items: [] }],
  };
  const comparison = compareScans(before.questionnaire, before.result, questionnaireAfter, after.result);
  return { ...buildReportModel(after), progress: { comparison, stepsDone: { done: 2, total: 3 }, roundLabels, sincePrevious: null } };
}

describe("renderReportPdf with a progress section", () => {
  let model: ReportModel;
  let text: string;
  let pages: string[];
  let outline: string[];
  let pdf: Buffer;
  beforeAll(async () => {
    model = progressModel();
    pdf = await renderReportPdf(model);
    const parser = new PDFParse({ data: pdf });
    try {
      const result = await parser.getText();
      text = result.text.replace(/\s+/g, " ");
      pages = result.pages.map((p) => p.text.replace(/\s+/g, " "));
      outline = ((await parser.getInfo()).outline ?? []).map((o) => o.title);
    } finally {
      await parser.destroy();
    }
  });

  it("places the section after the summary, before the themes, with a bookmark and running header", () => {
    const summary = model.sections.find((s) => s.key === "samenvatting")?.title ?? "samenvatting";
    expect(outline).toContain(summary);
    expect(outline.indexOf(PROGRESS_TITLE)).toBe(outline.indexOf(summary) + 1);
    const page = pages.findIndex((p) => p.includes("Hier staan de uitkomsten van twee scans naast elkaar"));
    expect(page).toBeGreaterThan(0);
    expect(pages[page]).toContain(PROGRESS_TITLE);
    expect(pages.findIndex((p) => p.includes(`1. ${model.themes[0]?.title}`))).toBeGreaterThan(page);
  });

  it("shows the same texts as the results page: tables, change in words, explanation and themes apart", () => {
    const progress = model.progress;
    if (!progress) throw new Error("no progress");
    const view = buildProgressView(progress.comparison, progress);
    expect(text).toContain(roundLabels.before);
    expect(text).toContain(roundLabels.after);
    expect(text).toContain(view.summary);
    for (const row of view.themes.rows) {
      expect(text).toContain(row.label);
      if (row.change) expect(text).toContain(row.change.text);
    }
    expect(text).toContain("2 van de 3 stappen klaar");
    expect(text).toContain("Nieuw in de vervolgscan");
    expect(text).toContain("Thuiswerken en bereikbaarheid: nog geen score");
    if (view.lowerNote) expect(text).toContain(LOWER_EXPLANATION);
    for (const g of view.aandachtspunten?.groups ?? []) expect(text).toContain(g.title);
  });

  it("keeps marked content balanced and gives the change cells their words as ActualText", () => {
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/ActualText/);
    for (const m of raw.matchAll(/stream\n/g)) {
      const start = (m.index ?? 0) + m[0].length;
      let page: string;
      try {
        page = zlib.inflateSync(pdf.subarray(start, raw.indexOf("\nendstream", start))).toString("latin1");
      } catch {
        continue; // not a deflated stream
      }
      expect((page.match(/ BDC$/gm) ?? []).length).toBe((page.match(/^EMC$/gm) ?? []).length);
    }
  });
});

describe("renderReportPdf for a second follow-up", () => {
  it("adds the comparison with the previous round right after the one with the first, with its own bookmark and labels", async () => {
    const base = progressModel();
    const previousLabels = { before: "Vervolgscan (september 2026)", after: "Vervolgscan 2 (maart 2027)" };
    const model: ReportModel = {
      ...base,
      progress: { ...base.progress!, sincePrevious: { comparison: base.progress!.comparison, roundLabels: previousLabels } },
    };
    const parser = new PDFParse({ data: await renderReportPdf(model) });
    try {
      const outline = ((await parser.getInfo()).outline ?? []).map((o) => o.title);
      expect(outline.indexOf(SINCE_PREVIOUS_TITLE)).toBe(outline.indexOf(PROGRESS_TITLE) + 1);
      const pages = (await parser.getText()).pages.map((p) => p.text.replace(/\s+/g, " "));
      const page = pages.findIndex((p) => p.includes(SINCE_PREVIOUS_TITLE) && p.includes(previousLabels.after));
      expect(page).toBeGreaterThan(pages.findIndex((p) => p.includes(PROGRESS_TITLE)));
      expect(pages[page]).toContain(previousLabels.before);
      // the steps belong to the whole traject: said once, in the comparison with the first scan
      expect(pages[page]).not.toContain("stappen klaar");
    } finally {
      await parser.destroy();
    }
  });
});

describe("renderReportPdf with a short follow-up round (ADR 026)", () => {
  it("says in the progress section that both were compared on the core statements, and in the reading guide which version each round used", async () => {
    const base = progressModel();
    const shared = { statements: 27, shortBefore: false, shortAfter: true };
    const input = demoReportInput();
    const reading = buildReportModel({
      ...input,
      readingNotes: [
        workingVersionNote(true)!,
        roundVersionsText([
          { label: "Eerste scan", short: false },
          { label: "Vervolgscan", short: true },
        ])!,
      ],
    }).reading;
    const model: ReportModel = { ...base, reading, progress: { ...base.progress!, comparison: { ...base.progress!.comparison, shared } } };
    const parser = new PDFParse({ data: await renderReportPdf(model) });
    try {
      const text = (await parser.getText()).text.replace(/\s+/g, " ");
      expect(text).toContain("Vergeleken op de 27 kernstellingen: Vervolgscan (september 2026) was de korte versie");
      expect(text).toContain("Eerste scan: volledige scan; Vervolgscan: korte versie, alleen de kernstellingen");
      expect(text).toContain("Werkversie: Deze vragenlijst is een voorstel van deze app");
    } finally {
      await parser.destroy();
    }
  });
});
