// What a screen reader gets from our tagged PDFs (issue 23): the structure text as poppler extracts it
// (tests/support/pdf-structure.ts). Wrapped lines keep their breaking space, so a paragraph reads word
// for word as its source; every table header cell says what it heads (/Scope); no word is cut in two.
// With the language, the title shown and alt text on every figure, these are the PDF/UA-1 rules the
// documents declare (lib/pdf/document.ts): each of the three documents is checked for all of them.
import { beforeAll, describe, expect, it } from "vitest";
import { renderCodePdf } from "@/lib/gedragscode/export-pdf";
import { buildPreparationCard } from "@/lib/preparation/model";
import { renderPreparationPdf } from "@/lib/preparation/render-pdf";
import { buildReportModel } from "@/lib/report/model";
import { renderReportPdf } from "@/lib/report/render-pdf";
import { codeModel as codeModelWith } from "../fixtures/code-model";
import { demoReportInput } from "../fixtures/report-demo-input";
import { type StructNode, pdfStructure, structElements, structText } from "../support/pdf-structure";

const BODY =
  "We vragen naar de invloed op het werk en nooit naar de diagnose, zodat iedereen voor het gesprek weet waar hij aan toe is en Zorggroep De Linde een veilige plek blijft voor iedereen die daar werkt.";

const codeModel = (status: "CONCEPT" | "VASTGESTELD") =>
  codeModelWith(status, [{ section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body: BODY, themeKey: null }]);

const texts = (tree: StructNode[], type: string) => structElements(tree, type).map(structText);

/** Every TH carries a Scope attribute (Row or Column). */
function expectScopes(tree: StructNode[]) {
  const headers = structElements(tree, "TH");
  expect(headers.length).toBeGreaterThan(0);
  for (const th of headers) expect(th.attributes, structText(th)).toContainEqual(expect.stringMatching(/^\/Scope \/(Row|Column|Both)$/));
}

/** The rest of what PDF/UA-1 asks that the XMP declares: language, title shown, marked, alt text on figures. */
function expectUaDeclaration(pdf: Buffer): number {
  const raw = pdf.toString("latin1");
  expect(raw).toMatch(/\/Lang \(nl-NL\)/);
  expect(raw).toMatch(/\/DisplayDocTitle true/);
  expect(raw).toMatch(/\/Marked true/);
  const xmp = /<x:xmpmeta[^]*<\/x:xmpmeta>/.exec(raw)?.[0] ?? "";
  expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
  expect(xmp).toMatch(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">[^<]+<\/rdf:li>/);
  const figures = [...raw.matchAll(/\d+ 0 obj\n<<(?:(?!endobj)[^])*?\/S \/Figure(?:(?!endobj)[^])*endobj/g)];
  for (const figure of figures) expect(figure[0]).toMatch(/\/Alt \(/);
  return figures.length;
}

describe("the structure text of our tagged PDFs", () => {
  let code: StructNode[];
  let codePdf: Buffer;
  beforeAll(async () => {
    codePdf = await renderCodePdf(codeModel("VASTGESTELD"));
    code = pdfStructure(codePdf);
  });

  it("a wrapped paragraph of the code reads exactly as its source text (no words joined at a line wrap)", () => {
    expect(texts(code, "P")).toContain(BODY);
    // numbered as in the Word file, so "artikel 1" is the same clause in both
    expect(texts(code, "H3")).toEqual(["Artikel 1. Rolzuiverheid"]);
  });

  it("the code's status reads as one sentence, without a doubled word", async () => {
    const concept = pdfStructure(await renderCodePdf(codeModel("CONCEPT")));
    const status = texts(concept, "P").find((t) => t.includes("nog niet vastgesteld"));
    expect(status).toBe(
      `CONCEPT Deze gedragscode is nog niet vastgesteld; de tekst kan nog veranderen. Kenmerk van deze tekst: ${"a".repeat(16)}. Het kenmerk is een controlegetal van deze tekst: verandert er één letter, dan verandert het kenmerk.`,
    );
  });

  it("the signature table keeps every word whole and heads its columns", () => {
    expect(texts(code, "TD")).toContain("OR (ondernemingsraad)");
    expectScopes(code);
    expectUaDeclaration(codePdf);
  });

  it("the report: wrapped summary paragraphs read as their source, every TH has a Scope, every figure its alt text", async () => {
    const model = buildReportModel(demoReportInput());
    const pdf = await renderReportPdf(model);
    const report = pdfStructure(pdf);
    expect(expectUaDeclaration(pdf)).toBe(structElements(report, "Figure").length);
    expect(structElements(report, "Figure").length).toBeGreaterThan(0);
    const paragraphs = texts(report, "P");
    expect(model.summary.paragraphs.some((p) => p.length > 200)).toBe(true);
    for (const p of model.summary.paragraphs) expect(paragraphs).toContain(p);
    expectScopes(report);
  });

  it("the preparation card: every TH has a Scope, and an employer's '&' stays well-formed in the XMP", async () => {
    const card = buildPreparationCard({
      employerName: "Zorg & Welzijn",
      werkvloerName: "Locatie Oost",
      motivation: BODY,
      expertQuestions: null,
      trainerName: "Tom Trainer",
      expertNames: [],
      session: {
        number: 1,
        status: "PLANNED",
        scheduledAt: null,
        endsAt: null,
        mode: "IN_PERSON",
        location: null,
        onlineUrl: null,
        agenda: "Kennismaken\nDe scan bespreken",
      },
      attendees: [],
      scan: null,
      annotations: [],
      guidelines: { do: ["Luisteren"], dont: ["Diagnoses vragen"] },
    });
    const pdf = await renderPreparationPdf(card);
    const tree = pdfStructure(pdf);
    expectScopes(tree);
    expectUaDeclaration(pdf);
    expect(pdf.toString("utf8")).toContain("Zorg &amp; Welzijn</rdf:li>");
    expect(texts(tree, "P")).toContain(BODY);
  });
});
