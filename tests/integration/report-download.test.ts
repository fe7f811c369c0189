import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { renderReportForActor } from "@/lib/report/download";
import golden from "@/tests/fixtures/three-respondents.input.json";
import { makeOutsiders, makeSubmittedResponse, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";
import { closeScanForTest } from "@/tests/support/scan-state";

const t = setupTestDb();

async function pages(pdf: Uint8Array) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((p) => p.text.replace(/\s+/g, " "));
  } finally {
    await parser.destroy();
  }
}

describe("renderReportForActor (the PDF route's one call)", () => {
  it("renders the PDF with its file name and audits the download; an outsider gets NOT_FOUND and no audit entry", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
    const r = golden.responses[0]!;
    await makeSubmittedResponse(t.prisma, f, { name: "A", email: "a@voorbeeld.nl", fn: "HR", answers: r.answers, selfGrade: r.selfGrade });
    const { other } = await makeOutsiders(t.prisma);
    const audits = () => t.prisma.auditEvent.count({ where: { action: "report.download", trajectId: f.traject.id } });

    for (const actor of [other.employerUser, other.trainer, other.expert]) {
      await expect(renderReportForActor({ actor, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await audits()).toBe(0);

    const { pdf, fileName } = await renderReportForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(fileName).toMatch(/^Rapport-MHB-[A-Za-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await audits()).toBe(1);
  });

  it("every role's default download is the employer's version; the tandem's own says on its file name, cover and every page that it is theirs alone", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_OPEN" });
    for (const [i, r] of golden.responses.entries()) {
      await makeSubmittedResponse(t.prisma, f, {
        answers: r.answers,
        selfGrade: r.selfGrade,
        shareText: true,
        notes: { "theme:T1": `Gedeeld ${i}` },
      });
    }
    const r = golden.responses[0]!;
    await makeSubmittedResponse(t.prisma, f, {
      answers: r.answers,
      shareText: false,
      notes: { "theme:T1": "NIET GEDEELD met de werkgever" },
    });
    await closeScanForTest(t.prisma, f);
    const { admin } = await makeOutsiders(t.prisma);

    for (const actor of [f.employerUser, admin, f.trainer, f.expert]) {
      const { pdf, fileName } = await renderReportForActor({ actor, trajectId: f.traject.id });
      const text = (await pages(pdf)).join(" ");
      expect(fileName).toMatch(/^Rapport-MHB-[A-Za-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(text).toContain("Gedeeld 0");
      expect(text).not.toContain("NIET GEDEELD");
      expect(text).not.toContain("Alleen voor de begeleiders");
    }
    for (const actor of [f.trainer, f.expert]) {
      const { pdf, fileName } = await renderReportForActor({ actor, trajectId: f.traject.id, edition: "tandem" });
      expect(fileName).toMatch(/^Rapport-MHB-[A-Za-z0-9-]+-\d{4}-\d{2}-\d{2}-alleen-voor-begeleiders\.pdf$/);
      const all = await pages(pdf);
      expect(all[0]).toContain("Alleen voor de begeleiders");
      for (const page of all) expect(page).toContain("Alleen voor de begeleiders");
      // the withheld text is there for the tandem, and marked as such where it stands
      expect(all.join(" ")).toContain("Niet gedeeld met de werkgever: NIET GEDEELD met de werkgever");
    }
    const audits = await t.prisma.auditEvent.findMany({
      where: { action: "report.download", trajectId: f.traject.id },
      select: { data: true },
    });
    expect(audits.filter((a) => (a.data as { edition?: string } | null)?.edition === "tandem")).toHaveLength(2);
    for (const actor of [f.employerUser, admin]) {
      await expect(renderReportForActor({ actor, trajectId: f.traject.id, edition: "tandem" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
