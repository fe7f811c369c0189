import zlib from "node:zlib";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReportModel } from "@/lib/report/model";
import { renderReportPdf } from "@/lib/report/render-pdf";
import type { ReportModel } from "@/lib/report/types";
import { type DemoOptions, demoReportInput } from "../../fixtures/report-demo-input";

interface Rendered {
  model: ReportModel;
  pdf: Buffer;
  raw: string;
  /** all text, whitespace collapsed (wrapped lines become single spaces) */
  text: string;
  pages: string[];
  info: Awaited<ReturnType<PDFParse["getInfo"]>>;
}

/** The deflated streams, inflated (page contents hold the marked-content operators). */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf("\nendstream", start);
    try {
      out.push(zlib.inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // not a deflated stream
    }
  }
  return out;
}

async function render(options: DemoOptions = {}): Promise<Rendered> {
  const model = buildReportModel(demoReportInput(options));
  const pdf = await renderReportPdf(model);
  const parser = new PDFParse({ data: pdf });
  try {
    const result = await parser.getText();
    const info = await parser.getInfo();
    return {
      model,
      pdf,
      raw: pdf.toString("latin1"),
      text: result.text.replace(/\s+/g, " "),
      pages: result.pages.map((p) => p.text.replace(/\s+/g, " ")),
      info,
    };
  } finally {
    await parser.destroy();
  }
}

describe("renderReportPdf", () => {
  let full: Rendered;
  beforeAll(async () => {
    full = await render();
  });

  it("renders an A4 PDF 1.7 whose cross-reference table points at every object", () => {
    expect(full.raw.startsWith("%PDF-1.7\n")).toBe(true);
    expect(full.raw.trimEnd().endsWith("%%EOF")).toBe(true);
    const start = Number(/startxref\s+(\d+)/.exec(full.raw.slice(-64))?.[1]);
    const xref = /^xref\n0 (\d+)\n/.exec(full.raw.slice(start));
    const count = Number(xref?.[1]);
    expect(count).toBeGreaterThan(100);
    for (let id = 1; id < count; id++) {
      const offset = Number(full.raw.substr(start + (xref?.[0].length ?? 0) + id * 20, 10));
      expect(full.raw.startsWith(`${id} 0 obj`, offset)).toBe(true);
    }
    expect(full.raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(full.pages.length).toBeGreaterThan(10);
  });

  it("contains the employer, every theme title and the aandachtspunten", () => {
    expect(full.text).toContain("Zorgcoöperatie De Linde");
    for (const theme of full.model.themes) expect(full.text).toContain(`${theme.number}. ${theme.title}`);
    expect(full.text).toContain("Aandachtspunten en oplossingsrichtingen");
    for (const ap of full.model.aandachtspunten) {
      expect(full.text).toContain(ap.themeTitle);
      for (const s of ap.solutions) expect(full.text).toContain(s.title);
    }
    expect(full.text).toContain("EPA-gedragscode");
    expect(full.text).toContain("Bijlage: vragenlijst en methode");
  });

  it("frames the traject in the method's four steps in the reading guide", () => {
    expect(full.text).toContain("De vier stappen van het traject");
    expect(full.text).toMatch(/Verdiepen \(de scan en bijeenkomst 1\).*Verbeelden.*Vormgeven.*Verwezenlijken \(de opvolging\)/);
  });

  it("round-trips Dutch characters: ë é ï ’ €", () => {
    for (const word of ["ideeën", "Noël", "één punt hoger", "Geïntegreerd", "thema’s", "€ 2.500", "Zorgcoöperatie"]) {
      expect(full.text).toContain(word);
    }
  });

  it("never shows PRIVATE or TANDEM annotations or their e-mail addresses", () => {
    expect(full.text).not.toContain("PRIVÉ-NOTITIE");
    expect(full.text).not.toContain("TANDEM-NOTITIE");
    expect(full.text).not.toContain("jan.jansen@example.nl");
    expect(full.text).toContain("Een terugvalpreventieplan werkt het best");
  });

  it("numbers the pages and repeats the running header", () => {
    const total = full.pages.length;
    expect(full.pages[0]).not.toContain("pagina 1 van");
    expect(full.pages[1]).toContain(`pagina 2 van ${total}`);
    expect(full.pages[total - 1]).toContain(`pagina ${total} van ${total}`);
    expect(full.pages[total - 1]).toContain("Weerbare Werkgever · Zorgcoöperatie De Linde");
  });

  it("is a tagged PDF in Dutch with a title, bookmarks and chart alternative text", () => {
    expect(full.raw).toMatch(/\/Lang \(nl-NL\)/);
    expect(full.raw).toContain("/MarkInfo");
    expect(full.raw).toMatch(/\/Marked true/);
    expect(full.raw).toContain("/StructTreeRoot");
    expect(full.raw).toContain("/Outlines");
    expect(full.raw).toMatch(/\/DisplayDocTitle true/);
    expect(full.raw).toMatch(/\/S \/Figure/);
    expect(full.raw).toMatch(/\/Alt [(<]/);
    expect(contentStreams(full.pdf).join("\n")).toMatch(/\/Artifact <<\s*\/Type \/Pagination/);
    expect(full.info.info?.Title).toBe(full.model.meta.title);
    expect(full.info.info?.Author).toBe(full.model.meta.author);
    const outline = (full.info.outline ?? []).map((o) => o.title);
    expect(outline).toEqual(full.model.sections.map((s) => s.title));
    const themes = full.info.outline?.find((o) => o.title === "De thema’s");
    expect(themes?.items).toHaveLength(9);
  });

  it("embeds its fonts (no standard 14 fonts)", () => {
    expect(full.raw).toContain("/FontFile2");
    expect(full.raw).toContain("DejaVuSans");
    expect(full.raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it("works with one respondent and no gedragscode", async () => {
    const r = await render({ respondents: 1, gedragscode: null });
    expect(r.text).toContain("Afgesproken vervolgstappen");
    expect(r.text).toContain("Vervolgscan met dezelfde respondenten.");
    expect(r.text).not.toContain("Spreiding");
    expect(r.info.outline?.map((o) => o.title)).not.toContain("EPA-gedragscode");
    expect(r.text).not.toContain("Vastgesteld op");
    expect(r.raw).toContain("/StructTreeRoot");
  });

  it("marks a concept code as concept on every page of the code", async () => {
    const r = await render({ gedragscode: "CONCEPT" });
    expect(r.text).toContain("EPA-gedragscode (concept)");
    const codePages = r.pages.filter((p) => p.includes("EPA-gedragscode (concept)"));
    expect(codePages.length).toBeGreaterThan(0);
    for (const page of codePages) expect(page).toContain("CONCEPT");
  });

  it("renders a scan without submitted responses and a reflection longer than a page", async () => {
    const input = demoReportInput({ respondents: 0, gedragscode: null });
    input.annotations.push({
      themeKey: "T3",
      itemKey: null,
      visibility: "EMPLOYER",
      authorLabel: "Ervaringsdeskundige",
      body: "Een lange reflectie. ".repeat(400),
    });
    const model = buildReportModel(input);
    expect(model.aandachtspunten).toEqual([]);
    const pdf = await renderReportPdf(model);
    const parser = new PDFParse({ data: pdf });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain("Nog niemand uit uw organisatie");
    expect(text).toContain("nog geen score");
    // every word arrives (a page break may put the running header between two words)
    expect(text.match(/reflectie\./g)).toHaveLength(400);
    // text that runs over a page end stays inside marked content on both pages
    for (const page of contentStreams(pdf)) {
      expect((page.match(/ BDC$/gm) ?? []).length).toBe((page.match(/^EMC$/gm) ?? []).length);
    }
  });

  it("renders the same content twice identically (caches do not leak between documents)", async () => {
    const again = await render();
    expect(again.pages).toEqual(full.pages);
  });
});
