// The certificate PDF (issue 27) as a screen reader and a PDF checker read it: tagged nl-NL, the name,
// cohort (or "overgenomen"), date, issuer and the formatted code as structure text, the QR code a Figure
// with its address as alt text; qpdf finds nothing wrong with the file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCertificatePdf, type CertificatePdfModel } from "@/lib/certificates/render-pdf";
import { pdfStructure, structElements, structText } from "../support/pdf-structure";

const model: CertificatePdfModel = {
  name: "Sanne de Boer",
  cohortName: "Voorjaar 2027",
  takenOver: false,
  issuedAt: new Date("2027-04-12T10:00:00Z"),
  issuedByName: "Annelies Bakker",
  code: "ABCDEFGHJK3",
  programme: "Weerbare Werkgever",
  organisation: "Onbeperkt aan de Slag",
  checkUrl: "https://app.example/certificaat/ABCDEFGHJK3",
  checkPage: "https://app.example/certificaat",
  revokedAt: null,
};

function qpdfCheck(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-cert-"));
  const file = path.join(dir, "c.pdf");
  try {
    fs.writeFileSync(file, pdf);
    return execFileSync("qpdf", ["--check", file], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the certificate PDF", () => {
  it("reads in order: title, name, cohort, date, issuer, the code; the QR code is a figure with its address", async () => {
    const pdf = await renderCertificatePdf(model);
    const tree = pdfStructure(pdf);
    expect(structElements(tree, "H1").map(structText)).toEqual(["Certificaat ervaringsdeskundige"]);
    expect(structElements(tree, "P").map(structText)).toContain("Sanne de Boer");
    const cells = structElements(tree, "TD").map(structText);
    expect(cells).toEqual(["Sanne de Boer", "Voorjaar 2027", "12 april 2027", "Annelies Bakker", "ABCD-EFGH-JK3"]);
    for (const th of structElements(tree, "TH")) expect(th.attributes).toContain("/Scope /Row");
    expect(structElements(tree, "Figure")).toHaveLength(1);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain("/Alt (QR-code naar de controlepagina van dit certificaat: https://app.example/certificaat/ABCDEFGHJK3)");
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors found/);
  });

  it("a taken-over certificate says so instead of a cohort; a revoked one says it is no longer valid", async () => {
    const tree = pdfStructure(
      await renderCertificatePdf({ ...model, cohortName: null, takenOver: true, revokedAt: new Date("2027-05-01T10:00:00Z") }),
    );
    expect(structElements(tree, "TD").map(structText)[1]).toBe("overgenomen");
    const paragraphs = structElements(tree, "P").map(structText);
    expect(paragraphs.some((p) => p.includes("Dit certificaat neemt die certificering over."))).toBe(true);
    expect(paragraphs).toContain("Let op: dit certificaat is ingetrokken op 1 mei 2027 en is niet meer geldig.");
  });
});
