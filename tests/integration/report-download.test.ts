import { describe, expect, it } from "vitest";
import { renderReportForActor } from "@/lib/report/download";
import golden from "@/tests/fixtures/three-respondents.input.json";
import { makeOutsiders, makeSubmittedResponse, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

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
});
