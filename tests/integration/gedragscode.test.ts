import { describe, expect, it } from "vitest";
import { addClause, addNextStep, adoptCode, removeClause, reopenCode, setPreamble } from "@/lib/gedragscode/mutations";
import { buildReportInputForActor } from "@/lib/report/queries";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const clause = (trajectId: string, version: number) => ({
  trajectId,
  version,
  section: "UITGANGSPUNTEN" as const,
  title: "Rolzuiverheid",
  body: "We vragen naar de invloed op het werk, nooit naar de diagnose.",
  themeKey: "T5",
  owner: "Leidinggevenden",
});

describe("drafting the EPA-gedragscode", () => {
  it("the employer and the tandem draft, adopt and reopen it; every change is a revision and the report shows it", async () => {
    const f = await makeTraject(t.prisma);
    await addClause({ actor: f.employerUser, input: clause(f.traject.id, 0) });
    await setPreamble({ actor: f.expert, trajectId: f.traject.id, version: 1, preamble: "De directie staat achter deze code." });
    await adoptCode({ actor: f.trainer, trajectId: f.traject.id, version: 2, adoptedByName: "Hans Kok, directeur" });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id }, include: { revisions: true } });
    expect(code).toMatchObject({
      status: "VASTGESTELD",
      version: 3,
      adoptedByName: "Hans Kok, directeur",
      preamble: "De directie staat achter deze code.",
    });
    expect(code.revisions.map((r) => r.number).sort()).toEqual([1, 2, 3]);
    expect((await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).outcome).toBe("FORMELE_CODE");
    const report = await buildReportInputForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(report.gedragscode).toMatchObject({ status: "VASTGESTELD", clauses: [{ title: "Rolzuiverheid", section: "UITGANGSPUNTEN" }] });

    await expect(addClause({ actor: f.employerUser, input: clause(f.traject.id, 3) })).rejects.toMatchObject({ code: "CONFLICT" });
    await reopenCode({ actor: f.employerUser, trajectId: f.traject.id, version: 3 });
    const clauseId = (await t.prisma.gedragscodeClause.findFirstOrThrow()).id;
    await removeClause({ actor: f.employerUser, trajectId: f.traject.id, version: 4, clauseId });
    expect(await t.prisma.gedragscodeClause.count()).toBe(0);
  });

  it("a save based on an old version is a conflict, never an overwrite", async () => {
    const f = await makeTraject(t.prisma);
    await addClause({ actor: f.employerUser, input: clause(f.traject.id, 0) });
    await expect(setPreamble({ actor: f.expert, trajectId: f.traject.id, version: 0, preamble: "Oude tab" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(adoptCode({ actor: f.trainer, trajectId: f.traject.id, version: 0, adoptedByName: "X" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id } })).toMatchObject({
      status: "CONCEPT",
      preamble: null,
      version: 1,
    });
  });

  it("next steps are recorded, and people of other trajects can change nothing", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    await addNextStep({
      actor: f.employerUser,
      input: { trajectId: f.traject.id, text: "Gesprekskaart invoeren", owner: "HR", dueDate: "2027-03-01" },
    });
    expect(await t.prisma.nextStep.count({ where: { trajectId: f.traject.id } })).toBe(1);
    for (const actor of [other.employerUser, other.trainer, other.expert]) {
      await expect(addClause({ actor, input: clause(f.traject.id, 0) })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(addNextStep({ actor, input: { trajectId: f.traject.id, text: "Ongewenst" } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await t.prisma.gedragscode.count()).toBe(0);
    expect(await t.prisma.nextStep.count()).toBe(1);
  });
});
